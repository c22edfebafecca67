import Analysis
import Foundation
import Requirements

/// Scores a resume against a posting, 0–100: what the resume shows of what the posting asks (the
/// content), scaled by a gate for line of work and level, with every constant from the ``ScoringModel``.
///
/// Content, each a 0–1 value times its points (see ``ScoringModel/Weights``):
/// - **Skills**: the general vocabulary's skills (ESCO and technology names) the posting asks for against
///   those the resume shows, each weighed by how specific it is (the fewer ESCO occupations list it, the
///   more it says): coverage of the asks, focus of the resume on them, and the cosine of the two.
/// - **Competencies**: Σ emphasis × strength over the lexicon's competencies the posting asks for. Its
///   weight is scaled by the posting's lexicon coverage, min(1, weighted hits / full-coverage hits), and
///   counts only for a posting of the lexicon's own field (or of a field that cannot be read), and
///   the rest goes to the skills part: a posting that barely speaks the lexicon's language is judged on
///   its skills.
/// - **Requirements**: years, degrees, certifications (required weigh 1, preferred 0.5).
/// - **Text similarity**: TF-IDF cosine of the whole posting and resume, min(1, cosine / saturation).
///
/// Gate: the **family** factor is 1 for the posting's own family, the listed affinity for an adjacent one,
/// low for another; a family held in only some of the resume's titles counts in proportion. When the
/// posting's or the resume's family cannot be read, the factor is 1 and the pair is judged on content
/// (the fit says so). The **level** factor follows how many rungs apart the two levels are.
///
/// The score is a pure function of the pair and the model: `score` and `rank` agree on every pair,
/// whatever else is in the batch.
public struct FitScorer: Sendable {
  /// The weights and shapes.
  public let model: ScoringModel
  /// The role families, for naming them.
  public let roles: RoleVocabulary
  /// The family the lexicon is about (`product` for the CPO lexicon), if its titles name one.
  public let lexiconFamily: String?
  /// The lexicon's display name.
  public let lexiconName: String
  /// The skills vocabulary, for each skill's specificity.
  private let skills: SkillVocabulary
  /// The specialty category of each skill (a technology's category that names a kind of work), or -1.
  private let category: [Int32]
  /// How many specialty categories there are.
  private let categoryCount: Int
  /// Kinds of work made of others, as category indices: the target gains the least of its groups' sums.
  private let composites: [(target: Int, groups: [[Int]])]
  /// Whether each skill is of an ESCO type that holds for every occupation (``ScoringModel/SkillShape/generalEscoTypes``).
  private let general: [Bool]

  /// Creates a scorer with `model` for `lexicon` (its role vocabulary names the families in explanations).
  ///
  /// - Parameters:
  ///   - model: The fitted weights and shapes.
  ///   - lexicon: The lexicon postings and resumes were analysed with.
  public init(model: ScoringModel, lexicon: Lexicon) {
    self.model = model
    self.roles = lexicon.roles
    self.lexiconName = lexicon.name
    var counts: [String: Int] = [:]
    for title in lexicon.titles {
      if let family = lexicon.roles.classify(title: title)?.family { counts[family, default: 0] += 1 }
    }
    lexiconFamily = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    skills = lexicon.skills.vocabulary
    var categories: [String: Int32] = [:]
    let general = Set(model.skillShape.generalCategories)
    // Read from the skills' columns (kind numbers, sources), not skill by skill: this runs at every start.
    let columns = skills.skills
    let isGeneral = columns.kinds.map { general.contains($0) }
    var kindCategory = [Int32?](repeating: nil, count: columns.kinds.count)
    category = zip(columns.sources, columns.kindIndices).map { source, kindIndex in
      guard source == 1, !isGeneral[Int(kindIndex)] else { return -1 }
      if let index = kindCategory[Int(kindIndex)] { return index }
      let index = Int32(categories.count)
      categories[columns.kinds[Int(kindIndex)]] = index
      kindCategory[Int(kindIndex)] = index
      return index
    }
    composites = model.skillShape.composites.map { composite in
      func index(_ name: String) -> Int {
        if let index = categories[name] { return Int(index) }
        categories[name] = Int32(categories.count)
        return categories.count - 1
      }
      return (index(composite.category), composite.of.map { $0.map(index) })
    }
    categoryCount = categories.count
    let generalTypes = Set(model.skillShape.generalEscoTypes)
    let generalKind = columns.kinds.map { generalTypes.contains($0) }
    self.general = zip(columns.sources, columns.kindIndices).map { source, kindIndex in
      source == 0 && generalKind[Int(kindIndex)]
    }
  }

