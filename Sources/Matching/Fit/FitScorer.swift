import Analysis
import Foundation
import Requirements

/// Scores a resume against a posting, 0–100, as the sum of five parts, each a 0–1 value times its
/// weight from the ``ScoringModel`` (fitted on labelled real postings and resumes):
///
/// - **Role family**: the share of the resume's titles (the most recent weighing most, plus its
///   headline) in the family the posting's title names: product, software engineering, sales…, times
///   floor + (1 − floor) × the level fit: the right family at the wrong level is a different job.
/// - **Level**: how many rungs (intern/junior, mid, senior, lead/manager, director/head, VP/chief) the
///   resume's level is from the posting's; being below costs more than being above, but a CPO for an
///   associate role is a weak fit too.
/// - **Competencies**: Σ emphasis × strength over the lexicon's competencies the posting asks for.
///   Its weight is scaled by the posting's lexicon coverage, min(1, weighted hits / full-coverage hits),
///   and the rest goes to the text part: a posting that barely speaks the lexicon's language is judged
///   on its words.
/// - **Requirements**: years, degrees, certifications (required weigh 1, preferred 0.5).
/// - **Text similarity**: TF-IDF cosine of the whole posting and resume, min(1, cosine / saturation).
///
/// The score is a pure function of the pair and the model: `score` and `rank` agree on every pair,
/// whatever else is in the batch.
public struct FitScorer: Sendable {
  /// Strength from which a competency counts as matched.
  public static let matchedStrength = 0.6
  /// How many keywords of a posting are listed.
  public static let keywordLimit = 15

  /// The weights and shapes.
  public let model: ScoringModel
  /// The role families, for naming them.
  public let roles: RoleVocabulary
  /// The family the lexicon is about (`product` for the CPO lexicon), if its titles name one.
  public let lexiconFamily: String?
  /// The lexicon's display name.
  public let lexiconName: String

  /// Creates a scorer with `model` for `lexicon` (its role vocabulary names the families in explanations).
  ///
  /// - Parameters:
  ///   - model: The fitted weights and shapes.
  ///   - lexicon: The lexicon postings and resumes were analysed with.
  public init(model: ScoringModel = .builtIn, lexicon: Lexicon) {
    self.model = model
    self.roles = lexicon.roles
    self.lexiconName = lexicon.name
    var counts: [String: Int] = [:]
    for title in lexicon.titles {
      if let family = lexicon.roles.classify(title: title)?.family { counts[family, default: 0] += 1 }
    }
    lexiconFamily = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }

  /// The fit of `resume` for `posting`; without `details`, the parts' explanations, the notes and the
  /// advice are left empty (ranking rows need only the score and the gaps, and formatting them for
  /// 50,000 postings would cost more than scoring).
  ///
  /// - Parameters:
  ///   - posting: The posting, prepared by the same lexicon's ``Preparer``.
  ///   - resume: The resume, prepared likewise.
  ///   - details: Fill the explanations, notes and advice.
  /// - Returns: The fit; its score never depends on any other posting or resume.
  public func score(_ posting: PreparedPosting, _ resume: PreparedResume, details: Bool = true) -> FitResult {
    let describe = Describer(enabled: details)
    let weights = model.weights
    let coverage = coverage(of: posting.analysis)
    let level = levelPart(posting.analysis.role, resume.analysis.role, maximum: weights.level, describe: describe)
    let role = rolePart(
      posting.analysis.role, resume.analysis.role, levelFit: level.value, maximum: weights.role, describe: describe)
    let competencies = competencyFits(posting.analysis, resume.analysis, maximum: weights.competencies * coverage)
    let competencyValue = competencies.reduce(0) { $0 + $1.emphasis * $1.strength }
    let competencyPart = FitPart(
      kind: .competencies, value: competencyValue, maximum: weights.competencies * coverage,
      detail: describe(
        String(
          format: "Σ emphasis × strength over %d competencies; lexicon coverage %.2f scales the weight",
          competencies.count, coverage)))
    let checks = RequirementChecker.checks(posting: posting.analysis, resume: resume.analysis)
    let totalWeight = checks.reduce(0) { $0 + $1.weight }
    let requirementValue = totalWeight > 0 ? checks.reduce(0) { $0 + $1.weight * $1.satisfaction } / totalWeight : 1
    let requirementPart = FitPart(
      kind: .requirements, value: requirementValue, maximum: weights.requirements,
      detail: describe(
        totalWeight > 0
          ? String(format: "%d checks, Σ weight × satisfaction / Σ weight", checks.count)
          : "the posting states no years, degree or certification"))
    let cosine = posting.vector.cosine(resume.vector)
    let textPart = FitPart(
      kind: .text, value: min(1, cosine / model.textSaturation),
      maximum: weights.text + weights.competencies * (1 - coverage),
      detail: describe(String(format: "TF-IDF cosine %.3f; full at %.2f", cosine, model.textSaturation)), raw: cosine)
    let parts = [role, level, competencyPart, requirementPart, textPart]
    let total = parts.reduce(0) { $0 + $1.points }
    let score = min(100, max(0, Int(total.rounded())))
    var result = FitResult(
      score: score, band: FitBand(score: score), parts: parts, coverage: coverage,
      notes: details ? notes(posting.analysis.role, resume.analysis.role) : [],
      posting: FitResult.Posting(
        source: posting.analysis.source, title: posting.analysis.title, company: posting.analysis.company,
        location: posting.analysis.location),
      resume: resume.analysis.source, competencies: competencies, requirements: checks,
      keywords: keywordFits(posting.keywords, resumeKeys: resume.keys), advice: [])
    if details { result.advice = AdviceWriter.advice(for: result, resume: resume.analysis) }
    return result
  }

