import Analysis
import Matching

/// The words for what a file reads as: the reason a batch sets it aside, the note on a score, the evidence
/// lines of `analyze`. The Analysis module keeps the assessment typed; English is written here.
public enum DocumentKindWording {
  /// The kind's name: "job posting", "article", "documentation"…
  public static func name(_ kind: DocumentKind) -> String {
    switch kind {
    case .posting: return "job posting"
    case .jobDescriptionTemplate: return "job-description template"
    case .article: return "article about the role"
    case .documentation: return "documentation"
    case .forum: return "forum thread"
    case .other: return "other page"
    case .resume: return "resume"
    case .notResume: return "not a resume"
    }
  }

  /// Why a file is set aside, in one line: "does not read as a job posting: written about the role in
  /// general, no employer's ask".
  public static func reason(_ kind: DocumentKindAssessment) -> String {
    switch kind.expected {
    case .posting:
      let asks = kind.evidence.contains { [.employerAsk, .applySection].contains($0.cue) }
      let ask = asks ? "too little of an employer's ask" : "no employer's ask"
      let shape: String
      switch kind.strongestOther {
      case .article:
        let story = kind.evidence.first { $0.side == .article }?.cue == .firstPersonStory
        shape = story ? "a personal story about a career" : "written about the role in general"
      case .documentation: shape = "reads as documentation (a README, a manual, install or usage steps)"
      case .forum: shape = "reads as a forum thread"
      case .other: shape = "reads as a product or shop page"
      case .resume, .notResume: shape = "reads as a resume"
      case .posting, .jobDescriptionTemplate, nil:
        return "does not read as a job posting: \(ask), posting sections or role title found"
      }
      return "does not read as a job posting: \(shape), \(ask)"
    case .resume:
      let missing = missingCareer(kind)
      let shape: String?
      switch kind.strongestOther {
      case .posting, .jobDescriptionTemplate: shape = "reads as a job posting"
      case .article: shape = "reads as an article"
      case .documentation: shape = "reads as documentation (a README, a manual, install or usage steps)"
      case .forum: shape = "reads as a forum thread"
      case .other: shape = "reads as a product or shop page"
      case .resume, .notResume, nil: shape = nil
      }
      return "does not read as a resume: " + ([shape, missing].compactMap { $0 }.joined(separator: ", "))
    }
  }

  /// "no dated roles, education or contact line", from the resume cues that are absent.
  private static func missingCareer(_ kind: DocumentKindAssessment) -> String? {
    let present = Set(kind.evidence.map(\.cue))
    let missing = [
      (DocumentKindEvidence.Cue.datedRoles, "dated roles"), (.education, "education"), (.contactLine, "contact line"),
    ].filter { !present.contains($0.0) }.map(\.1)
    guard !missing.isEmpty else { return nil }
    if missing.count == 1 { return "no \(missing[0])" }
    return "no " + missing.dropLast().joined(separator: ", ") + " or " + missing[missing.count - 1]
  }

  /// The note a score or a ranked entry carries for a file that may not be of the kind it was given as;
  /// nil when it plainly is one.
  public static func note(_ kind: DocumentKindAssessment?) -> String? {
    guard let kind else { return nil }
    let expected = kind.expected == .posting ? "job posting" : "resume"
    let subject = kind.expected == .posting ? "The posting file" : "The resume file"
    if kind.setsAside {
      return "\(subject) \(reason(kind)); it is scored anyway (rank sets such files aside unless --keep-all)."
    }
    guard kind.isDoubtful else { return nil }
    let other = kind.strongestOther.map { " (it reads partly as \(article($0)))" } ?? ""
    return "\(subject) may not be a \(expected)\(other); it is scored as one."
  }

  /// A short note for a ranked entry kept in doubt: "may not be a job posting: reads partly as an article".
  public static func entryNote(_ kind: DocumentKindAssessment) -> String {
    let expected = kind.expected == .posting ? "job posting" : "resume"
    if kind.setsAside { return "kept by --keep-all: " + reason(kind) }
    let other = kind.strongestOther.map { ": reads partly as \(article($0))" } ?? ""
    return "may not be a \(expected)\(other)"
  }

  private static func article(_ kind: DocumentKind) -> String {
    switch kind {
    case .article: return "an article about the role"
    case .documentation: return "documentation"
    case .forum: return "a forum thread"
    case .other: return "a product or shop page"
    case .posting, .jobDescriptionTemplate: return "a job posting"
    case .resume: return "a resume"
    case .notResume: return "something other than a resume"
    }
  }

  /// One line of evidence: what was seen, how often, its points and the first text that showed it.
  public static func evidenceLine(_ evidence: DocumentKindEvidence) -> String {
    var line = cueName(evidence.cue)
    if evidence.count > 1 { line += " ×\(evidence.count)" }
    line +=
      " (+" + NumberFormat.fixed(evidence.points, 2).trimmingCharacters(in: .whitespaces) + " "
      + name(evidence.side) + ")"
    if let example = evidence.example, !example.isEmpty { line += ": “\(example)”" }
    return line
  }

  /// The cue in words.
  public static func cueName(_ cue: DocumentKindEvidence.Cue) -> String {
    switch cue {
    case .jobPostingMarkup: return "JobPosting markup (JSON-LD)"
    case .employerAsk: return "an employer's ask"
    case .secondPerson: return "addressed to the candidate"
    case .postingSection: return "posting sections"
    case .applySection: return "how to apply"
    case .roleTitle: return "a title that names a role"
    case .postingField: return "posting fields (salary, workplace, years, employment type)"
    case .templatePlaceholder: return "job-description template wording"
    case .questionTitle: return "a title that asks a question or promises a guide"
    case .questionHeading: return "question headings"
    case .generalStatement: return "statements about the role in general"
    case .byline: return "author, date or share links"
    case .roleInGeneralSection: return "sections about the role in general"
    case .firstPersonStory: return "a first-person story"
    case .fileName: return "a documentation file name"
    case .documentationHeading: return "documentation headings"
    case .codeBlock: return "code blocks"
    case .documentationPhrase: return "documentation wording"
    case .forumPhrase: return "forum wording"
    case .shopPhrase: return "shop wording"
    case .datedRoles: return "dated roles"
    case .education: return "education"
    case .contactLine: return "a contact line"
    case .resumeSection: return "resume sections"
    case .jsonResume: return "a JSON Resume file"
    }
  }

  /// The headline of `analyze`: "Reads as: job posting (confidence 0.86)", with "set aside by rank" or
  /// "kept, in doubt" when it applies.
  public static func headline(_ kind: DocumentKindAssessment) -> String {
    var text =
      name(kind.kind) + " (confidence " + NumberFormat.fixed(kind.confidence, 2).trimmingCharacters(in: .whitespaces)
      + ")"
    if kind.setsAside {
      text += ": set aside by rank — " + reason(kind)
    } else if kind.isDoubtful {
      text += ": kept, in doubt"
    }
    return text
  }
}

extension RankingReport {
  /// The reason a skipped file is listed: the reader's words, or for a file set aside by its kind,
  /// ``DocumentKindWording/reason(_:)``.
  public static func reason(_ skipped: Ranking.Skipped) -> String {
    guard let kind = skipped.kind else { return skipped.reason }
    return DocumentKindWording.reason(kind)
  }

  /// The ranking with the reason of every file set aside by its kind written out, for every format.
  static func worded(_ ranking: Ranking) -> Ranking {
    var ranking = ranking
    for index in ranking.skipped.indices where ranking.skipped[index].isSetAside {
      ranking.skipped[index].reason = reason(ranking.skipped[index])
    }
    return ranking
  }
}
