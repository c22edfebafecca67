import Foundation

/// The fitted parameters of the fit score, read from `Lexicons/scoring.json` beside the lexicon.
///
/// The score is what the resume shows of what the posting asks (the *content*: skills, the lexicon's
/// competencies, hard requirements, whole-text similarity, each a 0–1 value times its weight), scaled by
/// a *gate* a recruiter applies first: is the resume's line of work the posting's, or a related one, and
/// is its level near the posting's? So postings of a resume's own field spread over the scale by how well
/// the resume meets them, and other fields fall to Poor whatever words they share.
///
/// `score = 100 × (1 − e^(−content / contentScale)) × family factor × level factor`, where content is
/// Σ weight × value / 100. Every constant is here, read from the data file; `scripts/fit-weights.py`
/// chose the fitted ones (the file's `provenance` says when and on what).
public struct ScoringModel: Codable, Sendable, Equatable {
  /// Points of each content part at full content; they sum to 100.
  public struct Weights: Codable, Sendable, Equatable {
    /// Skills of the general vocabulary: what the posting asks against what the resume shows.
    public var skills: Double
    /// Competencies of the role's lexicon, by the posting's emphasis (scaled by the posting's lexicon
    /// coverage; the rest goes to ``skills``).
    public var competencies: Double
    /// Hard requirements: years, degrees, certifications.
    public var requirements: Double
    /// Whole-text similarity.
    public var text: Double

    /// Creates weights.
    ///
    /// - Parameters:
    ///   - skills: Points of the skills part.
    ///   - competencies: Points of the competency part at full lexicon coverage.
    ///   - requirements: Points of the hard requirements part.
    ///   - text: Points of the whole-text part.
    public init(skills: Double, competencies: Double, requirements: Double, text: Double) {
      self.skills = skills
      self.competencies = competencies
      self.requirements = requirements
      self.text = text
    }

    /// Their sum (100 in a valid model).
    public var total: Double { skills + competencies + requirements + text }
  }

  /// How the skills part is made of its three comparisons.
  public struct SkillShape: Codable, Sendable, Equatable {
    /// Weight of the coverage: the share of what the posting asks (by ask × specificity) that the resume
    /// shows.
    public var coverage: Double
    /// Weight of the focus: the share of the resume's own skills (by strength × specificity) that the
    /// posting asks for, which tells a frontend resume's frontend postings from its full-stack ones.
    public var focus: Double
    /// Weight of the cosine of the two skill vectors.
    public var cosine: Double
    /// Weight of the specialty match: the cosine of the two sides' technology categories (frontend,
    /// devops, data, mobile…), which tells the kind of work within a field.
    public var specialty: Double
    /// Technology categories that name no kind of work (programming languages, general practices).
    public var generalCategories: [String]
    /// Required skills count this many times a skill asked without being required.
    public var requiredBoost: Double
    /// The occupation count assumed for a technology that ESCO links to none (its specificity).
    public var unlinkedOccupations: Double
    /// Kinds of work made of others ("fullstack" of frontend and backend or database work).
    public var composites: [CompositeCategory]
    /// How a skill shown only in roles that ended long ago counts; nil: as if shown now.
    public var recency: Recency?
    /// ESCO skill types that hold for every occupation (transversal skills such as "plan" or "make
    /// decisions", languages): ESCO links them to few occupations because they apply to all, so they count
    /// as the least specific skills, not the most.
    public var generalEscoTypes: [String] = []

    /// Creates a shape.
    public init(
      coverage: Double, focus: Double, cosine: Double, specialty: Double, generalCategories: [String],
      requiredBoost: Double, unlinkedOccupations: Double, composites: [CompositeCategory] = []
    ) {
      self.composites = composites
      self.coverage = coverage
      self.focus = focus
      self.cosine = cosine
      self.specialty = specialty
      self.generalCategories = generalCategories
      self.requiredBoost = requiredBoost
      self.unlinkedOccupations = unlinkedOccupations
    }
  }

  /// How much a skill last shown in a role that ended years ago counts: its strength × max(floor,
  /// 0.5^(years / halfLifeYears)). A skill named in a skills list or summary counts as shown now.
  public struct Recency: Codable, Sendable, Equatable {
    /// Years after which a skill last used then counts half.
    public var halfLifeYears: Double
    /// The least it counts, however old.
    public var floor: Double

    /// Creates a rule.
    public init(halfLifeYears: Double, floor: Double) {
      self.halfLifeYears = halfLifeYears
      self.floor = floor
    }

    /// The factor for a skill last used `months` months before the resume's date.
    public func factor(monthsAgo months: Int) -> Double {
      guard months > 0, halfLifeYears > 0 else { return 1 }
      return max(floor, pow(0.5, Double(months) / 12 / halfLifeYears))
    }
  }

