import Foundation
import Analysis
import Requirements
import Tokenization

/// Checks a posting's hard requirements against a resume.
enum RequirementChecker {
  /// Words of a title that give its level, not its field ("Chief", "Officer", "VP", "of").
  static let levelWords: Set<String> = [
    "chief", "officer", "vp", "svp", "evp", "avp", "vice", "president", "head", "director", "senior", "sr", "lead",
    "principal", "staff", "manager", "of", "and", "the", "global", "group", "associate", "junior", "jr", "intern",
    "interim", "acting", "executive", "exec", "for", "&", "a", "an", "at",
  ]

  static func checks(posting: PostingAnalysis, resume: PreparedResume) -> [RequirementCheck] {
    let requirements = posting.requirements
    let analysis = resume.analysis
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
            ? "no dated roles found" : "\(format(years)) years from role dates"))
    }
    for degree in requirements.degrees where degree.importance.isAsked {
      let best = analysis.degrees.map(\.level).max()
      var satisfied = best.map { $0.rank >= degree.level.rank } ?? false
      var found = best.map { "\($0.displayName) found" } ?? "no degree found"
      if !satisfied && degree.acceptsEquivalentExperience && analysis.career.years >= 10 {
        satisfied = true
        found += "; equivalent experience accepted (\(format(analysis.career.years)) years)"
      }
      checks.append(
        RequirementCheck(
          kind: .degree, requirement: degree.level == .mba ? "MBA" : "\(degree.level.displayName) degree", required: degree.importance == .required,
          weight: weight(degree.importance), satisfaction: satisfied ? 1 : 0, found: found))
    }
    for certification in requirements.certifications where certification.importance.isAsked {
      let held = analysis.certifications.contains { $0.name.lowercased() == certification.name.lowercased() }
      checks.append(
        RequirementCheck(
          kind: .certification, requirement: certification.name, required: certification.importance == .required,
          weight: weight(certification.importance), satisfaction: held ? 1 : 0, found: held ? "listed" : "not found"))
    }
    if let level = requirements.seniority ?? posting.title.flatMap({ Seniority.classify(title: $0) }) {
      let wanted = rung(level)
      let have = analysis.career.highestSeniority.map(rung) ?? 0
      let steps = max(0, wanted - have)
      let highest = analysis.career.highestSeniority.map { "highest title level: \($0.displayName)" }
        ?? "no title level found"
      checks.append(
        RequirementCheck(
          kind: .seniority, requirement: "\(level.displayName) level", required: true, weight: 1,
          satisfaction: max(0, 1 - 0.4 * Double(steps)),
          found: steps == 0 ? highest : "\(highest), \(steps) step\(steps == 1 ? "" : "s") short"))
    }
    if let title = posting.title {
      let field = fieldWords(of: title)
      if !field.isEmpty {
        let titles = analysis.career.roles.map { $0.title.lowercased() } + [analysis.title?.lowercased() ?? ""]
        let inTitles = Double(field.filter { word in titles.contains { containsWord($0, word) } }.count)
        let inText = Double(field.filter { resume.keys.contains(Tokenizer.keys(of: $0).first ?? $0) }.count)
        let share = inTitles / Double(field.count)
        let satisfaction = max(share, 0.5 * inText / Double(field.count))
        let found = share >= 1 ? "held such a title"
          : share > 0 ? "titles held share \(Int(inTitles)) of \(field.count) words"
          : inText > 0 ? "mentioned, but not in a title held" : "not in the resume"
        checks.append(
          RequirementCheck(
            kind: .roleFamily, requirement: "a \(field.joined(separator: " ")) role", required: true, weight: 2,
            satisfaction: satisfaction, found: found))
      }
    }
    return checks
  }

  /// The words of a posting title that name its field ("product" in "Chief Product Officer").
  static func fieldWords(of title: String) -> [String] {
    let main = title.split(whereSeparator: { ",(|–—".contains($0) }).first.map(String.init) ?? title
    let head = main.components(separatedBy: " - ").first ?? main
    return head.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "&" }).map(String.init)
      .filter { !levelWords.contains($0) && $0.count >= 2 }
  }

  private static func containsWord(_ text: String, _ word: String) -> Bool {
    text.split(whereSeparator: { !$0.isLetter }).contains { $0 == word || $0 == word + "s" }
  }

  /// Leadership rungs: a Director applying to a Chief role is one step short.
  static func rung(_ seniority: Seniority) -> Int {
    switch seniority {
    case .intern, .entry: return 0
    case .individual, .senior: return 1
    case .lead, .manager: return 2
    case .director, .head: return 3
    case .vicePresident, .chief: return 4
    }
  }

  private static func weight(_ importance: Importance) -> Double { importance == .required ? 1 : 0.5 }

  static func format(_ years: Double) -> String {
    years == years.rounded() ? String(Int(years)) : String(format: "%.1f", years)
  }
}
