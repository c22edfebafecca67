/// A level of academic degree, ordered from bachelor to doctorate.
public enum DegreeLevel: String, Codable, Sendable, Equatable, CaseIterable, Comparable {
  /// A bachelor's or other undergraduate degree (BA, BS, BSc, BEng…).
  case bachelor
  /// A master's degree other than an MBA (MS, MSc, MA, MEng…).
  case master
  /// A Master of Business Administration.
  case mba
  /// A doctorate (PhD, DPhil…).
  case phd

  /// The position of the level in the order bachelor < master < MBA < PhD.
  public var rank: Int {
    switch self {
    case .bachelor: 1
    case .master: 2
    case .mba: 3
    case .phd: 4
    }
  }

  /// Whether the first level ranks below the second.
  public static func < (lhs: DegreeLevel, rhs: DegreeLevel) -> Bool {
    lhs.rank < rhs.rank
  }
}