  /// How much of a full product-leadership posting's lexicon evidence a posting has.
  ///
  /// - Parameter posting: The posting's analysis.
  /// - Returns: 0–1; the competency part's weight is scaled by it, the rest goes to the text part.
  public func coverage(of posting: PostingAnalysis) -> Double {
    min(1, posting.competencies.reduce(0) { $0 + $1.weightedHits } / model.fullCoverageHits)
  }

  private func rolePart(
    _ posting: RoleProfile, _ resume: RoleProfile, levelFit: Double, maximum: Double, describe: Describer
  ) -> FitPart {
    guard let family = posting.primaryFamily else {
      return FitPart(
        kind: .role, value: model.unknownRole, maximum: maximum,
        detail: describe("the posting's title names no known role family"))
    }
    let wanted = describe("posting: \(roles.name(of: family)) (\(posting.families.first?.title ?? ""))")
    guard !resume.families.isEmpty else {
      return FitPart(
        kind: .role, value: model.unknownRole, maximum: maximum,
        detail: describe("\(wanted); resume: no title held names a known family"))
    }
    let share = resume.share(of: family)
    let floor = model.roleLevelFloor
    let factor = floor + (1 - floor) * levelFit
    return FitPart(
      kind: .role, value: share * factor, maximum: maximum,
      detail: describe {
        let held = resume.families.prefix(3).map {
          String(format: "%@ %.0f%%", roles.name(of: $0.family), $0.share * 100)
        }
        let atLevel =
          factor < 1
          ? String(
            format: "; × %.2f for the level (%.2f + %.2f × level fit %.2f)", factor, floor, 1 - floor, levelFit) : ""
        return "\(wanted); resume \(resume.familySource ?? "titles held"): \(held.joined(separator: ", "))\(atLevel)"
      },
      raw: share)
  }

  private func levelPart(_ posting: RoleProfile, _ resume: RoleProfile, maximum: Double, describe: Describer) -> FitPart
  {
    let sides = describe(
      "posting \(RoleProfile.rungName(posting.rung)) (\(posting.rungSource ?? "unknown")); "
        + "resume \(RoleProfile.rungName(resume.rung)) (\(resume.rungSource ?? "unknown"))")
    guard let postingRung = posting.rung, let resumeRung = resume.rung else {
      return FitPart(kind: .level, value: model.unknownLevel, maximum: maximum, detail: sides)
    }
    let steps = resumeRung - postingRung
    return FitPart(
      kind: .level, value: model.levelValue(steps: steps), maximum: maximum,
      detail: describe {
        let gap = steps == 0 ? "same rung" : steps > 0 ? "\(steps) above" : "\(-steps) below"
        return "\(sides): \(gap)" + (maximum == 0 ? "; counted in the role part" : "")
      },
      raw: Double(steps))
  }

  private func notes(_ posting: RoleProfile, _ resume: RoleProfile) -> [String] {
    guard let lexiconFamily else { return [] }
    var notes: [String] = []
    if let family = resume.primaryFamily, family != lexiconFamily {
      notes.append(
        "Your resume reads as \(roles.name(of: family)); the competency part uses the \(lexiconName) lexicon, so it says little about your field. Role, level, requirements and text similarity carry the score."
      )
    }
    if let family = posting.primaryFamily, family != lexiconFamily {
      notes.append(
        "This posting is a \(roles.name(of: family)) role; it is scored mostly on its title, level, requirements and words, as the \(lexiconName) lexicon covers little of it."
      )
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
        strength >= Self.matchedStrength ? .matched : (strength > 0 ? .weak : .missing)
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
      .sorted { ($0.1, $1.0.key) > ($1.1, $0.0.key) }.prefix(Self.keywordLimit).map { term, weight in
        KeywordFit(term: term.surface, weight: weight, found: resumeKeys.contains(term.key))
      }
  }
}

/// Builds explanation text only when it will be shown.
private struct Describer {
  let enabled: Bool

  func callAsFunction(_ text: @autoclosure () -> String) -> String {
    enabled ? text() : ""
  }

  func callAsFunction(_ text: () -> String) -> String {
    enabled ? text() : ""
  }
}
