import Analysis
import Requirements

/// How well one resume fits one posting: the score, its parts, and the facts behind them, as typed values.
///
/// Matching writes no words: every sentence a user reads about a fit (each part's explanation, the notes,
/// the requirement lines, the advice) is written by the Report module from these facts.
public struct FitResult: Codable, Sendable, Equatable {
  /// The posting's identity.
  public struct Posting: Codable, Sendable, Equatable {
    /// The file the posting was read from.
    public var source: String
    /// The job title, when one was found.
    public var title: String?
    /// The hiring company, when named.
    public var company: String?
    /// Where the job is, when stated.
    public var location: String?
  }

  /// 0–100.
  public var score: Int
  /// The band the score falls in.
  public var band: FitBand
  /// The score's parts, in a fixed order (role, level, skills, competencies, requirements, text). Role and
  /// level are factors (their value; no points); the other parts' points add up to the score before
  /// rounding, the factors already applied.
  public var parts: [FitPart]
  /// How fully the posting is described in the lexicon's terms, 0–1: the competency part's share of
  /// its weight (the rest goes to the text part).
  public var coverage: Double
  /// Things the reader should know about this score (a title that could not be read, a posting outside
  /// the lexicon's role family…).
  public var notes: [FitNote]
  /// The posting scored.
  public var posting: Posting
  /// The resume file.
  public var resume: String
  /// Every competency the posting asks for, by emphasis.
  public var competencies: [CompetencyFit]
  /// The requirement checks, met or not.
  public var requirements: [RequirementCheck]
  /// The posting's salient keywords outside the lexicon, found in the resume or not.
  public var keywords: [KeywordFit]
  /// The family and level gate.
  public var gate: FitGate
  /// The general skills asked and shown.
  public var skills: SkillFit

  /// Competencies with little or no evidence, the most valuable to fix first.
  public var gaps: [CompetencyFit] {
    competencies.filter { $0.status != .matched }.sorted { ($0.gain, $1.id) > ($1.gain, $0.id) }
  }

  /// Something the resume lacks for the posting: a skill it asks for and the resume does not show, or a
  /// competency of the lexicon not fully evidenced (only where the competency part counts for this
  /// posting).
  public enum Lack: Sendable, Equatable {
    case skill(SkillFit.Item)
    case competency(CompetencyFit)

    /// Its name.
    public var name: String {
      switch self {
      case .skill(let item): return item.name
      case .competency(let fit): return fit.name
      }
    }

    /// The points showing it would add.
    public var gain: Double {
      switch self {
      case .skill(let item): return item.gain
      case .competency(let fit): return fit.gain
      }
    }
  }

  /// Whether the lexicon's competencies give this posting's score any points (a posting of the lexicon's
  /// own field, or one whose field cannot be read).
  public var competenciesCount: Bool { (part(.competencies)?.maximum ?? 0) > 0 }

  /// What the resume lacks, skills and competencies together, by the points each would add (ties by
  /// name); nothing worth no points.
  public var lacking: [Lack] {
    let competencies = competenciesCount ? gaps.map(Lack.competency) : []
    return (skills.missing.map(Lack.skill) + competencies).filter { $0.gain > 0 }
      .sorted { ($0.gain, $1.name) > ($1.gain, $0.name) }
  }

  /// Requirement checks that are not fully met, required first.
  public var unmetRequirements: [RequirementCheck] {
    requirements.filter { !$0.met }
  }

  /// One part of the score.
  ///
  /// - Parameter kind: Which part.
  /// - Returns: The part of `kind`, or nil when the fit has none.
  public func part(_ kind: FitPart.Kind) -> FitPart? {
    parts.first { $0.kind == kind }
  }

  /// Keywords the resume lacks.
  public var missingKeywords: [KeywordFit] {
    keywords.filter { !$0.found }
  }
}

/// One competency of a posting against a resume.
public struct CompetencyFit: Codable, Sendable, Equatable {
  /// Whether the resume evidences it.
  public enum Status: String, Codable, Sendable {
    /// Strength 0.6 or more.
    case matched
    /// Some evidence, strength under 0.6.
    case weak
    /// No evidence.
    case missing
  }

