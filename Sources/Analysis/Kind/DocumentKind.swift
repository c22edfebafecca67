/// What a file reads as: a job posting, a resume, or something else saved beside them.
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
  /// A job posting: an employer's ask for one role.
  case posting
  /// A job-description template ("[Company] is looking for a …"): read and ranked as a posting.
  case jobDescriptionTemplate
  /// Writing about a role or a career in general: a career guide, a blog post, news.
  case article
  /// A README, a manual, API or help pages.
  case documentation
  /// A forum or question-and-answer thread.
  case forum
  /// Anything else (a product page, a shop, a page with no sign of what it is).
  case other
  /// A resume: a person's career.
  case resume
  /// A file in a folder of resumes that is not one.
  case notResume

  /// Whether a file of this kind is ranked as a posting.
  public var isPosting: Bool { self == .posting || self == .jobDescriptionTemplate }
}

/// One observation the kind was decided on, which a user can check in the file.
public struct DocumentKindEvidence: Codable, Sendable, Equatable {
  /// What was observed. Each cue points to one kind (``DocumentKindRules/CueRule/side``, set in the data file).
  public enum Cue: String, Codable, Sendable, CaseIterable {
    /// The page holds a schema.org `JobPosting` (JSON-LD).
    case jobPostingMarkup
    /// An employer's ask: "we are looking for", "the ideal candidate", "reporting to".
    case employerAsk
    /// The reader addressed as the candidate: "you will", "you have".
    case secondPerson
    /// Sections a posting has: requirements, responsibilities, preferred, benefits, how to apply.
    case postingSection
    /// How to apply: an application section or "apply now", "send your resume".
    case applySection
    /// A title shaped like a job title that names a line of work.
    case roleTitle
    /// Fields a posting states: salary, workplace, years required, employment type.
    case postingField
    /// Placeholders and wording of a job-description template ("[Company Name]").
    case templatePlaceholder
    /// A title that asks a question or promises a guide ("What does a … do?", "How to become …").
    case questionTitle
    /// Headings that are questions not addressed to the candidate.
    case questionHeading
    /// Statements about the role in general: "typically", "on average", "most companies".
    case generalStatement
    /// An author, a publication date, "min read", "share this article".
    case byline
    /// Sections about the role in general ("How to become a CPO").
    case roleInGeneralSection
    /// A first-person story: "I joined", "my career".
    case firstPersonStory
    /// A file named as project documentation is by convention: README, LICENSE, CHANGELOG.
    case fileName
    /// Documentation headings: installation, usage, license, API, synopsis.
    case documentationHeading
    /// Code or preformatted blocks.
    case codeBlock
    /// Documentation wording: "pip install", "click the", "returns the".
    case documentationPhrase
    /// Forum wording: replies, votes, "accepted answer".
    case forumPhrase
    /// Shop wording: "add to cart", "in stock".
    case shopPhrase
    /// Dated roles of a career.
    case datedRoles
    /// Degrees or an education section.
    case education
    /// An e-mail address, phone number or profile link near the top.
    case contactLine
    /// Sections a resume has: experience, summary, skills, education.
    case resumeSection
    /// A JSON Resume file.
    case jsonResume
  }

  /// What was observed.
  public var cue: Cue
  /// How many times (sentences, sections, roles…).
  public var count: Int
  /// The points it added to its side, after the cue's cap.
  public var points: Double
  /// The kind it points to.
  public var side: DocumentKind
  /// The first text that showed it (a heading, a sentence, a title), if any.
  public var example: String?

  /// Creates an observation.
  public init(cue: Cue, count: Int, points: Double, side: DocumentKind, example: String?) {
    self.cue = cue
    self.count = count
    self.points = points
    self.side = side
    self.example = example
  }
}

/// What a file reads as, how sure that is, and the observations it rests on.
public struct DocumentKindAssessment: Codable, Sendable, Equatable {
  /// What the file was asked to be.
  public enum Expected: String, Codable, Sendable {
    /// A posting.
    case posting
    /// A resume.
    case resume
  }

  /// What the file was asked to be.
  public var expected: Expected
  /// What the file reads as.
  public var kind: DocumentKind
  /// 0.5–1: the share of the points on the side that decided.
  public var confidence: Double
  /// Whether the file reads as what was expected; when false, a batch sets it aside (unless told to keep
  /// everything).
  public var isExpectedKind: Bool
  /// Kept, but with evidence against it: the reader should know.
  public var isDoubtful: Bool
  /// The points for the expected kind.
  public var pointsFor: Double
  /// The points for the strongest other kind.
  public var pointsAgainst: Double
  /// The other kind with the most points, when any has some.
  public var strongestOther: DocumentKind?
  /// Every observation with points, the decisive side first, then by points.
  public var evidence: [DocumentKindEvidence]

  /// Creates an assessment.
  public init(
    expected: Expected, kind: DocumentKind, confidence: Double, isExpectedKind: Bool, isDoubtful: Bool,
    pointsFor: Double, pointsAgainst: Double, strongestOther: DocumentKind?, evidence: [DocumentKindEvidence]
  ) {
    self.expected = expected
    self.kind = kind
    self.confidence = confidence
    self.isExpectedKind = isExpectedKind
    self.isDoubtful = isDoubtful
    self.pointsFor = pointsFor
    self.pointsAgainst = pointsAgainst
    self.strongestOther = strongestOther
    self.evidence = evidence
  }

  /// Whether a batch sets the file aside: it does not read as what was expected.
  public var setsAside: Bool { !isExpectedKind }

  /// The evidence for the kind it was read as (or, when kept in doubt, against it).
  public func evidence(pointingTo side: DocumentKind) -> [DocumentKindEvidence] {
    evidence.filter { $0.side == side }
  }
}
