import Foundation
import Ingest
import Requirements

/// What jdmatch read from one resume: its roles, the dated entries it did not count as employment, the
/// current title, family and level with their reasons, years, degrees, certifications, sections, language
/// and what may have gone wrong. `jdmatch analyze --resume` prints it.
public struct ResumeReading: Sendable, Equatable {
  /// What may make the reading incomplete.
  public enum Warning: Sendable, Equatable {
    /// The text holds very few words (a scanned page, a template without content).
    case fewWords(Int)
    /// No line with a date range was read as a role.
    case noDatedRoles
    /// The text seems to be in another language than English; only English words are read.
    case notEnglish(language: String)
  }

  /// Why a dated entry was not counted as employment: the kind of section it sits in.
  public enum EntryKind: String, Sendable, Equatable, Codable {
    case education, projects, volunteering, extracurricular, awards, publications, other

    /// The kind of a section from its heading's words.
    public static func of(section heading: String?) -> EntryKind {
      let lowered = heading?.lowercased() ?? ""
      let rules: [(EntryKind, [String])] = [
        (.education, ["educat", "school", "universit", "academic", "degree", "course", "training", "certific"]),
        (.projects, ["project", "open source", "portfolio"]),
        (.volunteering, ["volunt", "communit", "service"]),
        (.extracurricular, ["activit", "leadership", "club", "societ", "extracurricular", "interest", "organi"]),
        (.awards, ["award", "honor", "honour", "prize", "scholarship"]),
        (.publications, ["publication", "paper", "talk", "press"]),
      ]
      return rules.first { $0.1.contains { lowered.contains($0) } }?.0 ?? .other
    }
  }

  /// The file it came from.
  public var source: String
  /// The resume's title line (usually the person's name).
  public var title: String?
  /// The employment roles, in the order the resume lists them.
  public var roles: [CareerHistory.Role]
  /// Dated entries not counted as employment (education, projects, volunteering, activities).
  public var otherEntries: [CareerHistory.Role]
  /// The title of the current role, else the most recent one.
  public var currentTitle: String?
  /// The role profile: families with shares, level and where each was read.
  public var role: RoleProfile
  /// Years of experience: the union of the roles' ranges.
  public var yearsExperience: Double
  /// The month "Present" stands for in the roles, and what it was taken from.
  public var asOf: AsOf?
  /// Degrees found.
  public var degrees: [DegreeRequirement]
  /// Certifications found.
  public var certifications: [CertificationRequirement]
  /// The headings of the sections, in order.
  public var sections: [String]
  /// The language the text seems to be in, as an ISO 639-1 code ("en", "de").
  public var language: String
  /// How many words the text holds.
  public var wordCount: Int
  /// What may make the reading incomplete.
  public var warnings: [Warning]
  /// Whether the file reads as a resume, and on what evidence; nil when no rules were loaded.
  public var kind: DocumentKindAssessment?
  /// The skills of the general vocabulary the resume shows, strongest first, each with the sentence that
  /// shows it.
  public var skills: [SkillProfile.Entry]

  /// How many skills a reading lists.
  public static let skillLimit = 40

  /// Fewer words than this and the reading warns.
  public static let fewWordsThreshold = 50

  /// Gathers the reading of a resume from its analysis and document.
  ///
  /// - Parameters:
  ///   - analysis: The resume's analysis.
  ///   - document: The document it was made from.
  public init(analysis: ResumeAnalysis, document: Document) {
    source = analysis.source
    title = analysis.title
    roles = analysis.career.roles
    otherEntries = analysis.career.otherEntries
    currentTitle = analysis.career.currentTitle ?? analysis.role.title
    role = analysis.role
    yearsExperience = analysis.career.years
    asOf = analysis.asOf
    degrees = analysis.degrees
    certifications = analysis.certifications
    // Role headings ("Staff Engineer, Acme (2021 – Present)") are roles, not sections.
    sections = document.sections.compactMap(\.heading).filter {
      DateRangeParser.ranges(in: $0, asOfMonth: Int.max / 2).isEmpty
    }
    let words = document.text.split { $0.isWhitespace }
    wordCount = words.count
    language = LanguageGuess.language(of: words)
    var warnings: [Warning] = []
    if wordCount < Self.fewWordsThreshold { warnings.append(.fewWords(wordCount)) }
    if roles.isEmpty { warnings.append(.noDatedRoles) }
    if language != "en" { warnings.append(.notEnglish(language: language)) }
    self.warnings = warnings
    kind = analysis.kind
    skills = Array(
      analysis.skills.entries.sorted { ($0.weight, $1.name) > ($1.weight, $0.name) }.prefix(Self.skillLimit))
  }
}