  /// The competency's id in the lexicon.
  public var id: String
  /// Its display name.
  public var name: String
  /// The posting's emphasis on it (after batch weighting), summing to 1 over the posting.
  public var emphasis: Double
  /// The resume's saturating strength, 0–1.
  public var strength: Double
  /// Points it contributes now: the competency part's maximum × emphasis × strength.
  public var points: Double
  /// Points it would add with full evidence.
  public var gain: Double
  /// Matched, weak or missing, by strength.
  public var status: Status
  /// Mentions in the posting's requirements section.
  public var requiredMentions: Int
  /// Mentions in the posting overall.
  public var postingMentions: Int
  /// Where the posting asks for it.
  public var postingEvidence: [Evidence]
  /// Where the resume shows it.
  public var resumeEvidence: [Evidence]
}

/// One hard requirement checked against a resume.
public struct RequirementCheck: Codable, Sendable, Equatable {
  /// What is checked.
  public enum Kind: String, Codable, Sendable {
    /// Years of experience.
    case experience
    /// A degree, at a level and maybe in a field.
    case degree
    /// A named certification.
    case certification
  }

  /// What is checked.
  public var kind: Kind
  /// Required or only preferred.
  public var required: Bool
  /// 1 for required, 0.5 for preferred.
  public var weight: Double
  /// 0–1: how far the resume meets it.
  public var satisfaction: Double
  /// The years asked (experience checks).
  public var minYears: Int? = nil
  /// The years the resume's dated roles add up to: for experience checks, nil when no role has dates;
  /// for degree checks, set when equivalent experience stood in for the degree.
  public var yearsShown: Double? = nil
  /// The degree asked (degree checks).
  public var degreeAsked: DegreeLevel? = nil
  /// The highest degree the resume shows (degree checks).
  public var degreeShown: DegreeLevel? = nil
  /// Whether equivalent experience stood in for the degree (degree checks).
  public var equivalentExperience: Bool = false
  /// Whether the resume lists the certification (certification checks).
  public var held: Bool = false
  /// The certification asked, as the posting names it (certification checks).
  public var certification: String? = nil

  /// Whether it is fully met.
  public var met: Bool { satisfaction >= 0.999 }
}

/// One part of a fit score: what was compared, how well it matched, and the points it gives.
public struct FitPart: Codable, Sendable, Equatable {
  /// Which part.
  public enum Kind: String, Codable, Sendable, CaseIterable {
    /// The posting's role family (from its title) against the families of the titles the resume holds:
    /// a factor of the score (its value), not points.
    case role
    /// The posting's level against the resume's: a factor of the score (its value), not points.
    case level
    /// The kind of work within the field (frontend, backend, data…) the posting's technologies and the
    /// resume's show: a factor of the score (its value), not points.
    case specialty
    /// The general skills the posting asks for against those the resume shows.
    case skills
    /// The lexicon's competencies, by the posting's emphasis and the resume's evidence.
    case competencies
    /// Years, degrees and certifications.
    case requirements
    /// Whole-text similarity of posting and resume.
    case text
  }

  /// Which part.
  public var kind: Kind
  /// How well it matched, 0–1.
  public var value: Double
  /// The most it can give for this pair.
  public var maximum: Double
  /// value × maximum.
  public var points: Double
  /// The comparison before it was shaped into ``value``: the cosine for text, the rungs above (+) or
  /// below (−) the posting for level, the share or sum itself for the others.
  public var raw: Double
  /// How ``value`` was reached, with the model's constants that shaped it.
  public var basis: Basis

  /// How a part's value was reached.
  public enum Basis: Codable, Sendable, Equatable {
    /// A factor of the gate (role, level, kind of work): the fit's ``FitGate`` and, for the kind of
    /// work, its ``SkillFit`` hold the facts.
    case gate
    /// The skills part: the model's blend of coverage, focus, cosine and kind of work.
    case skillBlend(SkillBlend)
    /// The competency part: Σ emphasis × strength over `competencies` competencies, its weight scaled
    /// by the posting's lexicon coverage.
    case competencySum(competencies: Int, lexiconCoverage: Double)
    /// The requirements part: Σ weight × satisfaction / Σ weight over `checks` checks (0: the posting
    /// states none, and the part gives no points).
    case requirementAverage(checks: Int)
    /// The text part: min(1, cosine / saturation).
    case textCosine(cosine: Double, saturation: Double)
  }

