import Analysis
import Requirements
import Testing

@testable import Matching

/// The fit on postings and resumes built by hand, no documents: each row of a table goes in, the typed
/// facts it must give come out.
@Suite("Fits of hand-built pairs")
struct HandBuiltPairTests {
  /// A posting of `family` at `rung`, asking for what `requirements` holds.
  static func posting(
    family: String? = "product", rung: Int? = 4, requirements: Requirements = Requirements()
  ) -> PreparedPosting {
    let families = family.map { [RoleProfile.FamilyShare(family: $0, share: 1, title: "Head of Product")] } ?? []
    return PreparedPosting(
      analysis: PostingAnalysis(
        source: "posting.txt", title: "Head of Product", requirements: requirements,
        role: RoleProfile(title: "Head of Product", families: families, rung: rung, rungSource: "title")))
  }

  /// A resume holding `families`' titles at `rung`, with one role of `years` years (none for 0) and
  /// `degrees`.
  static func resume(
    families: [(String, Double)] = [("product", 1)], rung: Int? = 4, years: Int = 0, degrees: [DegreeLevel] = []
  ) -> PreparedResume {
    let start = 2010 * 12
    let roles =
      years > 0 ? [CareerHistory.Role(title: "Product lead", startMonth: start, endMonth: start + years * 12)] : []
    return PreparedResume(
      analysis: ResumeAnalysis(
        source: "resume.md", career: CareerHistory(roles: roles),
        degrees: degrees.map { DegreeRequirement(level: $0, importance: .required, evidence: "") },
        role: RoleProfile(
          title: "Product lead",
          families: families.map { RoleProfile.FamilyShare(family: $0.0, share: $0.1, title: "Product lead") },
          rung: rung, rungSource: rung == nil ? nil : "title", familySource: families.isEmpty ? nil : "titles held")))
  }

  @Test(
    "years asked against years shown",
    arguments: [
      (asked: 10, shown: 12, satisfaction: 1.0),
      (asked: 10, shown: 5, satisfaction: 0.5),
      (asked: 8, shown: 2, satisfaction: 0.25),
      (asked: 10, shown: 0, satisfaction: 0.0),
    ])
  func years(asked: Int, shown: Int, satisfaction: Double) throws {
    let posting = Self.posting(
      requirements: Requirements(
        experience: ExperienceRequirement(minYears: asked, importance: .required, evidence: "")))
    let fit = fitScorer.score(posting, Self.resume(years: shown))
    let check = try #require(fit.requirements.first)
    #expect(check.kind == .experience && check.minYears == asked && check.required)
    #expect(abs(check.satisfaction - satisfaction) < 1e-9, "\(check.satisfaction)")
    // No dated role: nothing shown, not zero years.
    #expect(check.yearsShown == (shown == 0 ? nil : Double(shown)))
    let part = try #require(fit.part(.requirements))
    #expect(part.basis == .requirementAverage(checks: 1))
    #expect(abs(part.value - satisfaction) < 1e-9)
  }