  /// A kind of work that is others together: a side's weight for it is the least, over the groups, of
  /// the group's summed category weights (full-stack = front-end with back-end or database work).
  public struct CompositeCategory: Codable, Sendable, Equatable {
    /// The category it adds to.
    public var category: String
    /// Groups of categories; every group must be shown for the composite to count.
    public var of: [[String]]

    /// Creates a composite.
    public init(category: String, of groups: [[String]]) {
      self.category = category
      self.of = groups
    }
  }

  /// Two families a recruiter calls adjacent, and how much of the score a resume of one keeps for a
  /// posting of the other.
  public struct Affinity: Codable, Sendable, Equatable {
    /// One family's id.
    public var a: String
    /// The other's.
    public var b: String
    /// 0–1.
    public var value: Double
    /// Why they are adjacent.
    public var reason: String

    /// Creates an affinity.
    public init(a: String, b: String, value: Double, reason: String) {
      self.a = a
      self.b = b
      self.value = value
      self.reason = reason
    }
  }

  /// Where a fit's facts turn from one state to another: what counts as matched or shown, what a
  /// preferred requirement weighs, when experience stands in for a degree.
  public struct Thresholds: Codable, Sendable, Equatable {
    /// A competency's strength from which it counts as matched (below it, with some evidence, weak).
    public var matchedStrength: Double
    /// A skill's strength from which the resume counts as showing it.
    public var shownStrength: Double
    /// What a preferred requirement weighs in the requirements part, a required one weighing 1.
    public var preferredWeight: Double
    /// Years of dated roles that stand in for a degree where the posting accepts equivalent experience.
    public var equivalentExperienceYears: Double
    /// How many of a posting's salient keywords outside the vocabularies the fit lists.
    public var keywordLimit: Int

    /// Creates thresholds.
    public init(
      matchedStrength: Double, shownStrength: Double, preferredWeight: Double, equivalentExperienceYears: Double,
      keywordLimit: Int
    ) {
      self.matchedStrength = matchedStrength
      self.shownStrength = shownStrength
      self.preferredWeight = preferredWeight
      self.equivalentExperienceYears = equivalentExperienceYears
      self.keywordLimit = keywordLimit
    }
  }

  /// The family gate.
  public struct FamilyGate: Codable, Sendable, Equatable {
    /// What a resume of an unrelated family keeps.
    public var other: Double
    /// The share of the resume's titles from which a family counts fully (a family held in one early
    /// role counts in proportion).
    public var shareFull: Double
    /// Adjacent families.
    public var affinities: [Affinity]

    /// Creates a gate.
    public init(other: Double, shareFull: Double, affinities: [Affinity]) {
      self.other = other
      self.shareFull = shareFull
      self.affinities = affinities
    }

    /// How much a resume of family `a` keeps for a posting of family `b`: 1 for the same family, the
    /// listed affinity for adjacent ones, ``other`` otherwise.
    public func affinity(_ a: String, _ b: String) -> Double {
      if a == b { return 1 }
      for pair in affinities where (pair.a == a && pair.b == b) || (pair.a == b && pair.b == a) {
        return max(other, pair.value)
      }
      return other
    }
  }

  /// The content parts' points.
  public var weights: Weights
  /// How the skills part is made.
  public var skillShape: SkillShape
  /// How fast the score rises with the content (0–1): at content = contentScale it is 63 before the gate,
  /// at twice that 86; it never reaches 100, so strong fits still differ.
  public var contentScale: Double
  /// The family gate.
  public var family: FamilyGate
  /// Level fit by how many rungs the resume is above (positive) or below (negative) the posting:
  /// index 0 is 5 rungs below, index 10 is 5 rungs above.
  public var levelFit: [Double]
  /// The level factor at the worst level fit: factor = floor + (1 − floor) × level fit.
  public var levelFloor: Double
  /// The level factor when either level is unknown.
  public var unknownLevel: Double
  /// How much the kind of work decides, as a factor of the score: 1 − w × share × (1 − specialty), where
  /// both sides show technology kinds of work (frontend, backend, data…) and `share` is the part of the
  /// posting's asks that name one; 1 otherwise. 0 leaves it to the skills part alone.
  public var specialtyGate: Double
  /// The cosine similarity from which the text part is full.
  public var textSaturation: Double
  /// Weighted lexicon hits from which a posting's competencies are fully trusted.
  public var fullCoverageHits: Double
  /// How the weights were chosen, in a sentence.
  public var provenance: String
  /// Where a fit's facts change state (matched, shown, equivalent experience) and what a preferred
  /// requirement weighs.
  public var thresholds: Thresholds

  /// Creates a model.
  public init(
    weights: Weights, skillShape: SkillShape, contentScale: Double, family: FamilyGate, levelFit: [Double],
    levelFloor: Double, unknownLevel: Double, textSaturation: Double, fullCoverageHits: Double, provenance: String,
    specialtyGate: Double = 0, thresholds: Thresholds
  ) {
    self.thresholds = thresholds
    self.specialtyGate = specialtyGate
    self.weights = weights
    self.skillShape = skillShape
    self.contentScale = contentScale
    self.family = family
    self.levelFit = levelFit
    self.levelFloor = levelFloor
    self.unknownLevel = unknownLevel
    self.textSaturation = textSaturation
    self.fullCoverageHits = fullCoverageHits
    self.provenance = provenance
  }

