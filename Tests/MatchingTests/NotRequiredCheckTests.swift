import Analysis
import Foundation
import Ingest
import TestSupport
import Testing

@testable import Matching

@Suite("Requirements a posting only mentions")
struct NotRequiredCheckTests {
  @Test("an MBA or a certification that a posting only mentions is never checked against the resume")
  func notChecked() throws {
    let text = """
      Chief Product Officer

      Many CPOs hold an MBA. Some CPOs also pursue certifications such as CSPO or PMP. While these \
      certifications are not always required, they can bolster a CPO's credibility.

      Requirements:
      - 10+ years of product management experience
      """
    let document = try Ingestor().document(bytes: Array(text.utf8), source: "cpo.txt")
    let target = preparer.posting(document)
    #expect(target.analysis.requirements.degrees.map(\.importance) == [.notRequired])
    #expect(target.analysis.requirements.certifications.allSatisfy { $0.importance == .notRequired })
    let fit = fitScorer.score(target, try resume("senior-pm-priya-natarajan.txt"))
    #expect(!fit.requirements.contains { $0.kind == .degree || $0.kind == .certification })
    #expect(fit.requirements.contains { $0.kind == .experience && $0.required })
  }

  @Test("checks carry what was asked and shown as values")
  func typedChecks() throws {
    let text = """
      Head of Product

      Requirements:
      - 20+ years of product management experience
      - An MBA is required
      """
    let target = preparer.posting(try Ingestor().document(bytes: Array(text.utf8), source: "head.txt"))
    let fit = fitScorer.score(target, try resume("senior-pm-priya-natarajan.txt"))
    let years = try #require(fit.requirements.first { $0.kind == .experience })
    #expect(years.minYears == 20)
    let shown = try #require(years.yearsShown)
    #expect(shown > 5 && shown < 20)
    #expect(!years.met)
    let degree = try #require(fit.requirements.first { $0.kind == .degree })
    #expect(degree.degreeAsked == .mba)
    #expect(degree.degreeShown != .mba)
    #expect(degree.required && !degree.met && !degree.equivalentExperience)
    // A resume without dated roles: no years shown.
    let undated = preparer.resume(
      try Ingestor().document(
        bytes: Array("# Sam Reed\n\nProduct Manager at Lattice Apps. I lead the roadmap.\n".utf8), source: "sam.md"))
    let bare = fitScorer.score(target, undated)
    #expect(bare.requirements.first { $0.kind == .experience }?.yearsShown == nil)
  }
}
