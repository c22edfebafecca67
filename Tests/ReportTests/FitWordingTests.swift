import Analysis
import Foundation
import Matching
import Requirements
import TestSupport
import Testing

@testable import Report

/// The words Report writes from a fit's facts: requirement lines, notes, each part's explanation, the
/// advice, and the JSON that carries them.
@Suite("Fit wording")
struct FitWordingTests {
  private var scorer: FitScorer { ReportFixtures.setup.scorer }

  /// A Head of Product posting of `family` asking what `requirements` holds.
  private func posting(family: String? = "product", requirements: Requirements = Requirements()) -> PreparedPosting {
    let families = family.map { [RoleProfile.FamilyShare(family: $0, share: 1, title: "Head of Product")] } ?? []
    return PreparedPosting(
      analysis: PostingAnalysis(
        source: "posting.txt", title: "Head of Product", requirements: requirements,
        role: RoleProfile(title: "Head of Product", families: families, rung: 4, rungSource: "title")))
  }

  /// A product resume with one role of `years` years (none for 0) and `degrees`.
  private func resume(years: Int = 0, degrees: [DegreeLevel] = [], titled: Bool = true) -> PreparedResume {
    let roles = years > 0 ? [CareerHistory.Role(title: "PM", startMonth: 24_000, endMonth: 24_000 + years * 12)] : []
    let families = titled ? [RoleProfile.FamilyShare(family: "product", share: 1, title: "PM")] : []
    return PreparedResume(
      analysis: ResumeAnalysis(
        source: "resume.md", career: CareerHistory(roles: roles),
        degrees: degrees.map { DegreeRequirement(level: $0, importance: .required, evidence: "") },
        role: RoleProfile(
          title: "PM", families: families, rung: 4, rungSource: "title", familySource: titled ? "titles held" : nil)))
  }

  @Test(
    "what each requirement asks, what was found, and the advice on it",
    arguments: [
      (
        Requirements(experience: ExperienceRequirement(minYears: 20, importance: .required, evidence: "")), 5,
        [DegreeLevel](), "20+ years of experience", "5 years from role dates",
        "The posting requires 20+ years of experience; your resume's role dates add up to 5 years."
      ),
      (
        Requirements(experience: ExperienceRequirement(minYears: 8, importance: .required, evidence: "")), 0, [],
        "8+ years of experience", "no dated roles found",
        "The posting requires 8+ years of experience; no role on your resume has dates."
      ),
      (
        Requirements(degrees: [DegreeRequirement(level: .mba, importance: .required, evidence: "")]), 3, [.bachelor],
        "MBA", "Bachelor's found", "The posting requires an MBA; Bachelor's found on your resume."
      ),
      (
        Requirements(degrees: [DegreeRequirement(level: .master, importance: .preferred, evidence: "")]), 3, [],
        "Master's degree", "no degree found", "The posting prefers a Master's degree; no degree found on your resume."
      ),
      (
        Requirements(certifications: [CertificationRequirement(name: "PMP", importance: .required, evidence: "")]), 3,
        [], "PMP", "not found", "The posting requires the PMP certification; it is not found on your resume."
      ),
    ])
  func requirement(
    requirements: Requirements, years: Int, degrees: [DegreeLevel], asks: String, found: String, advice: String
  ) throws {
    let fit = scorer.score(posting(requirements: requirements), resume(years: years, degrees: degrees))
    let check = try #require(fit.requirements.first)
    #expect(FitWording.requirement(check) == asks)
    #expect(FitWording.found(check) == found)
    let lines = AdviceWriter.advice(for: fit)
    #expect(lines.contains { $0.hasPrefix(advice) }, "\(lines)")
  }

  @Test("experience standing in for a degree is named with its years")
  func equivalentExperience() throws {
    let requirements = Requirements(degrees: [
      DegreeRequirement(level: .bachelor, importance: .required, acceptsEquivalentExperience: true, evidence: "")
    ])
    let fit = scorer.score(posting(requirements: requirements), resume(years: 12))
    let check = try #require(fit.requirements.first)
    #expect(FitWording.found(check) == "no degree found; equivalent experience accepted (12 years)")
    #expect(!AdviceWriter.advice(for: fit).contains { $0.contains("degree") })
  }

