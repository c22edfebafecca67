import Analysis
import Foundation
import Requirements

/// Scores a resume against a posting, 0–100, in three parts that add up:
///
/// - **Competencies (60 points):** 60 × Σ emphasis × strength, over the competencies the posting asks
///   for. Emphasis is the posting's share (summing to 1, weighted by section so requirements count
///   more than nice-to-haves; in a batch, competencies every posting asks for count less). Strength is
///   the resume's saturating evidence, 1 − e^(−hits/2).
/// - **Requirements (25 points):** 25 × Σ weight × satisfaction / Σ weight over the checks: years,
///   each degree, each certification, seniority of the title and role family. A required item weighs
///   1, a preferred one 0.5, so a missing required item costs twice as much. A posting with no checks
///   gives the full 25.
/// - **Keywords (15 points):** 15 × the weight share of the posting's salient terms outside the
///   lexicon that the resume contains (half when the posting has none).
///
/// A posting that barely uses the lexicon (a nurse or backend-engineer posting scored with the product
/// leadership lexicon) says little in competency terms: the competency part is scaled by the posting's
/// coverage, min(1, weighted hits / ``fullCoverageHits``), and the points it gives up go to keywords.
public struct FitScorer: Sendable {
  public static let competencyPoints = 60.0
  public static let requirementPoints = 25.0
  public static let keywordPoints = 15.0
  /// How many keywords of a posting are scored.
  public static let keywordLimit = 15
  /// Weighted lexicon hits from which a posting's competency profile is fully trusted.
  public static let fullCoverageHits = 15.0
  /// Strength from which a competency counts as matched.
  public static let matchedStrength = 0.6

  /// Corpus statistics for batch weighting.
  public let statistics: BatchStatistics

  /// Creates a scorer; `statistics` defaults to a batch of one (no batch weighting).
  public init(statistics: BatchStatistics = .single) {
    self.statistics = statistics
  }

  /// The fit of `resume` for `posting`; without `advice`, the advice lines are left empty (ranking rows
  /// need only the score and the gaps).
  public func score(_ posting: PreparedPosting, _ resume: PreparedResume, advice: Bool = true) -> FitResult {
    let coverage = Self.coverage(of: posting.analysis)
    let competencyMaximum = Self.competencyPoints * coverage
    let keywordMaximum = Self.keywordPoints + Self.competencyPoints * (1 - coverage)
    let competencies = competencyFits(posting.analysis, resume.analysis, maximum: competencyMaximum)
    let competencyScore = competencies.reduce(0) { $0 + $1.points }
    let checks = RequirementChecker.checks(posting: posting.analysis, resume: resume)
    let totalWeight = checks.reduce(0) { $0 + $1.weight }
    let requirementScore = totalWeight > 0
      ? Self.requirementPoints * checks.reduce(0) { $0 + $1.weight * $1.satisfaction } / totalWeight
      : Self.requirementPoints
    let keywords = keywordFits(posting.keywords, resumeKeys: resume.keys)
    let keywordWeight = keywords.reduce(0) { $0 + $1.weight }
    let keywordShare = keywordWeight > 0 ? keywords.filter(\.found).reduce(0) { $0 + $1.weight } / keywordWeight : 0.5
    let keywordScore = keywordMaximum * keywordShare
    let total = Int((competencyScore + requirementScore + keywordScore).rounded())
    let score = min(100, max(0, total))
    var result = FitResult(
      score: score, band: FitBand(score: score),
      parts: FitResult.Parts(
        competencies: competencyScore, requirements: requirementScore, keywords: keywordScore,
        competencyMaximum: competencyMaximum, keywordMaximum: keywordMaximum, coverage: coverage),
      posting: FitResult.Posting(
        source: posting.analysis.source, title: posting.analysis.title, company: posting.analysis.company,
        location: posting.analysis.location),
      resume: resume.analysis.source, competencies: competencies, requirements: checks, keywords: keywords,
      advice: [])
    if advice { result.advice = AdviceWriter.advice(for: result, resume: resume.analysis) }
    return result
  }

  /// How much of a full product-leadership posting's lexicon evidence this posting has, 0–1.
  public static func coverage(of posting: PostingAnalysis) -> Double {
    min(1, posting.competencies.reduce(0) { $0 + $1.weightedHits } / fullCoverageHits)
  }

  private func competencyFits(_ posting: PostingAnalysis, _ resume: ResumeAnalysis, maximum: Double) -> [CompetencyFit] {
    let asked = posting.askedFor
    let adjusted = asked.map { $0.emphasis * statistics.competencyFactor($0.id) }
    let total = adjusted.reduce(0, +)
    var fits: [CompetencyFit] = []
    for (entry, weight) in zip(asked, adjusted) {
      let emphasis = total > 0 ? weight / total : 0
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
    let weighted = profile.terms.map { term in
      (term, term.count.squareRoot() * statistics.keywordIDF(term.key))
    }
    return weighted.sorted { ($0.1, $1.0.key) > ($1.1, $0.0.key) }.prefix(Self.keywordLimit).map { term, weight in
      KeywordFit(term: term.surface, weight: weight, found: resumeKeys.contains(term.key))
    }
  }
}
