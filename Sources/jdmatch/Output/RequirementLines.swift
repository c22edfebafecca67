import Requirements

/// Requirements as short labelled lines, for the table and Markdown outputs.
enum RequirementLines {
  /// `(label, value)` pairs for every requirement found; an empty list when none.
  static func lines(_ requirements: Requirements) -> [(label: String, value: String)] {
    var lines: [(String, String)] = []
    if let experience = requirements.experience {
      let range = experience.maxYears.map { "\(experience.minYears)–\($0) years" } ?? "\(experience.minYears)+ years"
      lines.append(("Experience", "\(range) (\(experience.importance.rawValue))"))
    }
    if !requirements.degrees.isEmpty {
      lines.append(("Degree", requirements.degrees.map { degree in
        let field = degree.field.map { " in \($0)" } ?? ""
        let equivalent = degree.acceptsEquivalentExperience ? ", or equivalent experience" : ""
        return "\(name(degree.level))\(field) (\(degree.importance.rawValue)\(equivalent))"
      }.joined(separator: "; ")))
    }
    if !requirements.certifications.isEmpty {
      lines.append(("Certifications", requirements.certifications.map { "\($0.name) (\($0.importance.rawValue))" }
        .joined(separator: ", ")))
    }
    if let seniority = requirements.seniority { lines.append(("Seniority", name(seniority))) }
    if let team = requirements.teamSize { lines.append(("Team size", "\(team.people) people")) }
    if let workplace = requirements.workplace {
      let days = workplace.officeDaysPerWeek.map { ", \($0) days a week in the office" } ?? ""
      lines.append(("Workplace", name(workplace.arrangement) + days))
    }
    if let salary = requirements.salary {
      let amount = salary.max.map { "\(Terminal.grouped(salary.min))–\(Terminal.grouped($0))" } ?? Terminal.grouped(salary.min)
      lines.append(("Salary", "\(salary.currency) \(amount) per \(salary.period.rawValue)"))
    }
    return lines
  }

  static func name(_ level: DegreeLevel) -> String {
    switch level {
    case .bachelor: return "Bachelor's"
    case .master: return "Master's"
    case .mba: return "MBA"
    case .phd: return "PhD"
    }
  }

  static func name(_ arrangement: WorkArrangement) -> String {
    switch arrangement {
    case .remote: return "remote"
    case .hybrid: return "hybrid"
    case .onSite: return "on-site"
    }
  }

  static func name(_ seniority: Seniority) -> String {
    switch seniority {
    case .intern: return "intern"
    case .entry: return "entry level"
    case .individual: return "individual contributor"
    case .senior: return "senior"
    case .lead: return "lead / principal"
    case .manager: return "manager"
    case .director: return "director"
    case .head: return "head of"
    case .vicePresident: return "vice president"
    case .chief: return "chief (C-level)"
    }
  }
}