  /// The fit of `resume` for `posting`: the score, its parts and the facts behind them (no words: Report
  /// writes the explanations, notes and advice from them).
  ///
  /// - Parameters:
  ///   - posting: The posting, prepared by the same lexicon's ``Preparer``.
  ///   - resume: The resume, prepared likewise.
  /// - Returns: The fit; its score never depends on any other posting or resume.
  public func score(_ posting: PreparedPosting, _ resume: PreparedResume) -> FitResult {
    let weights = model.weights
    // The lexicon's competencies count for a posting of its own field, or one whose field cannot be read;
    // for another field they say little (a backend posting's "collaboration" is no product leadership).
    let coverage =
      posting.analysis.role.primaryFamily.map { $0 == lexiconFamily } ?? true ? coverage(of: posting.analysis) : 0
    var gate = gate(posting.analysis.role, resume.analysis.role)
    // Content parts, before scaling: weight × value / 100 sums to the content (0–1).
    var skills = skillFit(posting.analysis.skills, resume.analysis.skills, asOf: resume.analysis.asOf?.month)
    // The kind of work within the field, where both sides show one: a frontend resume's frontend
    // postings before its backend ones.
    // It weighs as far as the posting's asks name kinds of work: most of an engineering posting, little
    // of a product leader's that mentions "machine learning" once.
    if skills.specialtyKnown {
      gate.specialtyFactor = 1 - model.specialtyGate * skills.specialtyShare * (1 - skills.specialty)
    }
    let skillValue = skillValue(skills)
    let hasSkills = !skills.items.isEmpty
    let competencies = competencyFits(posting.analysis, resume.analysis, maximum: 1)
    let competencyValue = competencies.reduce(0) { $0 + $1.emphasis * $1.strength }
    let checks = RequirementChecker.checks(
      posting: posting.analysis, resume: resume.analysis, thresholds: model.thresholds)
    let totalWeight = checks.reduce(0) { $0 + $1.weight }
    let requirementValue = totalWeight > 0 ? checks.reduce(0) { $0 + $1.weight * $1.satisfaction } / totalWeight : 1
    let cosine = posting.vector.cosine(resume.vector)
    let textValue = min(1, cosine / model.textSaturation)
    // The competency weight the posting's lexicon coverage does not back goes to skills (to text when
    // the posting names no skill of the vocabulary).
    let spare = weights.competencies * (1 - coverage)
    let skillMaximum = hasSkills ? weights.skills + spare : 0
    let textMaximum = weights.text + (hasSkills ? 0 : weights.skills + spare)
    let competencyMaximum = weights.competencies * coverage
    // A posting that states no years, degree or certification is judged on the other parts: their
    // weights grow in proportion, rather than every resume getting the requirements' points for free.
    let requirementMaximum = totalWeight > 0 ? weights.requirements : 0
    let available = skillMaximum + competencyMaximum + requirementMaximum + textMaximum
    let content =
      available > 0
      ? (skillMaximum * skillValue + competencyMaximum * competencyValue + requirementMaximum * requirementValue
        + textMaximum * textValue) / available : 0
    // The score is 100 × gate × (1 − e^(−content / contentScale)): it rises with every bit of content and
    // never reaches 100, so strong fits still differ. The parts share those points in proportion to what
    // each adds to the content: points per unit of a part's value are scale × its weight.
    let curved = 1 - exp(-content / model.contentScale)
    let perContent = content > 1e-9 ? curved / content : 1 / model.contentScale
    let scale = available > 0 ? gate.factor * perContent * 100 / available : 0
    for index in skills.items.indices {
      skills.items[index].gain *= skillMaximum * scale
    }
    let shape = model.skillShape
    let parts = [
      FitPart(kind: .role, value: gate.familyFactor, maximum: 0, basis: .gate, raw: gate.resumeFamilyShare),
      FitPart(kind: .level, value: gate.levelFactor, maximum: 0, basis: .gate, raw: Double(gate.levelSteps ?? 0)),
      FitPart(kind: .specialty, value: gate.specialtyFactor, maximum: 0, basis: .gate, raw: skills.specialty),
      FitPart(
        kind: .skills, value: skillValue, maximum: skillMaximum * scale,
        basis: .skillBlend(
          FitPart.SkillBlend(
            coverage: skills.coverage, coverageWeight: shape.coverage, focus: skills.focus, focusWeight: shape.focus,
            cosine: skills.cosine, cosineWeight: shape.cosine, specialty: skills.specialty,
            specialtyWeight: shape.specialty, asked: skills.items.count)),
        raw: skills.coverage),
      FitPart(
        kind: .competencies, value: competencyValue, maximum: competencyMaximum * scale,
        basis: .competencySum(competencies: competencies.count, lexiconCoverage: coverage)),
      FitPart(
        kind: .requirements, value: requirementValue, maximum: requirementMaximum * scale,
        basis: .requirementAverage(checks: checks.count)),
      FitPart(
        kind: .text, value: textValue, maximum: textMaximum * scale,
        basis: .textCosine(cosine: cosine, saturation: model.textSaturation), raw: cosine),
    ]
    let total = parts.reduce(0) { $0 + $1.points }
    let score = min(100, max(0, Int(total.rounded())))
    return FitResult(
      score: score, band: FitBand(score: score), parts: parts, coverage: coverage,
      notes: notes(gate, posting.analysis.role),
      posting: FitResult.Posting(
        source: posting.analysis.source, title: posting.analysis.title, company: posting.analysis.company,
        location: posting.analysis.location),
      resume: resume.analysis.source,
      competencies: competencies.map { fit in
        var fit = fit
        fit.points *= competencyMaximum * scale
        fit.gain *= competencyMaximum * scale
        return fit
      }, requirements: checks,
      keywords: keywordFits(posting.keywords, resumeKeys: resume.keys), gate: gate, skills: skills)
  }

