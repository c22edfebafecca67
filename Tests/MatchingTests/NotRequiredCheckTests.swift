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
}
