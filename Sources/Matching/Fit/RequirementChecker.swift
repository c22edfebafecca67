import Analysis
import Requirements

/// Checks a posting's hard requirements (years, degrees, certifications) against a resume.
enum RequirementChecker {
  static func checks(
    posting: PostingAnalysis, resume analysis: ResumeAnalysis, thresholds: ScoringModel.Thresholds
  ) -> [RequirementCheck] {
    let requirements = posting.requirements
    func weight(_ importance: Importance) -> Double { importance == .required ? 1 : thresholds.preferredWeight }
    var checks: [RequirementCheck] = []
    // What a posting only mentions ("MBAs are common among CPOs") is no requirement: never checked.
    if let experience = requirements.experience, experience.importance.isAsked {
      let years = analysis.career.years
      checks.append(
        RequirementCheck(
          kind: .experience, required: experience.importance == .required, weight: weight(experience.importance),
          satisfaction: min(1, years / Double(max(1, experience.minYears))), minYears: experience.minYears,
          yearsShown: analysis.career.roles.isEmpty ? nil : years))
    }
    for degree in requirements.degrees where degree.importance.isAsked {
      let best = analysis.degrees.map(\.level).max()
      var satisfied = best.map { $0.rank >= degree.level.rank } ?? false
      var equivalent = false
      if !satisfied && degree.acceptsEquivalentExperience
        && analysis.career.years >= thresholds.equivalentExperienceYears
      {
        satisfied = true
        equivalent = true
      }
      checks.append(
        RequirementCheck(
          kind: .degree, required: degree.importance == .required, weight: weight(degree.importance),
          satisfaction: satisfied ? 1 : 0, yearsShown: equivalent ? analysis.career.years : nil,
          degreeAsked: degree.level, degreeShown: best, equivalentExperience: equivalent))
    }
    for certification in requirements.certifications where certification.importance.isAsked {
      let held = analysis.certifications.contains { $0.name.lowercased() == certification.name.lowercased() }
      checks.append(
        RequirementCheck(
          kind: .certification, required: certification.importance == .required,
          weight: weight(certification.importance), satisfaction: held ? 1 : 0, held: held,
          certification: certification.name))
    }
    return checks
  }
}