  @Test(
    "degrees, and experience standing in for one where the posting accepts it",
    arguments: [
      (asked: DegreeLevel.master, shown: [DegreeLevel.bachelor], equivalent: false, years: 0, met: false),
      (asked: .master, shown: [.phd], equivalent: false, years: 0, met: true),
      (asked: .bachelor, shown: [], equivalent: true, years: 12, met: true),
      (asked: .bachelor, shown: [], equivalent: true, years: 6, met: false),
      (asked: .bachelor, shown: [], equivalent: false, years: 12, met: false),
    ])
  func degrees(asked: DegreeLevel, shown: [DegreeLevel], equivalent: Bool, years: Int, met: Bool) throws {
    let posting = Self.posting(
      requirements: Requirements(degrees: [
        DegreeRequirement(level: asked, importance: .required, acceptsEquivalentExperience: equivalent, evidence: "")
      ]))
    let fit = fitScorer.score(posting, Self.resume(years: years, degrees: shown))
    let check = try #require(fit.requirements.first)
    #expect(check.kind == .degree && check.degreeAsked == asked && check.degreeShown == shown.max())
    #expect(check.met == met)
    let stoodIn = met && shown.isEmpty
    #expect(check.equivalentExperience == stoodIn)
    #expect(check.yearsShown == (stoodIn ? Double(years) : nil))
    #expect(
      Double(years) >= fitScorer.model.thresholds.equivalentExperienceYears || !stoodIn,
      "experience stands in only from the model's threshold")
  }

  @Test("a preferred requirement weighs the model's preferred weight, a required one 1")
  func preferredWeight() throws {
    let posting = Self.posting(
      requirements: Requirements(
        experience: ExperienceRequirement(minYears: 5, importance: .preferred, evidence: ""),
        certifications: [CertificationRequirement(name: "PMP", importance: .required, evidence: "")]))
    let fit = fitScorer.score(posting, Self.resume(years: 6))
    let years = try #require(fit.requirements.first { $0.kind == .experience })
    let certification = try #require(fit.requirements.first { $0.kind == .certification })
    #expect(years.weight == fitScorer.model.thresholds.preferredWeight && !years.required && years.met)
    #expect(certification.weight == 1 && certification.certification == "PMP" && !certification.held)
    // Σ weight × satisfaction / Σ weight.
    let expected = years.weight / (years.weight + 1)
    #expect(abs((fit.part(.requirements)?.value ?? -1) - expected) < 1e-9)
  }

  @Test(
    "the family gate and the notes it leaves",
    arguments: [
      (posting: "product" as String?, resume: [("product", 1.0)], relation: FitGate.FamilyRelation.same, notes: 0),
      (posting: "design", resume: [("product", 1.0)], relation: .related, notes: 1),
      (posting: "healthcare", resume: [("product", 1.0)], relation: .other, notes: 1),
      (posting: nil, resume: [("product", 1.0)], relation: .postingUnknown, notes: 1),
      (posting: "product", resume: [], relation: .resumeUnknown, notes: 1),
    ])
  func family(
    posting family: String?, resume families: [(String, Double)], relation: FitGate.FamilyRelation, notes: Int
  ) {
    let fit = fitScorer.score(Self.posting(family: family), Self.resume(families: families))
    #expect(fit.gate.relation == relation)
    #expect(fit.notes.count == notes, "\(fit.notes)")
    switch relation {
    case .postingUnknown: #expect(fit.notes == [.postingFamilyUnknown])
    case .resumeUnknown: #expect(fit.notes == [.resumeFamilyUnknown])
    case .related, .other:
      // A posting outside the lexicon's family: its competencies say little, and the fit says so.
      guard case .outsideLexicon(let id, let name, _) = fit.notes.first else {
        Issue.record("\(fit.notes)")
        return
      }
      #expect(id == family && name == fitScorer.roles.name(of: id))
    case .same: break
    }
    // The gate holds what its explanation needs: the families held, named, with their shares.
    #expect(fit.gate.resumeFamilies.map(\.family) == families.map(\.0))
    #expect(fit.gate.postingFamilyName == family.map(fitScorer.roles.name(of:)))
    #expect(fit.part(.role)?.value == fit.gate.familyFactor)
  }

  @Test("the same content scores by the gate: same family above related above another")
  func gateScales() {
    let requirements = Requirements(experience: ExperienceRequirement(minYears: 5, importance: .required, evidence: ""))
    let scores = ["product", "design", "healthcare"].map { family in
      fitScorer.score(Self.posting(family: family, requirements: requirements), Self.resume(years: 8)).score
    }
    #expect(scores[0] > scores[1] && scores[1] > scores[2], "\(scores)")
  }

  @Test("each part says how its value was reached, with the model's constants")
  func bases() throws {
    let fit = fitScorer.score(Self.posting(), Self.resume(years: 3))
    #expect(fit.part(.level)?.basis == .gate)
    #expect(fit.part(.requirements)?.basis == .requirementAverage(checks: 0))
    #expect(fit.part(.requirements)?.maximum == 0)
    guard case .textCosine(_, let saturation) = fit.part(.text)?.basis else {
      Issue.record("text part: \(String(describing: fit.part(.text)?.basis))")
      return
    }
    #expect(saturation == fitScorer.model.textSaturation)
    guard case .skillBlend(let blend) = fit.part(.skills)?.basis else {
      Issue.record("skills part: \(String(describing: fit.part(.skills)?.basis))")
      return
    }
    #expect(blend.asked == 0 && blend.coverageWeight == fitScorer.model.skillShape.coverage)
  }
}