  /// The skills part's value, term by term: each comparison and the model's weight for it.
  public struct SkillBlend: Codable, Sendable, Equatable {
    /// The share of the asks the resume shows, and its weight.
    public var coverage: Double
    public var coverageWeight: Double
    /// The share of the resume's skills the posting asks for, and its weight.
    public var focus: Double
    public var focusWeight: Double
    /// The cosine of the two skill vectors, and its weight.
    public var cosine: Double
    public var cosineWeight: Double
    /// The cosine of the two sides' kinds of work, and its weight.
    public var specialty: Double
    public var specialtyWeight: Double
    /// How many skills the posting asks for.
    public var asked: Int

    /// Creates a blend.
    public init(
      coverage: Double, coverageWeight: Double, focus: Double, focusWeight: Double, cosine: Double,
      cosineWeight: Double, specialty: Double, specialtyWeight: Double, asked: Int
    ) {
      self.coverage = coverage
      self.coverageWeight = coverageWeight
      self.focus = focus
      self.focusWeight = focusWeight
      self.cosine = cosine
      self.cosineWeight = cosineWeight
      self.specialty = specialty
      self.specialtyWeight = specialtyWeight
      self.asked = asked
    }

    /// Σ term × weight.
    public var value: Double {
      coverageWeight * coverage + focusWeight * focus + cosineWeight * cosine + specialtyWeight * specialty
    }
  }

  /// Creates a part; its points are `value` × `maximum`.
  ///
  /// - Parameters:
  ///   - kind: Which part.
  ///   - value: How well it matched, 0–1.
  ///   - maximum: The most it can give for this pair.
  ///   - basis: How the value was reached.
  ///   - raw: The comparison before shaping (see ``raw``); `value` when nil.
  public init(kind: Kind, value: Double, maximum: Double, basis: Basis, raw: Double? = nil) {
    self.kind = kind
    self.value = value
    self.maximum = maximum
    self.points = value * maximum
    self.raw = raw ?? value
    self.basis = basis
  }
}

/// Something the reader of a fit should know about it, as a fact; Report words it.
public enum FitNote: Codable, Sendable, Equatable {
  /// The posting's title names no known line of work: the pair is judged on content alone.
  case postingFamilyUnknown
  /// No title on the resume names a known line of work: the pair is judged on content alone.
  case resumeFamilyUnknown
  /// The posting is of another family than the lexicon's (`family`, named `familyName`): the lexicon
  /// `lexicon`'s competencies say little about it.
  case outsideLexicon(family: String, familyName: String, lexicon: String)
  /// The posting file may not be a job posting (or reads as something else).
  case postingKind(DocumentKindAssessment)
  /// The resume file may not be a resume.
  case resumeKind(DocumentKindAssessment)
}

/// One salient posting keyword.
public struct KeywordFit: Codable, Sendable, Equatable {
  /// The term as the posting writes it.
  public var term: String
  /// Its weight (section-weighted count, square-rooted).
  public var weight: Double
  /// Whether the resume has it.
  public var found: Bool
}

/// The gate a recruiter applies before reading a resume: is its line of work the posting's (or a related
/// one), and is its level near the posting's? Both are factors of the score, never points of their own.
public struct FitGate: Codable, Sendable, Equatable {
  /// How the resume's line of work relates to the posting's.
  public enum FamilyRelation: String, Codable, Sendable {
    /// The same family.
    case same
    /// Families the scoring data calls adjacent (product and design, data and software engineering…).
    case related
    /// Unrelated families.
    case other
    /// The posting's title names no known family: judged on content alone.
    case postingUnknown
    /// No title of the resume names a known family (or none could be read): judged on content alone.
    case resumeUnknown
  }

