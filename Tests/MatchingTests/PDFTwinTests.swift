import Foundation
import TestSupport
import Testing

@testable import Matching

@Suite("The same resume as .docx and as a two-column .pdf")
struct PDFTwinTests {
  static let postings = Fixtures.postingNames()

  @Test("scores within 3 points and matches the same competencies", arguments: postings)
  func sameFit(name: String) throws {
    let target = try posting(name)
    let scorer = fitScorer
    let word = scorer.score(target, try resume("vp-product-morgan-ellis.docx"))
    let pdf = scorer.score(target, try resume("vp-product-morgan-ellis.pdf"))
    #expect(abs(word.score - pdf.score) <= 3, "\(name): docx \(word.score), pdf \(pdf.score)")
    func matched(_ fit: FitResult) -> [String] { fit.competencies.filter { $0.status == .matched }.map(\.id) }
    #expect(matched(pdf) == matched(word), "\(name)")
  }
}