  /// The family and level gate of a pair.
  public func gate(_ posting: RoleProfile, _ resume: RoleProfile) -> FitGate {
    var gate = FitGate(
      familyFactor: 1, levelFactor: model.unknownLevel, relation: .same, postingFamily: posting.primaryFamily,
      resumeFamily: resume.primaryFamily, resumeFamilyShare: resume.families.first?.share ?? 0,
      postingRung: posting.rung, resumeRung: resume.rung)
    gate.postingTitle = posting.families.first?.title
    gate.postingFamilyName = posting.primaryFamily.map(roles.name(of:))
    gate.resumeFamilies = resume.families.prefix(3).map {
      FitGate.HeldFamily(family: $0.family, name: roles.name(of: $0.family), share: $0.share)
    }
    gate.resumeFamilySource = resume.familySource
    gate.postingRungSource = posting.rungSource
    gate.resumeRungSource = resume.rungSource
    if let steps = gate.levelSteps {
      gate.levelFactor = model.levelFloor + (1 - model.levelFloor) * model.levelValue(steps: steps)
    }
    guard let family = posting.primaryFamily else {
      gate.relation = .postingUnknown
      return gate
    }
    // Families read only from role phrases in the running text ("worked with a product manager") are
    // no title held: the resume is judged on content.
    guard !resume.families.isEmpty, resume.familySource != RoleProfile.textMentions else {
      gate.relation = .resumeUnknown
      return gate
    }
    var best = (factor: -1.0, family: "", share: 0.0, affinity: 0.0)
    for held in resume.families {
      let affinity = model.family.affinity(held.family, family)
      let factor = max(model.family.other, affinity * min(1, held.share / model.family.shareFull))
      if factor > best.factor { best = (factor, held.family, held.share, affinity) }
    }
    gate.familyFactor = best.factor
    gate.resumeFamily = best.family
    gate.resumeFamilyShare = best.share
    gate.relation = best.family == family ? .same : best.affinity > model.family.other ? .related : .other
    return gate
  }