  /// The factor for the family, 0–1.
  public var familyFactor: Double
  /// The factor for the level, 0–1.
  public var levelFactor: Double
  /// The factor for the kind of work within the field, 0–1 (1 when either side shows none).
  public var specialtyFactor: Double = 1
  /// How the families relate.
  public var relation: FamilyRelation
  /// The posting's family id.
  public var postingFamily: String?
  /// The resume's family that decided the factor.
  public var resumeFamily: String?
  /// That family's share of the resume's titles.
  public var resumeFamilyShare: Double
  /// The posting's rung (0 intern/junior … 5 VP/chief), if known.
  public var postingRung: Int?
  /// The resume's rung, if known.
  public var resumeRung: Int?
  /// The posting title its family was read from.
  public var postingTitle: String? = nil
  /// The posting family's display name.
  public var postingFamilyName: String? = nil
  /// The resume's families with the largest shares of its titles (at most 3), named.
  public var resumeFamilies: [HeldFamily] = []
  /// Where the resume's families were read ("titles held", "role phrases in the text"), if anywhere.
  public var resumeFamilySource: String? = nil
  /// What told the posting's level ("title", "years asked"…), if anything.
  public var postingRungSource: String? = nil
  /// What told the resume's level, if anything.
  public var resumeRungSource: String? = nil

  /// A family the resume's titles hold, with its display name and share.
  public struct HeldFamily: Codable, Sendable, Equatable {
    /// The family's id.
    public var family: String
    /// Its display name.
    public var name: String
    /// Its share of the resume's titles, 0–1.
    public var share: Double

    /// Creates one.
    public init(family: String, name: String, share: Double) {
      self.family = family
      self.name = name
      self.share = share
    }
  }

  /// The resume's rung minus the posting's, when both are known.
  public var levelSteps: Int? {
    guard let postingRung, let resumeRung else { return nil }
    return resumeRung - postingRung
  }

  /// The factors together.
  public var factor: Double { familyFactor * levelFactor * specialtyFactor }
}

/// The general skills of a posting against a resume.
public struct SkillFit: Codable, Sendable, Equatable {
  /// One skill the posting asks for.
  public struct Item: Codable, Sendable, Equatable {
    /// The skill's id.
    public var id: String
    /// Its preferred label.
    public var name: String
    /// Whether the posting names it under its requirements.
    public var required: Bool
    /// How much the posting asks for it (its share of the posting's asks), 0–1.
    public var share: Double
    /// How strongly the resume shows it, 0–1.
    public var strength: Double
    /// Points it would add if the resume showed it fully.
    public var gain: Double
    /// The posting's sentence that asks for it.
    public var postingEvidence: String?
    /// The words the posting uses.
    public var postingPhrase: String?
    /// The resume's sentence that shows it.
    public var resumeEvidence: String?
    /// Whether the resume shows it: strength at least the model's `thresholds.shownStrength`.
    public var isShown: Bool

    enum CodingKeys: String, CodingKey {
      case id, name, required, share, strength, gain, postingEvidence, postingPhrase, resumeEvidence
      case isShown = "shown"
    }
  }

  /// The share of what the posting asks (by ask × specificity) that the resume shows, 0–1.
  public var coverage: Double
  /// The share of the resume's skills (by strength × specificity) that the posting asks for, 0–1.
  public var focus: Double
  /// Cosine of the two skill vectors, 0–1.
  public var cosine: Double
  /// Cosine of the two sides' technology categories, 0–1: the same kind of work within a field.
  public var specialty: Double
  /// Whether both sides show a technology kind of work, so that ``specialty`` says something.
  public var specialtyKnown: Bool = false
  /// The share of the posting's asks that name a technology kind of work (0–1): how far the kind of
  /// work defines the job (most of an engineering posting, little of a product leader's).
  public var specialtyShare: Double = 0
  /// The skills the posting asks for, most asked first.
  public var items: [Item]
  /// The skills the resume shows that the posting does not ask for, most specific first (at most 10).
  public var extra: [String]

  /// Asked skills the resume does not show, by the points they would add.
  public var missing: [Item] {
    items.filter { !$0.isShown }.sorted { ($0.gain, $1.id) > ($1.gain, $0.id) }
  }

  /// Asked skills the resume shows.
  public var shown: [Item] { items.filter(\.isShown) }

  /// No skill on either side.
  public static let none = SkillFit(coverage: 0, focus: 0, cosine: 0, specialty: 0, items: [], extra: [])
}
