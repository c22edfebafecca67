extension DegreeLevel {
  /// The level as people write it: "Bachelor's", "Master's", "MBA", "PhD".
  public var displayName: String {
    switch self {
    case .bachelor: return "Bachelor's"
    case .master: return "Master's"
    case .mba: return "MBA"
    case .phd: return "PhD"
    }
  }
}

extension Seniority {
  /// The level in words: "director", "VP", "chief (C-level)".
  public var displayName: String {
    switch self {
    case .intern: return "intern"
    case .entry: return "entry level"
    case .individual: return "individual contributor"
    case .senior: return "senior"
    case .lead: return "lead / principal"
    case .manager: return "manager"
    case .director: return "director"
    case .head: return "head-of"
    case .vicePresident: return "VP"
    case .chief: return "chief (C-level)"
    }
  }
}

extension WorkArrangement {
  /// "remote", "hybrid", "on-site".
  public var displayName: String {
    switch self {
    case .remote: return "remote"
    case .hybrid: return "hybrid"
    case .onSite: return "on-site"
    }
  }
}
