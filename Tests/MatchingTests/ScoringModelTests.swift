import Analysis
import Foundation
import Pipeline
import TestSupport
import Testing

@testable import Matching

@Suite("Scoring model and background files")
struct ScoringModelTests {
  private func write(_ text: String, name: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test("the shipped model loads, its weights sum to 100 and its provenance names the fit")
  func shipped() throws {
    let model = try ScoringModel.load(path: Fixtures.lexicon("scoring.json"))
    #expect(abs(model.weights.total - 100) < 0.5)
    #expect(model.provenance.contains("fit-weights.py"))
    #expect(model.family.affinity("product", "design") > model.family.other)
    #expect(model.family.affinity("design", "product") == model.family.affinity("product", "design"))
    #expect(model.family.affinity("product", "product") == 1)
    #expect(model.family.affinity("product", "healthcare") == model.family.other)
  }

  @Test(
    "a broken model is refused with the file and the reason",
    arguments: [
      ("{\"weights\": 3}", "wrong type"), ("not json", "not JSON"), ("{}", "missing key"),
    ])
  func broken(text: String, reason: String) throws {
    let path = try write(text, name: "scoring.json")
    do {
      _ = try ScoringModel.load(path: path)
      Issue.record("\(text) was accepted")
    } catch let error as ScoringModelError {
      #expect(error.description.hasPrefix(path))
      #expect(error.description.contains(reason), "\(error)")
    }
  }

  @Test("weights that do not sum to 100 are refused")
  func badSum() throws {
    var model = try ScoringModel.load(path: Fixtures.lexicon("scoring.json"))
    model.weights.skills += 10
    let path = try write(String(decoding: try JSONEncoder().encode(model), as: UTF8.self), name: "scoring.json")
    #expect(throws: ScoringModelError.self) { try ScoringModel.load(path: path) }
  }

  @Test("thresholds outside their range are refused, naming the key", arguments: ["matched", "preferred", "years"])
  func badThresholds(which: String) throws {
    var model = try ScoringModel.load(path: Fixtures.lexicon("scoring.json"))
    switch which {
    case "matched": model.thresholds.matchedStrength = 1.5
    case "preferred": model.thresholds.preferredWeight = -0.1
    default: model.thresholds.equivalentExperienceYears = -1
    }
    let path = try write(String(decoding: try JSONEncoder().encode(model), as: UTF8.self), name: "scoring.json")
    #expect {
      try ScoringModel.load(path: path)
    } throws: { error in
      (error as? ScoringModelError)?.description.contains("thresholds") == true
    }
  }

  @Test("a skill last used years ago counts less, never below the floor; a bad rule is refused")
  func recency() throws {
    let rule = ScoringModel.Recency(halfLifeYears: 8, floor: 0.4)
    #expect(rule.factor(monthsAgo: 0) == 1)
    #expect(abs(rule.factor(monthsAgo: 96) - 0.5) < 1e-9)
    #expect(rule.factor(monthsAgo: 600) == 0.4)
    // In a fit: the same resume, its Perl shown in a role that ended eight years before its date.
    var model = try ScoringModel.load(path: Fixtures.lexicon("scoring.json"))
    let posting = SkillProfile(entries: [SkillProfile.Entry(skill: 0, id: "perl", name: "Perl", weight: 1, mentions: 1)]
    )
    let resume = SkillProfile(entries: [
      SkillProfile.Entry(skill: 0, id: "perl", name: "Perl", weight: 2, mentions: 2, lastUsed: 2016 * 12)
    ])
    let lexicon = try LexiconLoader.load(path: Fixtures.lexicon("cpo.yaml"))
    model.skillShape.recency = nil
    let now = FitScorer(model: model, lexicon: lexicon).skillFit(posting, resume, asOf: 2024 * 12)
    model.skillShape.recency = rule
    let then = FitScorer(model: model, lexicon: lexicon).skillFit(posting, resume, asOf: 2024 * 12)
    #expect(abs(then.coverage - now.coverage * 0.5) < 1e-9, "\(then.coverage) vs \(now.coverage)")
    model.skillShape.recency = ScoringModel.Recency(halfLifeYears: 0, floor: 0.4)
    let path = try write(String(decoding: try JSONEncoder().encode(model), as: UTF8.self), name: "scoring.json")
    #expect(throws: ScoringModelError.self) { try ScoringModel.load(path: path) }
  }

  @Test("background frequencies: rare terms weigh more, unseen most; a bad line names its number")
  func background() throws {
    let idf = try BackgroundFrequencies.load(path: try write("# documents\t10\nteam\t9\nkubernet\t1\n", name: "df.tsv"))
    #expect(idf.weight(TermVector.hash("team")) < idf.weight(TermVector.hash("kubernet")))
    #expect(idf.weight(TermVector.hash("kubernet")) < idf.weight(TermVector.hash("never-seen")))
    let bad = try write("# documents\t10\nteam nine\n", name: "df.tsv")
    do {
      _ = try BackgroundFrequencies.load(path: bad)
      Issue.record("a malformed table was accepted")
    } catch let error as ScoringModelError {
      #expect(error.description.contains("line 2"))
    }
  }

  @Test("cosine of term vectors: identical texts 1, disjoint 0, symmetric")
  func cosine() {
    let a = TermVector(terms: [1, 5, 9], weights: [0.6, 0.8, 0])
    let b = TermVector(terms: [2, 5], weights: [0.6, 0.8])
    #expect(abs(a.cosine(a) - 1) < 1e-6)
    #expect(a.cosine(TermVector(terms: [3], weights: [1])) == 0)
    #expect(abs(a.cosine(b) - b.cosine(a)) < 1e-12)
    #expect(abs(a.cosine(b) - 0.64) < 1e-6)
  }
}
