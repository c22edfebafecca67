import Requirements

/// Requirements as short labelled lines, for the table and Markdown outputs.
enum RequirementLines {
  /// `(label, value)` pairs for every requirement found; an empty list when none.
  static func lines(_ requirements: Requirements) -> [(label: String, value: String)] {
    var lines: [(String, String)] = []
    if let experience = requirements.experience {
      let range = experience.maxYears.map { "\(experience.minYears)–\($0) years" } ?? "\(experience.minYears)+ years"
      lines.append(("Experience", "\(range) (\(experience.importance.displayName))"))
    }
    if !requirements.degrees.isEmpty {
      lines.append(
        (
          "Degree",
          requirements.degrees.map { degree in
            let field = degree.field.map { " in \($0)" } ?? ""
            let equivalent = degree.acceptsEquivalentExperience ? ", or equivalent experience" : ""
            return "\(degree.level.displayName)\(field) (\(degree.importance.displayName)\(equivalent))"
          }.joined(separator: "; ")
        ))
    }
    if !requirements.certifications.isEmpty {
      lines.append(
        (
          "Certifications",
          requirements.certifications.map { "\($0.name) (\($0.importance.displayName))" }
            .joined(separator: ", ")
        ))
    }
    if let seniority = requirements.seniority { lines.append(("Seniority", seniority.displayName)) }
    if let team = requirements.teamSize { lines.append(("Team size", "\(team.people) people")) }
    if let workplace = requirements.workplace {
      let days = workplace.officeDaysPerWeek.map { ", \($0) days a week in the office" } ?? ""
      lines.append(("Workplace", workplace.arrangement.displayName + days))
    }
    if let salary = requirements.salary {
      let amount =
        salary.max.map { "\(NumberFormat.grouped(salary.min))–\(NumberFormat.grouped($0))" }
        ?? NumberFormat.grouped(salary.min)
      lines.append(("Salary", "\(salary.currency) \(amount) per \(salary.period.rawValue)"))
    }
    return lines
  }
}
