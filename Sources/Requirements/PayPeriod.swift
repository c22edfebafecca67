/// The span of time a pay figure covers.
public enum PayPeriod: String, Codable, Sendable, Equatable, CaseIterable {
  /// Per year (annual salary).
  case year
  /// Per month.
  case month
  /// Per week.
  case week
  /// Per day (day rate).
  case day
  /// Per hour (hourly rate).
  case hour
}
