import Foundation
import Ingest
import Requirements
import TestSupport
import Testing

@testable import Analysis

@Suite("Analysing a JSON Resume")
struct JSONResumeAnalysisTests {
  /// 2024-06-01, the as-of date of the resume fixtures.
  static let analyzer = ResumeAnalyzer(
    lexicon: DefaultLexiconTests.lexicon, asOf: Date(timeIntervalSince1970: 1_717_200_000))

  private func analysis() throws -> ResumeAnalysis {
    Self.analyzer.analyze(try Ingestor().document(at: Fixtures.resume("director-product-avery-quinn.json")))
  }

  @Test("work entries become dated roles: exact months, years and highest seniority")
  func career() throws {
    let career = try analysis().career
    #expect(
      career.roles.map(\.title) == [
        "Director of Product", "Group Product Manager", "Senior Product Manager", "Product Manager",
      ])
    func month(_ year: Int, _ month: Int) -> Int { year * 12 + month - 1 }
    // "2013" alone is read as its middle, July.
    #expect(career.roles.map(\.startMonth) == [month(2021, 3), month(2018, 6), month(2015, 9), month(2013, 7)])
    // An end month counts in full, so each role ends where the next one starts; "Present" is the as-of month.
    #expect(career.roles.map(\.endMonth) == [month(2024, 6), month(2021, 3), month(2018, 6), month(2015, 9)])
    #expect(career.roles.map(\.isCurrent) == [true, false, false, false])
    // 39 + 33 + 33 + 26 months, back to back: 131 months.
    #expect(career.years == 10.9)
    #expect(career.highestSeniority == .director)
    #expect(career.currentTitle == "Director of Product")
  }

  @Test("education gives degrees, certificates give certifications, highlights give competencies")
  func facts() throws {
    let analysis = try analysis()
    #expect(analysis.title == "Avery Quinn — Director of Product")
    #expect(analysis.degrees.map(\.level) == [.bachelor, .mba])
    #expect(analysis.certifications.map(\.name) == ["CSPO"])
    let goToMarket = try #require(analysis.competencies.first { $0.id == "go-to-market" })
    #expect(goToMarket.weightedHits > 0)
    #expect(goToMarket.evidence.contains { $0.sentence.hasPrefix("Led the go-to-market launch of Larkspur Pulse") })
  }
}
