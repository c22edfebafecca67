import Analysis
import Foundation
import Ingest
import Pipeline
import TestSupport
import Testing

@testable import Matching

/// The resumes' "Present" is read as of 2024-06-01, the date their README counts years to.
let asOf = Date(timeIntervalSince1970: 1_717_200_000)

/// The lexicon with the shipped scoring model and background beside it, as the CLI loads them.
let setup: ScoringSetup = {
  do {
    return try ScoringSetup.load(
      lexiconPath: Fixtures.lexicon("cpo.yaml"), asOf: asOf, cacheDirectory: Fixtures.cacheDirectory)
  } catch {
    fatalError("the default lexicon does not load: \(error)")
  }
}()
let preparer = setup.preparer
let fitScorer = setup.scorer

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
    let scorer = fitScorer
    let leadership = try Self.leadershipPostings.map { scorer.score(try posting($0), vp).score }
    let unrelated = try Self.unrelatedPostings.map { scorer.score(try posting($0), vp).score }
    #expect(try #require(leadership.min()) > (try #require(unrelated.max())) + 15, "\(leadership) vs \(unrelated)")
    #expect(try #require(leadership.min()) >= FitBand.good.threshold, "\(leadership)")
  }

  @Test("the new graduate scores far lower than the VP on the same postings", arguments: leadershipPostings)
  func newGraduate(name: String) throws {
    let target = try posting(name)
    let scorer = fitScorer
    let vp = scorer.score(target, try resume("vp-product-morgan-ellis.md"))
    let graduate = scorer.score(target, try resume("new-grad-jamie-lindqvist.txt"))
    #expect(vp.score - graduate.score >= 30, "\(name): VP \(vp.score), graduate \(graduate.score)")
    #expect(graduate.band <= .weak)
    #expect(graduate.unmetRequirements.contains { $0.kind == .experience && $0.required })
  }

  @Test("the parts add up to the score and every competency's points are emphasis × strength")
  func arithmetic() throws {
    let fit = fitScorer.score(try posting("greenhouse-cpo-lumora.html"), try resume("senior-pm-priya-natarajan.txt"))
    #expect(fit.parts.map(\.kind) == FitPart.Kind.allCases)
    let sum = fit.parts.reduce(0) { $0 + $1.points }
    #expect(Int(sum.rounded()) == fit.score)
    // Role and level are factors, not points; the content parts' maxima add up to 100 × the gate before
    // the content curve.
    #expect(fit.part(.role)?.maximum == 0 && fit.part(.level)?.maximum == 0)
    let maxima = fit.parts.reduce(0) { $0 + $1.maximum }
    #expect(maxima <= 100 * fit.gate.factor / fitScorer.model.contentScale + 1e-6)
    #expect(abs(fit.competencies.reduce(0) { $0 + $1.emphasis } - 1) < 1e-9)
    let competencies = try #require(fit.part(.competencies))
    for competency in fit.competencies {
      #expect(abs(competency.points - competencies.maximum * competency.emphasis * competency.strength) < 1e-9)
    }
    #expect(abs(competencies.points - fit.competencies.reduce(0) { $0 + $1.points }) < 1e-9)
    for part in fit.parts { #expect(abs(part.points - part.value * part.maximum) < 1e-9) }
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

  @Test("role family and level come from titles: a product VP fits a CPO role, an engineering manager does not")
  func roleAndLevel() throws {
    let cpo = try posting("greenhouse-cpo-lumora.html")
    #expect(cpo.analysis.role.primaryFamily == "product")
    #expect(cpo.analysis.role.rung == 5)
    let engineer = fitScorer.score(cpo, try resume("engineering-manager-tomas-reyes.html"))
    #expect(try #require(engineer.part(.role)).value < 0.3)
    #expect(engineer.gate.relation == .other)
    let vp = fitScorer.score(cpo, try resume("vp-product-morgan-ellis.md"))
    #expect(try #require(vp.part(.role)).value > 0.9)
    // VP and Chief share the top rung, as in the benchmark's labels.
    #expect(try #require(vp.part(.level)).raw == 0)
    #expect(vp.notes.isEmpty)
  }

  @Test("a CPO applying to a junior role is a weak fit on level too")
  func overqualified() throws {
    let model = fitScorer.model
    #expect(model.levelValue(steps: 5) < model.levelValue(steps: 1))
    #expect(model.levelValue(steps: -5) < model.levelValue(steps: 5))
    #expect(model.levelValue(steps: 0) == 1)
  }

  @Test("score and rank give the same number for the same pair")
  func scoreEqualsRank() throws {
    let vp = try resume("vp-product-morgan-ellis.md")
    let names = Self.leadershipPostings + Self.unrelatedPostings
    let prepared = try names.map { (file: $0, posting: try posting($0)) }
    let ranking = Ranker.rank(postings: prepared, for: vp, scorer: fitScorer, subject: "vp", skipped: [])
    for entry in ranking.entries {
      let single = try #require(prepared.first { $0.file == entry.file })
      #expect(entry.score == fitScorer.score(single.posting, vp).score, "\(entry.file)")
    }
  }

  @Test("gaps are ordered by the points they would add; the costliest missing skill is the required one")
  func gaps() throws {
    let fit = fitScorer.score(try posting("greenhouse-cpo-lumora.html"), try resume("senior-pm-priya-natarajan.txt"))
    let gains = fit.gaps.map(\.gain)
    #expect(gains == gains.sorted(by: >))
    // The skill asked whose absence costs the most heads the missing list: HIPAA or SOC 2, which the
    // posting requires and the resume never names; it is worth more than a point.
    let missing = fit.skills.items.filter { $0.strength == 0 }.sorted { $0.gain > $1.gain }
    let top = try #require(missing.first)
    #expect(top.name == "HIPAA" || top.name == "SOC 2", "\(top.name)")
    #expect(fit.skills.missing.first?.id == top.id)
    #expect(top.required && !top.isShown && top.gain >= 1)
  }

  @Test("the same resume as .md and .docx scores the same")
  func docxTwin() throws {
    let docx = Fixtures.resume("vp-product-morgan-ellis.docx")
    guard (try? Ingestor().document(at: docx)) != nil else {
      Issue.record("the .docx resume could not be read")
      return
    }
    let target = try posting("greenhouse-cpo-lumora.html")
    let markdown = fitScorer.score(target, try resume("vp-product-morgan-ellis.md"))
    let word = fitScorer.score(target, try resume("vp-product-morgan-ellis.docx"))
    #expect(abs(markdown.score - word.score) <= 3)
  }
}
