/// The work arrangement a posting states for the role.
public struct Workplace: Codable, Sendable, Equatable {
  /// Remote, hybrid or on site.
  public var arrangement: WorkArrangement
  /// Days a week in the office when stated ("3 days a week in office" gives 3).
  public var officeDaysPerWeek: Int?
  /// The sentence the arrangement was read from.
  public var evidence: String

  /// Creates a workplace statement.
  ///
  /// - Parameters:
  ///   - arrangement: Remote, hybrid or on site.
  ///   - officeDaysPerWeek: Days a week in the office, if stated.
  ///   - evidence: The sentence the arrangement was read from.
  public init(arrangement: WorkArrangement, officeDaysPerWeek: Int? = nil, evidence: String) {
    self.arrangement = arrangement
    self.officeDaysPerWeek = officeDaysPerWeek
    self.evidence = evidence
  }
}
