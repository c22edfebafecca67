import Analysis
import Foundation
import Requirements

/// Checks a posting's hard requirements (years, degrees, certifications) against a resume.
enum RequirementChecker {
  static func checks(posting: PostingAnalysis, resume analysis: ResumeAnalysis) -> [RequirementCheck] {
    let requirements = posting.requirements
    var checks: [RequirementCheck] = []
    // What a posting only mentions ("MBAs are common among CPOs") is no requirement: never checked.
    if let experience = requirements.experience, experience.importance.isAsked {
      let years = analysis.career.years
      checks.append(
        RequirementCheck(
          kind: .experience, requirement: "\(experience.minYears)+ years of experience",
          required: experience.importance == .required, weight: weight(experience.importance),
          satisfaction: min(1, years / Double(max(1, experience.minYears))),
          found: analysis.career.roles.isEmpty
            ? "no dated roles found" : "\(CareerHistory.describe(years: years)) years from role dates",
          minYears: experience.minYears, yearsShown: analysis.career.roles.isEmpty ? nil : years))
    }
    for degree in requirements.degrees where degree.importance.isAsked {
      let best = analysis.degrees.map(\.level).max()
      var satisfied = best.map { $0.rank >= degree.level.rank } ?? false
      var found = best.map { "\($0.displayName) found" } ?? "no degree found"
      var equivalent = false
      if !satisfied && degree.acceptsEquivalentExperience && analysis.career.years >= 10 {
        satisfied = true
        equivalent = true
        found += "; equivalent experience accepted (\(CareerHistory.describe(years: analysis.career.years)) years)"
      }
      checks.append(
        RequirementCheck(
          kind: .degree, requirement: degree.level == .mba ? "MBA" : "\(degree.level.displayName) degree",
          required: degree.importance == .required,
          weight: weight(degree.importance), satisfaction: satisfied ? 1 : 0, found: found,
          degreeAsked: degree.level, degreeShown: best, equivalentExperience: equivalent))
    }
    for certification in requirements.certifications where certification.importance.isAsked {
      let held = analysis.certifications.contains { $0.name.lowercased() == certification.name.lowercased() }
      checks.append(
        RequirementCheck(
          kind: .certification, requirement: certification.name, required: certification.importance == .required,
          weight: weight(certification.importance), satisfaction: held ? 1 : 0, found: held ? "listed" : "not found",
          held: held))
    }
    return checks
  }

  private static func weight(_ importance: Importance) -> Double { importance == .required ? 1 : 0.5 }
}
