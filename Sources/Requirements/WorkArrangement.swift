/// Where the work of a role is done.
public enum WorkArrangement: String, Codable, Sendable, Equatable, CaseIterable {
  /// Entirely away from an office.
  case remote
  /// Partly in an office, partly elsewhere.
  case hybrid
  /// In an office or on site every working day.
  case onSite
}
