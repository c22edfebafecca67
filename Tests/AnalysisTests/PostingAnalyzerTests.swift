import Ingest
import Requirements
import TestSupport
import Testing
import Tokenization

@testable import Analysis

@Suite("Analysing fixture postings")
struct PostingAnalyzerTests {
  static let analyzer = PostingAnalyzer(lexicon: DefaultLexiconTests.lexicon)

  private func analyze(_ name: String) throws -> PostingAnalysis {
    Self.analyzer.analyze(try Ingestor().document(at: Fixtures.posting(name)))
  }

  @Test("the Head of Product posting's top three are strategy, go-to-market and leadership")
  func stableTopThree() throws {
    let analysis = try analyze("markdown-head-product-pinecone.md")
    #expect(analysis.competencies.prefix(3).map(\.id) == ["product-strategy", "go-to-market", "team-leadership"])
  }

  @Test(
    "product-leadership postings put strategy, roadmap and leadership among their top competencies",
    arguments: [
      "markdown-head-product-pinecone.md", "win1252-vp-product-caffe.html", "broken-markup-vp-product-quarry.html",
    ])
  func leadershipCore(name: String) throws {
    let top = try analyze(name).competencies.prefix(6).map(\.id)
    for id in ["product-strategy", "roadmap-prioritization", "team-leadership"] {
      #expect(top.contains(id), "\(name): \(top)")
    }
  }

  @Test("emphasis shares sum to 1 and each asked-for competency quotes its evidence")
  func evidence() throws {
    let analysis = try analyze("greenhouse-cpo-lumora.html")
    let total = analysis.competencies.reduce(0) { $0 + $1.emphasis }
    #expect(abs(total - 1) < 1e-9)
    for entry in analysis.askedFor {
      let first = try #require(entry.evidence.first, "\(entry.id) has no evidence")
      #expect(first.sentence.contains(first.phrase))
    }
    let strategy = try #require(analysis.competencies.first { $0.id == "product-strategy" })
    #expect(strategy.evidence.contains { $0.sentence.contains("Set a clear, multi-year product vision") })
  }

  @Test("the unrelated nurse posting asks for almost none of a CPO's competencies")
  func unrelatedPosting() throws {
    let nurse = try analyze("registered-nurse-stmarys.html")
    let cpo = try analyze("greenhouse-cpo-lumora.html")
    #expect(nurse.askedFor.count <= 3)
    #expect(cpo.askedFor.count >= 12)
  }

  @Test("requirements of the CPO posting, text and JSON-LD together")
  func requirements() throws {
    let greenhouse = try analyze("greenhouse-cpo-lumora.html").requirements
    #expect(greenhouse.experience?.minYears == 15)
    #expect(greenhouse.seniority == .chief)
    #expect(greenhouse.teamSize?.people == 60)
    #expect(greenhouse.workplace?.arrangement == .hybrid)
    #expect(
      greenhouse.salary
        == SalaryRange(
          min: 310_000, max: 360_000, currency: "USD", period: .year,
          evidence: try #require(greenhouse.salary?.evidence)))
    #expect(greenhouse.degrees.contains { $0.level == .bachelor && $0.importance == .required })
    #expect(greenhouse.degrees.contains { $0.level == .mba && $0.importance == .preferred })
    let orbit = try analyze("jsonld-only-shell-cpo-orbitpay.html").requirements
    #expect(orbit.experience?.minYears == 10)
    #expect(orbit.salary?.min == 310_000)
    #expect(orbit.salary?.currency == "USD")
  }

  @Test(
    "headings decide what a section counts for",
    arguments: [
      ("What you bring", SectionKind.requirements), ("What you’ll bring", .requirements), ("Nice to have", .preferred),
      ("Bonus points", .preferred), ("About us", .about), ("About you", .requirements),
      ("About the role", .responsibilities),
      ("Compensation & benefits", .benefits), ("What you'll do", .responsibilities), ("How to apply", .application),
    ])
  func sectionKinds(heading: String, kind: SectionKind) {
    #expect(SectionKind.classify(heading, in: .posting) == kind)
  }
}