  /// The skills part's value: coverage, focus and cosine blended by the model's shape.
  func skillValue(_ fit: SkillFit) -> Double {
    let shape = model.skillShape
    return shape.coverage * fit.coverage + shape.focus * fit.focus + shape.cosine * fit.cosine
      + shape.specialty * fit.specialty
  }

  /// The general skills of a posting against a resume; each item's gain is its share of the skills part's
  /// coverage that showing it would add (the caller turns it into points).
  func skillFit(_ posting: SkillProfile, _ resume: SkillProfile, asOf: Int? = nil) -> SkillFit {
    guard !posting.entries.isEmpty else { return .none }
    let boost = model.skillShape.requiredBoost
    // A skill last shown in a role that ended long ago counts less than one in use now.
    let recency = model.skillShape.recency
    func shownStrength(_ entry: SkillProfile.Entry) -> Double {
      guard let recency, let asOf, let last = entry.lastUsed else { return entry.strength }
      return entry.strength * recency.factor(monthsAgo: asOf - last)
    }
    let skills = self.skills
    let unlinked = model.skillShape.unlinkedOccupations
    let general = self.general
    func specificity(_ skill: Int32) -> Double {
      guard skills.skills.indices.contains(Int(skill)), !general[Int(skill)] else { return 1 }
      return skills.specificity(Int(skill), unlinked: unlinked)
    }
    var asks: [(entry: SkillProfile.Entry, ask: Double, shown: SkillProfile.Entry?)] = []
    var postingCategories = [Double](repeating: 0, count: categoryCount)
    var resumeCategories = [Double](repeating: 0, count: categoryCount)
    let categories = self.category
    var askTotal = 0.0
    var dot = 0.0
    var askNorm = 0.0
    var covered = 0.0
    for entry in posting.entries {
      let ask = entry.strength * (entry.isRequired ? boost : 1) * specificity(entry.skill)
      let shown = resume.entry(entry.skill)
      let strength = shown.map(shownStrength) ?? 0
      asks.append((entry, ask, shown))
      if categories.indices.contains(Int(entry.skill)), categories[Int(entry.skill)] >= 0 {
        postingCategories[Int(categories[Int(entry.skill)])] += ask
      }
      askTotal += ask
      askNorm += ask * ask
      covered += ask * strength
      dot += ask * strength * specificity(entry.skill)
    }
    var resumeNorm = 0.0
    var resumeTotal = 0.0
    var focused = 0.0
    var extra: [(name: String, weight: Double)] = []
    for entry in resume.entries {
      let weight = shownStrength(entry) * specificity(entry.skill)
      if categories.indices.contains(Int(entry.skill)), categories[Int(entry.skill)] >= 0 {
        resumeCategories[Int(categories[Int(entry.skill)])] += weight
      }
      resumeNorm += weight * weight
      resumeTotal += weight
      if posting.entry(entry.skill) != nil { focused += weight } else { extra.append((entry.name, weight)) }
    }
    let items = asks.map { ask in
      let strength = ask.shown.map(shownStrength) ?? 0
      return SkillFit.Item(
        id: ask.entry.id, name: ask.entry.name, required: ask.entry.isRequired, share: ask.ask / askTotal,
        strength: strength,
        gain: model.skillShape.coverage * ask.ask * (1 - strength) / askTotal,
        postingEvidence: ask.entry.evidence, postingPhrase: ask.entry.phrase, resumeEvidence: ask.shown?.evidence,
        isShown: strength >= model.thresholds.shownStrength)
    }
    .sorted { ($0.share, $1.id) > ($1.share, $0.id) }
    let postingKinds = withComposites(postingCategories)
    let resumeKinds = withComposites(resumeCategories)
    return SkillFit(
      coverage: askTotal > 0 ? covered / askTotal : 0, focus: resumeTotal > 0 ? focused / resumeTotal : 0,
      cosine: askNorm > 0 && resumeNorm > 0 ? dot / (askNorm.squareRoot() * resumeNorm.squareRoot()) : 0,
      specialty: Self.cosine(postingKinds, resumeKinds),
      specialtyKnown: postingKinds.contains { $0 > 0 } && resumeKinds.contains { $0 > 0 },
      specialtyShare: askTotal > 0 ? min(1, postingCategories.reduce(0, +) / askTotal) : 0, items: items,
      extra: extra.sorted { ($0.weight, $1.name) > ($1.weight, $0.name) }.prefix(10).map(\.name))
  }

