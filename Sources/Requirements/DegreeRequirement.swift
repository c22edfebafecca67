/// An academic degree a posting asks for.
public struct DegreeRequirement: Codable, Sendable, Equatable {
  /// The level of the degree.
  public var level: DegreeLevel
  /// The field of study, as written ("Computer Science"); nil when none is named.
  public var field: String?
  /// Whether the degree is demanded or only wished for.
  public var importance: Importance
  /// Whether the posting accepts equivalent experience instead ("or equivalent experience").
  public var acceptsEquivalentExperience: Bool
  /// The sentence the degree was read from.
  public var evidence: String

  /// Creates a degree requirement.
  ///
  /// - Parameters:
  ///   - level: The level of the degree.
  ///   - field: The field of study, if named.
  ///   - importance: Whether the degree is demanded or wished for.
  ///   - acceptsEquivalentExperience: Whether equivalent experience may stand in for it.
  ///   - evidence: The sentence the degree was read from.
  public init(
    level: DegreeLevel,
    field: String? = nil,
    importance: Importance,
    acceptsEquivalentExperience: Bool = false,
    evidence: String
  ) {
    self.level = level
    self.field = field
    self.importance = importance
    self.acceptsEquivalentExperience = acceptsEquivalentExperience
    self.evidence = evidence
  }
}
