import Analysis
import Foundation
import Matching

/// Turns a fit's gaps into sentences a candidate can act on, the most valuable first.
public enum AdviceWriter {
  /// At most this many competency gaps get a line.
  static let competencyLines = 4
  /// At most this many skill gaps get a line.
  static let skillLines = 4

  /// The advice for a fit: the gate first (line of work, level), then required checks not met, the
  /// missing skills and competencies worth a point or more (by the points they would add, each with the
  /// posting's words), preferred checks, and the posting's own words.
  ///
  /// - Parameter fit: The fit.
  /// - Returns: The lines, most valuable first.
  public static func advice(for fit: FitResult) -> [String] {
    var lines: [String] = []
    // The gate weighs most: say first when the line of work or the level is off.
    if fit.gate.relation == .other || fit.gate.relation == .related {
      let kept = percent(fit.gate.familyFactor)
      lines.append(
        "The posting's title is in \(fit.gate.relation == .related ? "a related" : "another") line of work than the titles on your resume, so the score keeps \(kept) of what your content earns. If you have done this kind of work, name it in your headline and role titles."
      )
    } else if fit.gate.relation == .resumeUnknown {
      lines.append(
        "No title on your resume could be read as a line of work. Put your current title on its own line at the top and give every role a title line with its dates."
      )
    }
    if fit.gate.levelFactor < 0.8, let steps = fit.gate.levelSteps, steps != 0 {
      lines.append(
        steps < 0
          ? "The posting is \(-steps) level\(steps == -1 ? "" : "s") above the level your titles show. Show the scope you have held: team size, budget, decisions you owned."
          : "The posting is \(steps) level\(steps == 1 ? "" : "s") below the level your titles show; a recruiter may read you as overqualified."
      )
    }
    for check in fit.unmetRequirements.filter(\.required) {
      lines.append(requirementAdvice(check))
    }
    // Skills the posting asks for that the resume does not show, by the points they would add; a gap
    // worth less than a point is not advice.
    for gap in fit.skills.missing.prefix(skillLines) where gap.gain >= 1 {
      let asked = gap.required ? "requires" : "asks for"
      let quote = gap.postingEvidence.map { " (\"\(TextClip.clip($0, 140))\")" } ?? ""
      lines.append(
        "The posting \(asked) \(gap.name)\(quote); your resume does not show it. If you have used it, name it in a role where you did (up to \(points(gap.gain)) points)."
      )
    }
    for gap in fit.gaps.prefix(competencyLines) where gap.gain >= 1 {
      let name = gap.name.lowercased()
      let emphasis =
        gap.requiredMentions > 0
        ? "\(gap.postingMentions) mention\(gap.postingMentions == 1 ? "" : "s"), \(gap.requiredMentions) in its requirements"
        : "\(gap.postingMentions) mention\(gap.postingMentions == 1 ? "" : "s")"
      let example = gap.postingEvidence.first.map { " It asks for \"\($0.phrase)\"." } ?? ""
      switch gap.status {
      case .missing:
        lines.append(
          "The posting stresses \(name) (\(emphasis)); your resume shows no evidence of it.\(example) Add a bullet with a result you achieved there (worth up to \(points(gap.gain)) points)."
        )
      case .weak:
        let shown = gap.resumeEvidence.first.map { " (only \"\($0.phrase)\")" } ?? ""
        lines.append(
          "Your resume touches \(name) only lightly\(shown), while the posting gives it \(percent(gap.emphasis)) of its emphasis. Add a quantified achievement (up to \(points(gap.gain)) points)."
        )
      case .matched:
        break
      }
    }
    for check in fit.unmetRequirements.filter({ !$0.required }) {
      lines.append(requirementAdvice(check))
    }
    let missing = fit.missingKeywords.prefix(6).map(\.term)
    if !missing.isEmpty {
      let text =
        fit.part(.text).map { " (the words the two share give \(points($0.points)) points now)" } ?? ""
      lines.append(
        "Where true for you, use the posting's own words: \(missing.joined(separator: ", "))\(text).")
    }
    return lines
  }

  private static func requirementAdvice(_ check: RequirementCheck) -> String {
    let kind = check.required ? "requires" : "prefers"
    let requirement = FitWording.requirement(check)
    switch check.kind {
    case .experience:
      guard let years = check.yearsShown else {
        return
          "The posting \(kind) \(requirement); no role on your resume has dates. Give every role its start and end month and year."
      }
      return
        "The posting \(kind) \(requirement); your resume's role dates add up to \(CareerHistory.describe(years: years)) years. If you have more, make sure every role lists its start and end dates."
    case .degree:
      let article = check.degreeAsked == .mba ? "an" : "a"
      return
        "The posting \(kind) \(article) \(requirement); \(FitWording.found(check)) on your resume. If you hold one, name it in an Education section."
    case .certification:
      return "The posting \(kind) the \(requirement) certification; it is \(FitWording.found(check)) on your resume."
    }
  }

  static func points(_ value: Double) -> String { NumberFormat.cFixed(value, 1) }

  static func percent(_ value: Double) -> String { NumberFormat.cFixed(value * 100, 0) + "%" }
}

/// Shortens a quoted sentence to a length, at a word.
enum TextClip {
  static func clip(_ text: String, _ limit: Int) -> String {
    guard text.count > limit else { return text }
    let cut = text.prefix(limit)
    let end = cut.lastIndex(of: " ") ?? cut.endIndex
    return String(cut[..<end]) + "…"
  }
}
