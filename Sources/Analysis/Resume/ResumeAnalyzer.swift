import Foundation
import Ingest
import Requirements
import Tokenization

/// Turns a resume ``Document`` into a ``ResumeAnalysis``.
public struct ResumeAnalyzer: Sendable {
  /// The profile builder, which holds the lexicon.
  public let builder: ProfileBuilder
  /// The month that "Present" stands for (year × 12 + month − 1).
  public let asOfMonth: Int

  /// Creates an analyzer; `asOf` is the date "Present" in a date range means (default: now).
  public init(lexicon: Lexicon, asOf: Date = Date()) {
    self.init(builder: ProfileBuilder(lexicon: lexicon), asOf: asOf)
  }

  /// Creates an analyzer that shares `builder` (and its phrase matcher) with others.
  public init(builder: ProfileBuilder, asOf: Date = Date()) {
    self.builder = builder
    self.asOfMonth = DateRangeParser.monthNumber(of: asOf)
  }

  /// How much a resume section counts: experience is evidence; a skills list or summary is a claim.
  public static func sectionWeight(_ kind: SectionKind) -> Double {
    switch kind {
    case .experience, .general, .responsibilities, .requirements, .location, .roleInGeneral: return 1.0
    case .summary: return 0.7
    case .skills, .preferred: return 0.5
    case .education: return 0.3
    case .about, .benefits, .application: return 0.5
    }
  }

  /// Analyses one resume.
  public func analyze(_ document: Document) -> ResumeAnalysis {
    analyze(document, sections: builder.tokenize(document, in: .resume))
  }

  /// Analyses one resume whose sections are already tokenized.
  public func analyze(_ document: Document, sections: [TokenizedSection]) -> ResumeAnalysis {
    let profile = builder.profile(of: sections, sectionWeight: Self.sectionWeight)
    let facts = RequirementExtractor.credentials(in: sections, context: .resume)
    let career = career(of: sections)
    return ResumeAnalysis(
      source: document.source, title: document.title, competencies: profile.entries,
      career: career, degrees: facts.degrees, certifications: facts.certifications,
      role: RoleReader(vocabulary: builder.lexicon.roles).resume(document, career: career),
      skills: SkillProfile.build(sections, matcher: builder.skills, weight: SkillProfile.resumeWeight))
  }

  /// The roles of the resume: lines holding a date range outside the education section; the title is
  /// the rest of the line, or the line before when the dates stand alone. The lines are those of the
  /// resume's one tokenization (its sections as tokenized, their kinds as classified).
  func career(of sections: [TokenizedSection]) -> CareerHistory {
    var roles: [CareerHistory.Role] = []
    var excluded = false
    for section in sections {
      // Role headings ("VP of Product — Acme — 2020 – Present") sit under an "Experience" heading, so a
      // section without dates in its heading inherits whether its parent was excluded.
      let headingHasDates =
        section.heading.map { !DateRangeParser.ranges(in: $0, asOfMonth: asOfMonth).isEmpty } ?? false
      if !headingHasDates { excluded = SectionKind.isOutsideEmployment(section.heading) }
      guard !excluded else { continue }
      let lines = ([section.heading].compactMap { $0 } + section.text.text.split(separator: "\n").map(String.init))
        .filter { !$0.isEmpty }
      var previous: String?
      var beforePrevious: String?
      for line in lines {
        defer {
          beforePrevious = previous
          previous = line
        }
        guard let found = DateRangeParser.ranges(in: line, asOfMonth: asOfMonth).first else { continue }
        var title = line
        title.removeSubrange(found.range)
        title = Self.trimSeparators(title)
        if title.filter(\.isLetter).count < 3, let previous {
          title = Self.trimSeparators(previous)
        }
        // "Title / Company, City / Dates" on three lines (or company and dates on one): when what is
        // next to the dates names no role, the nearest line above that does is the title.
        let vocabulary = builder.lexicon.roles
        if !Self.namesRole(Self.roleTitle(title), roles: vocabulary),
          let above = [previous, beforePrevious].compactMap({ $0 })
            .first(where: { Self.namesRole($0, roles: vocabulary) })
        {
          title = Self.trimSeparators(above)
        }
        guard !Self.looksLikeEducation(title) else { continue }
        title = Self.roleTitle(title)
        roles.append(
          CareerHistory.Role(
            title: title, startMonth: found.startMonth, endMonth: found.endMonth, isCurrent: found.isCurrent,
            seniority: Seniority.classify(title: title)))
      }
    }
    return CareerHistory(roles: roles)
  }

  /// Whether a line reads like a job title: a role family's head phrase, or a level word.
  static func namesRole(_ line: String, roles: RoleVocabulary) -> Bool {
    guard RoleVocabulary.isTitleShaped(line) else { return false }
    return roles.classify(title: line)?.isHead == true || Seniority.classify(title: line) != nil
  }

  /// The title part of "VP of Product — Quillfeather Systems" or "Senior PM, Acme Corp".
  static func roleTitle(_ line: String) -> String {
    var title = line.replacingOccurrences(of: "*", with: "")
    for separator in [" — ", " – ", " - ", " | ", " at ", " @ ", ", ", " · "] {
      if let range = title.range(of: separator), title[..<range.lowerBound].count >= 2 {
        title = String(title[..<range.lowerBound])
      }
    }
    return trimSeparators(title)
  }

  private static func trimSeparators(_ text: String) -> String {
    let junk = CharacterSet(charactersIn: " \t|,;:–—-·•()[]*_").union(.whitespaces)
    return text.trimmingCharacters(in: junk)
  }

  private static func looksLikeEducation(_ title: String) -> Bool {
    let lowered = title.lowercased()
    return ["university", "college", "bachelor", "master", "b.s.", "b.a.", "mba", "ph.d", "school of", "degree"]
      .contains { lowered.contains($0) }
  }
}