  @Test("notes and the role and level lines say what the gate saw")
  func gateWords() throws {
    let untitled = scorer.score(posting(family: nil), resume(years: 3))
    #expect(
      FitWording.notes(untitled) == [
        "The posting's title could not be read as a known line of work: it is judged on its content alone."
      ])
    let role = try #require(untitled.part(.role))
    #expect(
      FitWording.detail(role, of: untitled)
        == "the posting's title names no known role family: judged on content alone (× 1)")
    let unread = scorer.score(posting(), resume(years: 3, titled: false))
    #expect(FitWording.notes(unread).first?.hasPrefix("No title on your resume could be read") == true)
    #expect(
      AdviceWriter.advice(for: unread).first?.hasPrefix("No title on your resume could be read as a line of work")
        == true)
    let same = scorer.score(posting(), resume(years: 3))
    #expect(FitWording.notes(same).isEmpty)
    let sameRole = try #require(same.part(.role))
    #expect(
      FitWording.detail(sameRole, of: same)
        == "posting: \(scorer.roles.name(of: "product")) (Head of Product); resume titles held: \(scorer.roles.name(of: "product")) 100%; same family × 1.00"
    )
    let level = try #require(same.part(.level))
    #expect(FitWording.detail(level, of: same).hasSuffix("same rung × 1.00"), "\(FitWording.detail(level, of: same))")
    let other = scorer.score(posting(family: "healthcare"), resume(years: 3))
    #expect(FitWording.notes(other).first?.contains("competencies say little about it") == true)
    #expect(AdviceWriter.advice(for: other).first?.contains("another line of work") == true)
  }

  @Test("the advice names the costliest required skill the resume lacks, with its points")
  func skillAdvice() throws {
    let fit = try ReportFixtures.fit(
      posting: Fixtures.posting("greenhouse-cpo-lumora.html"), resume: "senior-pm-priya-natarajan.txt")
    let top = try #require(fit.skills.missing.first)
    #expect(top.required)
    let advice = AdviceWriter.advice(for: fit)
    let line = try #require(advice.first { $0.contains("requires \(top.name)") })
    #expect(line.contains("(up to \(AdviceWriter.points(top.gain)) points)"), "\(line)")
    // A gap worth less than a point is not advice.
    for gap in fit.skills.missing where gap.gain < 1 { #expect(!advice.contains { $0.contains(" \(gap.name) (") }) }
  }

  @Test("gaps speak the posting's field: a backend posting's are its skills, a product leader's mix in competencies")
  func gapsInTheFieldsTerms() throws {
    let backend = try ReportFixtures.fit(posting: Fixtures.posting("senior-software-engineer-ardent.html"))
    let gaps = FitGap.all(backend)
    #expect(!gaps.isEmpty)
    for gap in gaps {
      guard case .skill = gap.lack else {
        Issue.record("a competency gap for a backend posting: \(gap.name)")
        continue
      }
    }
    #expect(gaps.map(\.gain) == gaps.map(\.gain).sorted(by: >))
    let table = FitReport.table(backend, explain: false, style: TextStyle(colored: false))
    #expect(!table.contains("User experience & design"))
    let product = try ReportFixtures.fit(
      posting: Fixtures.posting("greenhouse-cpo-lumora.html"), resume: "senior-pm-priya-natarajan.txt")
    #expect(product.competenciesCount)
    #expect(product.lacking.contains { if case .competency = $0 { true } else { false } })
    // The ranking row names the two costliest of them.
    let ranking = try ReportFixtures.ranking(postings: [Fixtures.posting("senior-software-engineer-ardent.html")])
    #expect(ranking.entries.first?.topGaps == Array(backend.lacking.prefix(2).map(\.name)))
  }

  @Test("the kind-of-work line reads the skills' kinds")
  func specialtyWords() throws {
    let fit = try ReportFixtures.fit(
      posting: Fixtures.posting("senior-software-engineer-ardent.html"), resume: "engineering-manager-tomas-reyes.html")
    let part = try #require(fit.part(.specialty))
    let text = FitWording.detail(part, of: fit)
    #expect(
      fit.skills.specialtyKnown
        ? text.hasPrefix("technology kinds of work match") : text.hasPrefix("one side shows no technology kind"))
  }

  @Test("JSON carries the words beside the facts, under the keys it always had")
  func json() throws {
    let fit = try ReportFixtures.fit(posting: Fixtures.posting("greenhouse-cpo-lumora.html"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(try FitReport.json([fit], oneFileNamed: true).utf8))
        as? [String: Any])
    #expect(
      Set(object.keys) == [
        "advice", "band", "competencies", "coverage", "gate", "keywords", "notes", "parts", "posting",
        "requirements", "resume", "score", "skills",
      ])
    #expect((object["advice"] as? [String]) == AdviceWriter.advice(for: fit))
    let parts = try #require(object["parts"] as? [[String: Any]])
    #expect(parts.count == fit.parts.count)
    for (json, part) in zip(parts, fit.parts) {
      #expect(json["detail"] as? String == FitWording.detail(part, of: fit))
      #expect(Set(json.keys) == ["detail", "kind", "maximum", "points", "raw", "value"])
    }
    let checks = try #require(object["requirements"] as? [[String: Any]])
    for (json, check) in zip(checks, fit.requirements) {
      #expect(json["requirement"] as? String == FitWording.requirement(check))
      #expect(json["found"] as? String == FitWording.found(check))
    }
  }
}