  /// The level fit for a difference in rungs.
  ///
  /// - Parameter steps: The resume's rung minus the posting's; differences beyond 5 count as 5.
  /// - Returns: The value from ``levelFit``, 0–1 (1 when the model holds no 11 values).
  public func levelValue(steps: Int) -> Double {
    guard levelFit.count == 11 else { return 1 }
    return levelFit[min(10, max(0, steps + 5))]
  }

  /// Decodes and checks a model.
  ///
  /// - Parameters:
  ///   - data: The JSON of a `scoring.json` file.
  ///   - path: The file it was read from, named in errors.
  /// - Returns: The model, once its weights are non-negative and sum to 100, its `levelFit` holds 11 values
  ///   from 0 to 1, and its factors are from 0 to 1.
  /// - Throws: ``ScoringModelError/invalid(path:reason:)`` saying what is wrong.
  public static func decode(_ data: Data, path: String) throws -> ScoringModel {
    let model: ScoringModel
    do {
      model = try JSONDecoder().decode(ScoringModel.self, from: data)
    } catch let DecodingError.keyNotFound(key, _) {
      throw ScoringModelError.invalid(path: path, reason: "missing key `\(key.stringValue)`")
    } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
      let keyPath = context.codingPath.map(\.stringValue).joined(separator: ".")
      throw ScoringModelError.invalid(path: path, reason: "wrong type at `\(keyPath)`")
    } catch {
      throw ScoringModelError.invalid(path: path, reason: "not JSON")
    }
    try model.check(path: path)
    return model
  }

  /// Checks the model's numbers: weights summing to 100, eleven level values, shares from 0 to 1, positive
  /// scales.
  ///
  /// - Parameter path: The file, named in the error.
  /// - Throws: ``ScoringModelError/invalid(path:reason:)`` saying what is wrong.
  func check(path: String) throws {
    let parts = [weights.skills, weights.competencies, weights.requirements, weights.text]
    guard parts.allSatisfy({ $0 >= 0 && $0.isFinite }), abs(weights.total - 100) < 0.5 else {
      throw ScoringModelError.invalid(path: path, reason: "weights must be non-negative and sum to 100")
    }
    guard levelFit.count == 11, levelFit.allSatisfy({ (0...1).contains($0) }) else {
      throw ScoringModelError.invalid(path: path, reason: "levelFit must hold 11 values from 0 to 1")
    }
    let unit =
      [levelFloor, unknownLevel, family.other, specialtyGate]
      + family.affinities.map(\.value)
    guard unit.allSatisfy({ (0...1).contains($0) }) else {
      throw ScoringModelError.invalid(
        path: path,
        reason: "levelFloor, unknownLevel, specialtyGate, family.other and every affinity must be from 0 to 1")
    }
    let shape = skillShape
    guard [shape.coverage, shape.focus, shape.cosine, shape.specialty].allSatisfy({ $0 >= 0 }),
      abs(shape.coverage + shape.focus + shape.cosine + shape.specialty - 1) < 0.01, shape.requiredBoost >= 1
    else {
      throw ScoringModelError.invalid(
        path: path,
        reason: "skillShape coverage, focus, cosine and specialty must sum to 1; requiredBoost at least 1")
    }
    if let recency = shape.recency, !(recency.halfLifeYears > 0 && (0...1).contains(recency.floor)) {
      throw ScoringModelError.invalid(
        path: path, reason: "skillShape.recency needs a positive halfLifeYears and a floor from 0 to 1")
    }
    let limits = thresholds
    guard [limits.matchedStrength, limits.shownStrength, limits.preferredWeight].allSatisfy({ (0...1).contains($0) }),
      limits.equivalentExperienceYears >= 0, limits.keywordLimit >= 0
    else {
      throw ScoringModelError.invalid(
        path: path,
        reason:
          "thresholds: matchedStrength, shownStrength and preferredWeight must be from 0 to 1; equivalentExperienceYears and keywordLimit not negative"
      )
    }
    guard textSaturation > 0, fullCoverageHits > 0, contentScale > 0, family.shareFull > 0
    else {
      throw ScoringModelError.invalid(
        path: path, reason: "textSaturation, fullCoverageHits, contentScale and family.shareFull must be positive")
    }
  }
}

/// Why a scoring model could not be used.
public enum ScoringModelError: Error, CustomStringConvertible, Equatable {
  /// The file could not be read.
  case unreadable(path: String, reason: String)
  /// The file is not a valid model.
  case invalid(path: String, reason: String)

  /// `FILE: reason`.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason), .invalid(let path, let reason): return "\(path): \(reason)"
    }
  }
}
