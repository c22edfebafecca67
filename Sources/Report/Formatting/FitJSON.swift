import Analysis
import Matching

/// A fit as `score --format json` and `rank --format json` write it: the fit's facts with the words Report
/// writes for them (each part's `detail`, the `notes`, each requirement's `requirement` and `found`, the
/// `advice`), under the keys these outputs have always had.
struct FitJSON: Encodable {
  let fit: FitResult

  private enum Keys: String, CodingKey {
    case advice, band, competencies, coverage, gate, keywords, notes, parts, posting, requirements, resume, score
    case skills
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(AdviceWriter.advice(for: fit), forKey: .advice)
    try container.encode(fit.band, forKey: .band)
    try container.encode(fit.competencies, forKey: .competencies)
    try container.encode(fit.coverage, forKey: .coverage)
    try container.encode(Gate(gate: fit.gate), forKey: .gate)
    try container.encode(fit.keywords, forKey: .keywords)
    try container.encode(FitWording.notes(fit), forKey: .notes)
    try container.encode(fit.parts.map { Part(part: $0, detail: FitWording.detail($0, of: fit)) }, forKey: .parts)
    try container.encode(fit.posting, forKey: .posting)
    try container.encode(fit.requirements.map(Check.init), forKey: .requirements)
    try container.encode(fit.resume, forKey: .resume)
    try container.encode(fit.score, forKey: .score)
    try container.encode(fit.skills, forKey: .skills)
  }

  /// A part with its words.
  private struct Part: Encodable {
    let part: FitPart
    let detail: String

    enum Keys: String, CodingKey { case detail, kind, maximum, points, raw, value }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(detail, forKey: .detail)
      try container.encode(part.kind, forKey: .kind)
      try container.encode(part.maximum, forKey: .maximum)
      try container.encode(part.points, forKey: .points)
      try container.encode(part.raw, forKey: .raw)
      try container.encode(part.value, forKey: .value)
    }
  }

  /// A requirement check with what it asks and what was found in words.
  private struct Check: Encodable {
    let check: RequirementCheck

    enum Keys: String, CodingKey {
      case kind, requirement, required, weight, satisfaction, found, minYears, yearsShown, degreeAsked, degreeShown
      case equivalentExperience, held
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(check.kind, forKey: .kind)
      try container.encode(FitWording.requirement(check), forKey: .requirement)
      try container.encode(check.required, forKey: .required)
      try container.encode(check.weight, forKey: .weight)
      try container.encode(check.satisfaction, forKey: .satisfaction)
      try container.encode(FitWording.found(check), forKey: .found)
      try container.encodeIfPresent(check.minYears, forKey: .minYears)
      // The years shown are an experience check's; a degree check names them in its `found` words.
      if check.kind == .experience { try container.encodeIfPresent(check.yearsShown, forKey: .yearsShown) }
      try container.encodeIfPresent(check.degreeAsked, forKey: .degreeAsked)
      try container.encodeIfPresent(check.degreeShown, forKey: .degreeShown)
      try container.encode(check.equivalentExperience, forKey: .equivalentExperience)
      try container.encode(check.held, forKey: .held)
    }
  }

  /// The gate's factors and the families and rungs that decided them.
  private struct Gate: Encodable {
    let gate: FitGate

    enum Keys: String, CodingKey {
      case familyFactor, levelFactor, specialtyFactor, relation, postingFamily, resumeFamily, resumeFamilyShare
      case postingRung, resumeRung
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(gate.familyFactor, forKey: .familyFactor)
      try container.encode(gate.levelFactor, forKey: .levelFactor)
      try container.encode(gate.specialtyFactor, forKey: .specialtyFactor)
      try container.encode(gate.relation, forKey: .relation)
      try container.encodeIfPresent(gate.postingFamily, forKey: .postingFamily)
      try container.encodeIfPresent(gate.resumeFamily, forKey: .resumeFamily)
      try container.encode(gate.resumeFamilyShare, forKey: .resumeFamilyShare)
      try container.encodeIfPresent(gate.postingRung, forKey: .postingRung)
      try container.encodeIfPresent(gate.resumeRung, forKey: .resumeRung)
    }
  }
}

/// A ranking as `rank --format json` writes it: every field of ``Ranking``, with each detailed entry's
/// fit as ``FitJSON``.
struct RankingJSON: Encodable {
  let ranking: Ranking

  private enum Keys: String, CodingKey {
    case mode, subject, entries, skipped, scannedCount, rankedCount, filter, setAside
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(ranking.mode, forKey: .mode)
    try container.encode(ranking.subject, forKey: .subject)
    try container.encode(ranking.entries.map(Entry.init), forKey: .entries)
    try container.encode(ranking.skipped, forKey: .skipped)
    try container.encode(ranking.scannedCount, forKey: .scannedCount)
    try container.encode(ranking.rankedCount, forKey: .rankedCount)
    try container.encodeIfPresent(ranking.filter, forKey: .filter)
    try container.encode(ranking.setAside, forKey: .setAside)
  }

  private struct Entry: Encodable {
    let entry: Ranking.Entry

    enum Keys: String, CodingKey {
      case rank, score, band, title, company, location, file, topGaps, duplicates, candidate, fit, kindNote, url
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(entry.rank, forKey: .rank)
      try container.encode(entry.score, forKey: .score)
      try container.encode(entry.band, forKey: .band)
      try container.encodeIfPresent(entry.title, forKey: .title)
      try container.encodeIfPresent(entry.company, forKey: .company)
      try container.encodeIfPresent(entry.location, forKey: .location)
      try container.encode(entry.file, forKey: .file)
      try container.encode(entry.topGaps, forKey: .topGaps)
      try container.encode(entry.duplicates, forKey: .duplicates)
      try container.encodeIfPresent(entry.candidate, forKey: .candidate)
      try container.encodeIfPresent(entry.fit.map(FitJSON.init), forKey: .fit)
      try container.encodeIfPresent(entry.kindNote, forKey: .kindNote)
      try container.encodeIfPresent(entry.url, forKey: .url)
    }
  }
}
