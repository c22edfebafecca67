/// How strongly a posting asks for a requirement.
public enum Importance: String, Codable, Sendable, Equatable, CaseIterable {
  /// The posting demands it.
  case required
  /// The posting would like it but does not demand it ("nice to have", "a plus").
  case preferred
}
