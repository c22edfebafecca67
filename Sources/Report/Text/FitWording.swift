import Analysis
import Foundation
import Matching

/// Every sentence a user reads about a fit, written from the fit's facts: what each part compared, the
/// notes, what each requirement asks and what the resume shows. (The advice is ``AdviceWriter``'s.)
public enum FitWording {
  /// What a part compared, in words ("posting: Product management (Senior Product Manager); resume: …").
  ///
  /// - Parameters:
  ///   - part: One of the fit's parts.
  ///   - fit: The fit it belongs to (the gate and skills hold the facts of the factors).
  /// - Returns: One line.
  public static func detail(_ part: FitPart, of fit: FitResult) -> String {
    switch part.basis {
    case .gate:
      switch part.kind {
      case .role: return familyDetail(fit.gate)
      case .level: return levelDetail(fit.gate)
      default: return specialtyDetail(fit)
      }
    case .skillBlend(let blend):
      func term(_ name: String, _ value: Double, _ weight: Double) -> String {
        "\(name) \(NumberFormat.cFixed(value, 2)) × \(NumberFormat.cFixed(weight, 2))"
      }
      return term("coverage", blend.coverage, blend.coverageWeight) + " + "
        + term("focus", blend.focus, blend.focusWeight) + " + " + term("cosine", blend.cosine, blend.cosineWeight)
        + " + " + term("specialty", blend.specialty, blend.specialtyWeight) + " over \(blend.asked) skills asked"
    case .competencySum(let competencies, let lexiconCoverage):
      return "Σ emphasis × strength over \(competencies) competencies; lexicon coverage "
        + "\(NumberFormat.cFixed(lexiconCoverage, 2)) scales the weight"
    case .requirementAverage(let checks):
      return checks > 0
        ? "\(checks) checks, Σ weight × satisfaction / Σ weight"
        : "the posting states no years, degree or certification"
    case .textCosine(let cosine, let saturation):
      return "TF-IDF cosine \(NumberFormat.cFixed(cosine, 3)); full at \(NumberFormat.cFixed(saturation, 2))"
    }
  }

  /// The fit's notes in words, in order; a note on a file's kind that needs no words is left out.
  public static func notes(_ fit: FitResult) -> [String] {
    fit.notes.compactMap(note)
  }

  /// One note in words; nil for a file's kind that plainly is what it was given as.
  public static func note(_ note: FitNote) -> String? {
    switch note {
    case .postingFamilyUnknown:
      return "The posting's title could not be read as a known line of work: it is judged on its content alone."
    case .resumeFamilyUnknown:
      return "No title on your resume could be read as a known line of work: it is judged on its content alone."
    case .outsideLexicon(_, let familyName, let lexicon):
      return
        "This posting is a \(familyName) role; the \(lexicon) competencies say little about it, so its skills, requirements and words carry the score."
    case .postingKind(let kind), .resumeKind(let kind):
      return DocumentKindWording.note(kind)
    }
  }

  /// What a requirement asks, in words ("15+ years of experience", "Master's degree", "MBA", "PMP").
  public static func requirement(_ check: RequirementCheck) -> String {
    switch check.kind {
    case .experience: return "\(check.minYears ?? 0)+ years of experience"
    case .degree:
      guard let level = check.degreeAsked else { return "degree" }
      return level == .mba ? "MBA" : "\(level.displayName) degree"
    case .certification: return check.certification ?? "certification"
    }
  }

  /// What the resume shows against a requirement, in words ("16.4 years from role dates", "no degree
  /// found", "listed").
  public static func found(_ check: RequirementCheck) -> String {
    switch check.kind {
    case .experience:
      guard let years = check.yearsShown else { return "no dated roles found" }
      return "\(CareerHistory.describe(years: years)) years from role dates"
    case .degree:
      var found = check.degreeShown.map { "\($0.displayName) found" } ?? "no degree found"
      if check.equivalentExperience, let years = check.yearsShown {
        found += "; equivalent experience accepted (\(CareerHistory.describe(years: years)) years)"
      }
      return found
    case .certification:
      return check.held ? "listed" : "not found"
    }
  }

  private static func familyDetail(_ gate: FitGate) -> String {
    let wanted = gate.postingFamily.map { "posting: \(gate.postingFamilyName ?? $0) (\(gate.postingTitle ?? ""))" }
    switch gate.relation {
    case .postingUnknown:
      return "the posting's title names no known role family: judged on content alone (× 1)"
    case .resumeUnknown:
      return "\(wanted ?? ""); no title on the resume names a known family: judged on content alone (× 1)"
    case .same, .related, .other:
      let held = gate.resumeFamilies.map { "\($0.name) \(NumberFormat.cFixed($0.share * 100, 0))%" }
      let relation =
        gate.relation == .same ? "same family" : gate.relation == .related ? "related family" : "another family"
      return
        "\(wanted ?? ""); resume \(gate.resumeFamilySource ?? "titles held"): \(held.joined(separator: ", ")); "
        + "\(relation) × \(NumberFormat.cFixed(gate.familyFactor, 2))"
    }
  }

  private static func levelDetail(_ gate: FitGate) -> String {
    let sides =
      "posting \(RoleProfile.rungName(gate.postingRung)) (\(gate.postingRungSource ?? "unknown")); "
      + "resume \(RoleProfile.rungName(gate.resumeRung)) (\(gate.resumeRungSource ?? "unknown"))"
    guard let steps = gate.levelSteps else { return sides + ": × " + NumberFormat.cFixed(gate.levelFactor, 2) }
    let gap = steps == 0 ? "same rung" : steps > 0 ? "\(steps) above" : "\(-steps) below"
    return "\(sides): \(gap) × " + NumberFormat.cFixed(gate.levelFactor, 2)
  }

  private static func specialtyDetail(_ fit: FitResult) -> String {
    let skills = fit.skills
    guard skills.specialtyKnown else {
      return "one side shows no technology kind of work (frontend, backend, data…): × 1"
    }
    return "technology kinds of work match \(NumberFormat.cFixed(skills.specialty, 2)) (cosine; full-stack counts "
      + "front and back end together); they are \(NumberFormat.cFixed(skills.specialtyShare * 100, 0))% of the "
      + "posting's asks: × \(NumberFormat.cFixed(fit.gate.specialtyFactor, 2))"
  }
}

extension FitPart.Kind {
  /// The part's name in reports ("Role family", "Text similarity").
  var displayName: String {
    switch self {
    case .role: return "Role family"
    case .level: return "Level"
    case .specialty: return "Kind of work"
    case .skills: return "Skills"
    case .competencies: return "Competencies"
    case .requirements: return "Requirements"
    case .text: return "Text similarity"
    }
  }
}

/// What a resume lacks for a posting as a report lists it: ``FitResult/lacking`` worth a tenth of a point
/// or more, with a status in words.
struct FitGap {
  /// What is lacking.
  var lack: FitResult.Lack
  /// Its name.
  var name: String { lack.name }
  /// The points it would add.
  var gain: Double { lack.gain }
  /// "missing (required)", "missing", "weak".
  var status: String {
    switch lack {
    case .skill(let item): return item.required ? "missing (required)" : "missing"
    case .competency(let fit): return fit.status == .weak ? "weak" : "missing"
    }
  }

  /// Gaps worth this many points or more are listed (a tenth of a point is nothing to act on).
  static let least = 0.05

  /// The fit's gaps by the points they would add.
  static func all(_ fit: FitResult) -> [FitGap] {
    fit.lacking.filter { $0.gain >= least }.map(FitGap.init)
  }
}
