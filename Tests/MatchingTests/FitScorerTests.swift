import Analysis
import Foundation
import Ingest
import Testing
import TestSupport

@testable import Matching

/// The resumes' "Present" is read as of 2024-06-01, the date their README counts years to.
let asOf = Date(timeIntervalSince1970: 1_717_200_000)

let preparer: Preparer = {
  do {
    return Preparer(lexicon: try LexiconLoader.load(path: Fixtures.lexicon("cpo.yaml")), asOf: asOf)
  } catch {
    fatalError("the default lexicon does not load: \(error)")
  }
}()

func posting(_ name: String) throws -> PreparedPosting {
  preparer.posting(try Ingestor().document(at: Fixtures.posting(name)))
}

func resume(_ name: String) throws -> PreparedResume {
  preparer.resume(try Ingestor().document(at: Fixtures.resume(name)))
}

@Suite("Fit scores")
struct FitScorerTests {
  static let leadershipPostings = [
    "greenhouse-cpo-lumora.html", "lever-vp-product-tidewater.html", "jsonld-only-shell-cpo-orbitpay.html",
    "markdown-head-product-pinecone.md",
  ]
  static let unrelatedPostings = ["registered-nurse-stmarys.html", "senior-software-engineer-ardent.html"]

  @Test("the VP of Product resume scores the CPO/VP postings above unrelated ones")
  func vpOrdering() throws {
    let vp = try resume("vp-product-morgan-ellis.md")
    let scorer = FitScorer()
    let leadership = try Self.leadershipPostings.map { scorer.score(try posting($0), vp).score }
    let unrelated = try Self.unrelatedPostings.map { scorer.score(try posting($0), vp).score }
    #expect(try #require(leadership.min()) > (try #require(unrelated.max())) + 15, "\(leadership) vs \(unrelated)")
    #expect(try #require(leadership.min()) >= FitBand.good.threshold, "\(leadership)")
  }

  @Test("the new graduate scores far lower than the VP on the same postings", arguments: leadershipPostings)
  func newGraduate(name: String) throws {
    let target = try posting(name)
    let scorer = FitScorer()
    let vp = scorer.score(target, try resume("vp-product-morgan-ellis.md"))
    let graduate = scorer.score(target, try resume("new-grad-jamie-lindqvist.txt"))
    #expect(vp.score - graduate.score >= 30, "\(name): VP \(vp.score), graduate \(graduate.score)")
    #expect(graduate.band <= .weak)
    #expect(graduate.unmetRequirements.contains { $0.kind == .experience && $0.required })
  }

  @Test("the parts add up to the score and every competency's points are emphasis × strength")
  func arithmetic() throws {
    let fit = FitScorer().score(try posting("greenhouse-cpo-lumora.html"), try resume("senior-pm-priya-natarajan.txt"))
    let sum = fit.parts.competencies + fit.parts.requirements + fit.parts.keywords
    #expect(Int(sum.rounded()) == fit.score)
    #expect(abs(fit.competencies.reduce(0) { $0 + $1.emphasis } - 1) < 1e-9)
    for competency in fit.competencies {
      #expect(abs(competency.points - fit.parts.competencyMaximum * competency.emphasis * competency.strength) < 1e-9)
    }
    #expect(abs(fit.parts.competencies - fit.competencies.reduce(0) { $0 + $1.points }) < 1e-9)
  }

  @Test("repeating a phrase twenty times does not buy fit")
  func saturation() throws {
    let once = ResumeAnalysis.strength(weightedHits: 1)
    let four = ResumeAnalysis.strength(weightedHits: 4)
    let twenty = ResumeAnalysis.strength(weightedHits: 20)
    #expect(once > 0.35 && once < 0.45)
    #expect(twenty - four < 0.14)
    #expect(twenty <= 1)
  }

  @Test("a Director is one step short of a Chief role; a nurse is not close")
  func seniorityAndFamily() throws {
    let cpo = try posting("greenhouse-cpo-lumora.html")
    let scorer = FitScorer()
    let engineer = scorer.score(cpo, try resume("engineering-manager-tomas-reyes.html"))
    let family = try #require(engineer.requirements.first { $0.kind == .roleFamily })
    #expect(family.satisfaction < 1)
    let vp = scorer.score(cpo, try resume("vp-product-morgan-ellis.md"))
    #expect(vp.requirements.first { $0.kind == .seniority }?.met == true)
    #expect(RequirementChecker.rung(.chief) - RequirementChecker.rung(.director) == 1)
    #expect(RequirementChecker.fieldWords(of: "Chief Product Officer") == ["product"])
  }

  @Test("gaps are ordered by the points they would add, and advice names them")
  func gapsAndAdvice() throws {
    let fit = FitScorer().score(try posting("greenhouse-cpo-lumora.html"), try resume("marketing-lead-sade-okafor.md"))
    let gains = fit.gaps.map(\.gain)
    #expect(gains == gains.sorted(by: >))
    #expect(!fit.advice.isEmpty)
    let top = try #require(fit.gaps.first)
    #expect(fit.advice.contains { $0.contains(top.name.lowercased()) })
  }

  @Test("the same resume as .md and .docx scores the same")
  func docxTwin() throws {
    let docx = Fixtures.resume("vp-product-morgan-ellis.docx")
    guard (try? Ingestor().document(at: docx)) != nil else {
      Issue.record("the .docx resume could not be read")
      return
    }
    let target = try posting("greenhouse-cpo-lumora.html")
    let markdown = FitScorer().score(target, try resume("vp-product-morgan-ellis.md"))
    let word = FitScorer().score(target, try resume("vp-product-morgan-ellis.docx"))
    #expect(abs(markdown.score - word.score) <= 3)
  }
}
