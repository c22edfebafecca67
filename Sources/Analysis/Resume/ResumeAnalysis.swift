import Foundation
import Requirements

/// What a resume shows: competencies with evidence, career history, degrees and certifications.
public struct ResumeAnalysis: Codable, Sendable, Equatable {
  /// The file it came from.
  public var source: String
  /// The resume's title line (usually the person's name).
  public var title: String?
  /// The person's name from the resume's header (``PersonName``), when it holds one.
  public var name: String? = nil
  /// Every competency of the lexicon: strength from the resume's evidence.
  public var competencies: [CompetencyProfile.Entry]
  /// Roles with date ranges, years of experience, highest seniority.
  public var career: CareerHistory
  /// Degrees found (importance is meaningless here).
  public var degrees: [DegreeRequirement]
  /// Certifications found.
  public var certifications: [CertificationRequirement]
  /// The role families of the titles held, and the level reached.
  public var role: RoleProfile = .unknown
  /// The general skills it shows.
  public var skills: SkillProfile = .empty
  /// The month "Present" stood for when the roles were read, and what it was taken from; nil for an
  /// analysis made without reading roles.
  public var asOf: AsOf? = nil
  /// Whether the file reads as a resume, and on what evidence; nil when no rules were loaded.
  public var kind: DocumentKindAssessment?

  /// Creates an analysis (``ResumeAnalyzer`` makes them from documents; tests of the scoring build them
  /// by hand).
  public init(
    source: String, title: String? = nil, name: String? = nil, competencies: [CompetencyProfile.Entry] = [],
    career: CareerHistory = CareerHistory(roles: []), degrees: [DegreeRequirement] = [],
    certifications: [CertificationRequirement] = [], role: RoleProfile = .unknown, skills: SkillProfile = .empty,
    asOf: AsOf? = nil, kind: DocumentKindAssessment? = nil
  ) {
    self.source = source
    self.title = title
    self.name = name
    self.competencies = competencies
    self.career = career
    self.degrees = degrees
    self.certifications = certifications
    self.role = role
    self.skills = skills
    self.asOf = asOf
    self.kind = kind
  }

  /// How strongly the resume evidences competency `id`, from 0 (no evidence) towards 1.
  ///
  /// Saturating: 1 − e^(−hits/2), so one mention gives 0.39, two 0.63, four 0.86, and the twentieth
  /// adds nothing: repeating a word does not buy fit.
  public func strength(_ id: String) -> Double {
    guard let entry = competencies.first(where: { $0.id == id }) else { return 0 }
    return Self.strength(weightedHits: entry.weightedHits)
  }

  /// The saturating strength for a number of weighted hits.
  public static func strength(weightedHits: Double) -> Double {
    1 - exp(-weightedHits / 2)
  }
}
