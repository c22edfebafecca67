/// The years of experience a posting asks for.
public struct ExperienceRequirement: Codable, Sendable, Equatable {
  /// The fewest years asked for ("10+ years" gives 10).
  public var minYears: Int
  /// The most years of a stated range ("7–10 years" gives 10); nil when open-ended.
  public var maxYears: Int?
  /// Whether the years are demanded or only wished for.
  public var importance: Importance
  /// The sentence the years were read from.
  public var evidence: String

  /// Creates an experience requirement.
  ///
  /// - Parameters:
  ///   - minYears: The fewest years asked for.
  ///   - maxYears: The most years of a stated range, if any.
  ///   - importance: Whether the years are demanded or wished for.
  ///   - evidence: The sentence the years were read from.
  public init(minYears: Int, maxYears: Int? = nil, importance: Importance, evidence: String) {
    self.minYears = minYears
    self.maxYears = maxYears
    self.importance = importance
    self.evidence = evidence
  }
}
