import Analysis
import Foundation
import Ingest
import TestSupport
import Testing

@testable import Matching

/// The family and level gate on hand-built role profiles: table-driven, no documents.
@Suite("Family and level gate")
struct GateTests {
  private func role(_ families: [(String, Double)], rung: Int?) -> RoleProfile {
    RoleProfile(
      title: "t", families: families.map { RoleProfile.FamilyShare(family: $0.0, share: $0.1, title: "t") }, rung: rung,
      rungSource: rung == nil ? nil : "title")
  }

  @Test(
    "relation and factor by family",
    arguments: [
      ("product", [("product", 1.0)], FitGate.FamilyRelation.same),
      ("design", [("product", 1.0)], .related),
      ("healthcare", [("product", 1.0)], .other),
      ("product", [], .resumeUnknown),
    ])
  func family(posting: String, resume: [(String, Double)], relation: FitGate.FamilyRelation) {
    let gate = fitScorer.gate(role([(posting, 1)], rung: 2), role(resume, rung: 2))
    #expect(gate.relation == relation)
    switch relation {
    case .same, .resumeUnknown, .postingUnknown: #expect(gate.familyFactor == 1)
    case .related:
      #expect(gate.familyFactor < 1 && gate.familyFactor > fitScorer.model.family.other)
    case .other: #expect(gate.familyFactor == fitScorer.model.family.other)
    }
  }

  @Test("a family held in one early role counts in proportion, not fully")
  func strayTitle() {
    let posting = role([("data/ml", 1)], rung: 1)
    let mostly = fitScorer.gate(posting, role([("software-engineering", 0.85), ("data/ml", 0.15)], rung: 1))
    let fully = fitScorer.gate(posting, role([("data/ml", 1)], rung: 1))
    #expect(mostly.familyFactor < fully.familyFactor)
    // …and a stray early title of another family costs a same-family resume nothing.
    let pm = fitScorer.gate(role([("product", 1)], rung: 2), role([("product", 0.8), ("data/ml", 0.2)], rung: 2))
    #expect(pm.familyFactor == 1)
  }

  @Test("the level factor falls with distance on either side, and three rungs away is far below two")
  func level() {
    let posting = role([("product", 1)], rung: 3)
    let factors = (0...5).map { fitScorer.gate(posting, role([("product", 1)], rung: $0)).levelFactor }
    #expect(factors[3] == 1)
    #expect(factors[0] < factors[1] && factors[1] < factors[2] && factors[2] <= factors[3])
    #expect(factors[5] < factors[4] && factors[4] <= factors[3])
    let far = fitScorer.gate(role([("product", 1)], rung: 4), role([("product", 1)], rung: 1)).levelFactor
    #expect(far < factors[1] * 0.5, "three rungs below: \(far); two: \(factors[1])")
  }

  @Test("an unreadable title is judged on content: a README among resumes is not given half the points")
  func unreadTitle() throws {
    let cpo = try posting("greenhouse-cpo-lumora.html")
    let text = """
      # tidewatch

      A small command-line tool that watches tide tables and prints the next high water.

      ## Install

      Run `make install`. It needs a C compiler and libcurl.

      ## Usage

      `tidewatch --station 8443970` prints the next two tides for that station, one per line.
      """
    let readme = preparer.resume(try Ingestor().document(bytes: Array(text.utf8), source: "README.md"))
    let fit = fitScorer.score(cpo, readme)
    #expect(fit.gate.relation == .resumeUnknown)
    #expect(fit.notes.contains(.resumeFamilyUnknown))
    #expect(fit.score < FitBand.weak.threshold, "\(fit.score)")
    let vp = fitScorer.score(cpo, try resume("vp-product-morgan-ellis.md"))
    #expect(vp.score - fit.score >= 40)
  }

  @Test("a posting whose title cannot be read is judged on content and says so")
  func untitledPosting() throws {
    let text = """
      We need someone to own our roadmap and talk to customers every week.

      Requirements
      - 8+ years of experience
      - SQL and Amplitude
      """
    let document = try Ingestor().document(bytes: Array(text.utf8), source: "untitled.txt")
    let prepared = preparer.posting(document)
    let fit = fitScorer.score(prepared, try resume("vp-product-morgan-ellis.md"))
    #expect(fit.gate.relation == .postingUnknown)
    #expect(fit.notes.contains(.postingFamilyUnknown))
  }

  @Test("skill gaps come with the posting's sentence and are ordered by the points they would add")
  func skillGaps() throws {
    let fit = fitScorer.score(
      try posting("senior-software-engineer-ardent.html"), try resume("engineering-manager-tomas-reyes.html"))
    let gains = fit.skills.missing.map(\.gain)
    #expect(!gains.isEmpty)
    #expect(gains == gains.sorted(by: >))
    #expect(fit.skills.missing.allSatisfy { $0.postingEvidence != nil })
    #expect(fit.skills.missing.allSatisfy { !$0.isShown && $0.gain > 0 })
  }
}
