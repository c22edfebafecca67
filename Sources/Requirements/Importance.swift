/// How strongly a posting asks for a requirement.
public enum Importance: String, Codable, Sendable, Equatable, CaseIterable {
  /// The posting demands it.
  case required
  /// The posting would like it but does not demand it ("nice to have", "a plus").
  case preferred
  /// The posting mentions it without asking for it: a hedge ("not always required", "can bolster your
  /// credibility", "is common") or text about the kind of role in general ("CPOs typically hold an MBA",
  /// "Most product leaders have 15+ years"). A fit is never marked down for one.
  case notRequired

  /// How the importance reads in a listing: "required", "preferred", "mentioned, not required".
  public var displayName: String {
    switch self {
    case .required: return "required"
    case .preferred: return "preferred"
    case .notRequired: return "mentioned, not required"
    }
  }

  /// Whether a candidate may be judged on it: true for required and preferred requirements.
  public var isAsked: Bool { self != .notRequired }

  /// Orders the importances from the weakest ask: not required, preferred, required.
  var rank: Int {
    switch self {
    case .notRequired: return 0
    case .preferred: return 1
    case .required: return 2
    }
  }
}
