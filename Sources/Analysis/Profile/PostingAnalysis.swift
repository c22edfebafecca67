import Requirements

/// What a job posting asks for: its competencies by emphasis, with evidence, and its hard requirements.
public struct PostingAnalysis: Codable, Sendable, Equatable {
  /// The file it came from.
  public var source: String
  /// The posting's title.
  public var title: String?
  /// The hiring company.
  public var company: String?
  /// Where the job is.
  public var location: String?
  /// The lexicon used (`cpo`).
  public var lexicon: String
  /// Every competency of the lexicon by emphasis; shares sum to 1.
  public var competencies: [CompetencyProfile.Entry]
  /// Years, degrees, certifications, seniority, team size, workplace, salary.
  public var requirements: Requirements
  /// The role family and level the title names.
  public var role: RoleProfile = .unknown
  /// The general skills it asks for, with the section they are asked in.
  public var skills: SkillProfile = .empty
  /// Whether the file reads as a job posting, and on what evidence; nil when no rules were loaded.
  public var kind: DocumentKindAssessment?

  /// Creates an analysis (``PostingAnalyzer`` makes them from documents; tests of the scoring build them
  /// by hand).
  public init(
    source: String, title: String? = nil, company: String? = nil, location: String? = nil, lexicon: String = "",
    competencies: [CompetencyProfile.Entry] = [], requirements: Requirements = Requirements(),
    role: RoleProfile = .unknown, skills: SkillProfile = .empty, kind: DocumentKindAssessment? = nil
  ) {
    self.source = source
    self.title = title
    self.company = company
    self.location = location
    self.lexicon = lexicon
    self.competencies = competencies
    self.requirements = requirements
    self.role = role
    self.skills = skills
    self.kind = kind
  }

  /// The competencies the posting asks for (mentions outside benefits and how-to-apply text).
  public var askedFor: [CompetencyProfile.Entry] {
    competencies.filter { $0.emphasis > 0 }
  }
}

extension PostingAnalysis {
  /// Drops what only reports show (evidence sentences, mentions by section, competencies the posting
  /// does not ask for), keeping every number scoring uses: for holding tens of thousands of postings in
  /// memory.
  public mutating func compact() {
    competencies.removeAll { $0.emphasis == 0 }
    for index in competencies.indices {
      competencies[index].evidence = []
      competencies[index].mentionsBySection = [:]
    }
    requirements.stripEvidence()
  }
}