  /// Category weights with each composite kind of work added: full-stack work is front-end and back-end
  /// work together, so a side that shows both gains the lesser of the two under full-stack.
  private func withComposites(_ categories: [Double]) -> [Double] {
    var result = categories
    for composite in composites {
      let sides = composite.groups.map { group in group.reduce(0) { $0 + categories[$1] } }
      result[composite.target] += sides.min() ?? 0
    }
    return result
  }

  static func cosine(_ a: [Double], _ b: [Double]) -> Double {
    var dot = 0.0
    var normA = 0.0
    var normB = 0.0
    for index in a.indices {
      dot += a[index] * b[index]
      normA += a[index] * a[index]
      normB += b[index] * b[index]
    }
    return normA > 0 && normB > 0 ? dot / (normA.squareRoot() * normB.squareRoot()) : 0
  }

  /// How much of a full product-leadership posting's lexicon evidence a posting has.
  ///
  /// - Parameter posting: The posting's analysis.
  /// - Returns: 0–1; the competency part's weight is scaled by it, the rest goes to the text part.
  public func coverage(of posting: PostingAnalysis) -> Double {
    min(1, posting.competencies.reduce(0) { $0 + $1.weightedHits } / model.fullCoverageHits)
  }

  private func notes(_ gate: FitGate, _ posting: RoleProfile) -> [FitNote] {
    var notes: [FitNote] = []
    switch gate.relation {
    case .postingUnknown: notes.append(.postingFamilyUnknown)
    case .resumeUnknown: notes.append(.resumeFamilyUnknown)
    default: break
    }
    if let lexiconFamily, let family = posting.primaryFamily, family != lexiconFamily {
      notes.append(.outsideLexicon(family: family, familyName: roles.name(of: family), lexicon: lexiconName))
    }
    return notes
  }

  private func competencyFits(_ posting: PostingAnalysis, _ resume: ResumeAnalysis, maximum: Double) -> [CompetencyFit]
  {
    let asked = posting.askedFor
    let total = asked.reduce(0) { $0 + $1.emphasis }
    var fits: [CompetencyFit] = []
    for entry in asked {
      let emphasis = total > 0 ? entry.emphasis / total : 0
      let resumeEntry = resume.competencies.first { $0.id == entry.id }
      let strength = ResumeAnalysis.strength(weightedHits: resumeEntry?.weightedHits ?? 0)
      let status: CompetencyFit.Status =
        strength >= model.thresholds.matchedStrength ? .matched : (strength > 0 ? .weak : .missing)
      fits.append(
        CompetencyFit(
          id: entry.id, name: entry.name, emphasis: emphasis, strength: strength,
          points: maximum * emphasis * strength, gain: maximum * emphasis * (1 - strength), status: status,
          requiredMentions: entry.requiredMentions, postingMentions: entry.mentions, postingEvidence: entry.evidence,
          resumeEvidence: resumeEntry?.evidence ?? []))
    }
    return fits.sorted { ($0.emphasis, $1.id) > ($1.emphasis, $0.id) }
  }

  private func keywordFits(_ profile: KeywordProfile, resumeKeys: Set<String>) -> [KeywordFit] {
    profile.terms.map { term in (term, term.count.squareRoot()) }
      .sorted { ($0.1, $1.0.key) > ($1.1, $0.0.key) }.prefix(model.thresholds.keywordLimit).map { term, weight in
        KeywordFit(term: term.surface, weight: weight, found: resumeKeys.contains(term.key))
      }
  }
}
