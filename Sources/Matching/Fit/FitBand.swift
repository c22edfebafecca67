/// A fit score in words, for reading at a glance.
public enum FitBand: String, Codable, Sendable, CaseIterable, Comparable {
  /// 0–39: the resume shows little of what the posting asks for.
  case poor = "Poor"
  /// 40–54: some overlap, major gaps.
  case weak = "Weak"
  /// 55–69: a plausible application with visible gaps.
  case fair = "Fair"
  /// 70–84: a good match; fix the listed gaps.
  case good = "Good"
  /// 85–100: a strong match.
  case strong = "Strong"

  /// The lowest score of each band.
  public var threshold: Int {
    switch self {
    case .poor: return 0
    case .weak: return 40
    case .fair: return 55
    case .good: return 70
    case .strong: return 85
    }
  }

  /// The band a score falls in.
  ///
  /// - Parameter score: A 0–100 score.
  public init(score: Int) {
    self = Self.allCases.last { score >= $0.threshold } ?? .poor
  }

  /// Whether `lhs` is a worse band than `rhs`.
  ///
  /// - Parameters:
  ///   - lhs: A band.
  ///   - rhs: Another band.
  /// - Returns: True when `lhs` starts at a lower score.
  public static func < (lhs: FitBand, rhs: FitBand) -> Bool { lhs.threshold < rhs.threshold }
}
