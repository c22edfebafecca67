import Analysis
import Requirements

/// One file's score and what a ranking row shows of it, without the fit's evidence: what a batch keeps of
/// each file, so that memory grows by a few hundred bytes per file however long the file is.
public struct ScoredFile: Sendable, Equatable {
  /// The file the posting or resume was read from.
  public var file: String
  /// The text fingerprint (``Preparer/fingerprint(_:)``); files with the same one are ranked once.
  public var fingerprint: UInt64
  /// The 0–100 fit.
  public var score: Int
  /// The band of the score.
  public var band: FitBand
  /// The posting's title (nil for resumes: their ``candidate`` says who they are).
  public var title: String?
  /// The posting's company (nil for resumes).
  public var company: String?
  /// The posting's location (nil for resumes).
  public var location: String?
  /// The names of the two most important missing competencies.
  public var topGaps: [String]
  /// What the file reads as, kept only when it is in doubt or not the kind ranked (a batch sets those aside
  /// or notes them); nil for a file that plainly is one.
  public var kind: DocumentKindAssessment? {
    get { kindBox?.value }
    set { kindBox = newValue.map(Boxed.init) }
  }
  /// Who the resume is about (resumes ranked for a posting only); its name falls back to the file's once
  /// the file is known.
  public var candidate: Candidate? {
    get { candidateBox?.value }
    set { candidateBox = newValue.map(Boxed.init) }
  }
  /// Where the posting's work is done, when it says (nil for resumes).
  public var workplace: WorkArrangement? = nil
  /// The posting's pay, without its evidence, when stated (nil for resumes).
  public var salary: SalaryRange? {
    get { salaryBox?.value }
    set { salaryBox = newValue.map(Boxed.init) }
  }
  /// The level's rung (0 intern/junior … 5 VP/chief) of the posting, or of the resume.
  public var rung: Int? = nil
  /// The role family of the posting, or the resume's largest.
  public var family: String? = nil
  /// Where the posting is online, when its file gives it (a row of a file of postings); nil otherwise.
  public var url: String? = nil
  // The parts most rows lack, by reference: inline they would be 190 of a row's 340 bytes, and a batch keeps
  // a row for every file.
  private var kindBox: Boxed<DocumentKindAssessment>?
  private var candidateBox: Boxed<Candidate>?
  private var salaryBox: Boxed<SalaryRange>?

  /// Scores a posting for a resume and keeps the row.
  ///
  /// - Parameters:
  ///   - posting: The prepared posting (compact is enough).
  ///   - file: The file it was read from.
  ///   - resume: The prepared resume.
  ///   - scorer: Scores the pair.
  public init(posting: PreparedPosting, file: String, for resume: PreparedResume, scorer: FitScorer) {
    let fit = scorer.score(posting, resume)
    self.init(
      file: file, fingerprint: posting.fingerprint, score: fit.score, band: fit.band, title: fit.posting.title,
      company: fit.posting.company, location: fit.posting.location, topGaps: fit.lacking.prefix(2).map(\.name))
    kind = Self.noteworthy(posting.analysis.kind)
    let requirements = posting.analysis.requirements
    workplace = requirements.workplace?.arrangement
    salary = requirements.salary.map {
      SalaryRange(min: $0.min, max: $0.max, currency: $0.currency, period: $0.period, evidence: "")
    }
    rung = posting.analysis.role.rung
    family = posting.analysis.role.primaryFamily
  }

  /// Scores a resume for a posting and keeps the row.
  ///
  /// - Parameters:
  ///   - resume: The prepared resume.
  ///   - file: The file it was read from.
  ///   - fingerprint: The fingerprint of the resume's text.
  ///   - posting: The prepared posting.
  ///   - scorer: Scores the pair.
  public init(
    resume: PreparedResume, file: String, fingerprint: UInt64, for posting: PreparedPosting, scorer: FitScorer
  ) {
    let fit = scorer.score(posting, resume)
    self.init(
      file: file, fingerprint: fingerprint, score: fit.score, band: fit.band, title: nil, company: nil, location: nil,
      topGaps: fit.lacking.prefix(2).map(\.name))
    candidate = Candidate(resume: resume.analysis, file: file, skills: fit.skills)
    rung = resume.analysis.role.rung
    family = resume.analysis.role.primaryFamily
    kind = Self.noteworthy(resume.analysis.kind)
  }

  /// The assessment when a reader should hear of it: set aside, or kept in doubt.
  static func noteworthy(_ kind: DocumentKindAssessment?) -> DocumentKindAssessment? {
    guard let kind, kind.setsAside || kind.isDoubtful else { return nil }
    return kind
  }

  /// Creates a row from its parts.
  ///
  /// - Parameters:
  ///   - file: The file the posting or resume was read from.
  ///   - fingerprint: The fingerprint of its text.
  ///   - score: The 0–100 fit.
  ///   - band: The band of the score.
  ///   - title: The posting's or resume's title.
  ///   - company: The posting's company.
  ///   - location: The posting's location.
  ///   - topGaps: The names of the two skills or competencies whose evidence would add the most points.
  public init(
    file: String, fingerprint: UInt64, score: Int, band: FitBand, title: String?, company: String?, location: String?,
    topGaps: [String]
  ) {
    self.file = file
    self.fingerprint = fingerprint
    self.score = score
    self.band = band
    self.title = title
    self.company = company
    self.location = location
    self.topGaps = topGaps
  }
}
