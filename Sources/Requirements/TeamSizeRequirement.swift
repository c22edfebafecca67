/// The number of people the role leads.
public struct TeamSizeRequirement: Codable, Sendable, Equatable {
  /// How many people the role leads ("lead a team of 40" gives 40; a range gives its lower end).
  public var people: Int
  /// The sentence the number was read from.
  public var evidence: String

  /// Creates a team-size requirement.
  ///
  /// - Parameters:
  ///   - people: How many people the role leads.
  ///   - evidence: The sentence the number was read from.
  public init(people: Int, evidence: String) {
    self.people = people
    self.evidence = evidence
  }
}
