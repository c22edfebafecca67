import Analysis

/// A ranked batch: the best fits first, duplicates folded in, unreadable files listed.
public struct Ranking: Codable, Sendable, Equatable {
  /// What was ranked.
  public enum Mode: String, Codable, Sendable {
    /// Postings ranked for one resume.
    case postingsForResume
    /// Resumes ranked for one posting (recruiter view).
    case resumesForPosting

    /// What is ranked, in the plural: "postings" or "resumes".
    public var rankedItems: String { self == .postingsForResume ? "postings" : "resumes" }
  }

  /// One ranked posting (or resume).
  public struct Entry: Codable, Sendable, Equatable {
    /// 1-based position.
    public var rank: Int
    /// The pair's 0–100 score, the number `score` gives.
    public var score: Int
    /// The band the score falls in.
    public var band: FitBand
    /// The posting's title (postings only).
    public var title: String?
    /// The hiring company (postings only).
    public var company: String?
    /// Where the job is (postings only).
    public var location: String?
    /// The file ranked.
    public var file: String
    /// The two skills or competencies (where the lexicon's count) whose evidence would add the most points.
    public var topGaps: [String]
    /// Other files with the same normalised text, ranked once under this entry.
    public var duplicates: [String]
    /// Who the resume is about: name, current title, level, years and the posting's skills they lack
    /// (resumes ranked for a posting only).
    public var candidate: Candidate? = nil
    /// The full fit with evidence, for the entries a report details (the best
    /// ``Ranking/detailLimit``); nil for the rest.
    public var fit: FitResult? {
      get { fitBox?.value }
      set { fitBox = newValue.map(Boxed.init) }
    }
    /// Where ``fit`` is kept: a reference, so that an entry of the thousands without one stays small (an inline
    /// fit would make every entry 400 bytes larger).
    private var fitBox: Boxed<FitResult>?
    /// Set when the file may not be of the kind ranked (kept in doubt, or kept by `--keep-all`): what it reads
    /// as and why; nil for a file that plainly is one.
    public var kindNote: DocumentKindAssessment?
    /// Where the posting is online, when its file gives it (a row of a file of postings: `jobs.csv#12`).
    public var url: String? = nil

    private enum CodingKeys: String, CodingKey {
      case rank, score, band, title, company, location, file, topGaps, duplicates, candidate, kindNote, url
      case fitBox = "fit"
    }

    /// Creates an entry from its parts.
    public init(
      rank: Int, score: Int, band: FitBand, title: String?, company: String?, location: String?, file: String,
      topGaps: [String], duplicates: [String], candidate: Candidate? = nil, fit: FitResult?,
      kindNote: DocumentKindAssessment?, url: String? = nil
    ) {
      self.rank = rank
      self.score = score
      self.band = band
      self.title = title
      self.company = company
      self.location = location
      self.file = file
      self.topGaps = topGaps
      self.duplicates = duplicates
      self.candidate = candidate
      self.kindNote = kindNote
      self.url = url
      self.fit = fit
    }
  }

  /// A file that could not be read, or was set aside as not the kind ranked, and why.
  public struct Skipped: Codable, Sendable, Equatable {
    /// The file (or folder) that could not be read.
    public var file: String
    /// Why, in a few words ("no main text found"); empty for a file set aside by its kind, whose words the
    /// report writes from ``kind``.
    public var reason: String
    /// For a file that was read but does not read as the kind ranked (a career article among postings, a
    /// README among resumes): what it reads as and the evidence. Nil for a file that could not be read.
    public var kind: DocumentKindAssessment?

    /// Whether the file was set aside by its kind rather than for being unreadable.
    public var isSetAside: Bool { kind != nil }

    /// Creates a skipped file.
    ///
    /// - Parameters:
    ///   - file: The file or folder.
    ///   - reason: Why it was skipped.
    public init(file: String, reason: String, kind: DocumentKindAssessment? = nil) {
      self.file = file
      self.reason = reason
      self.kind = kind
    }
  }

  /// A posting (or resume) ranked but set aside by a filter, and why.
  public struct SetAside: Codable, Sendable, Equatable {
    /// The file.
    public var file: String
    /// Its score, the same as if it had been kept.
    public var score: Int
    /// The band of the score.
    public var band: FitBand
    /// The posting's title.
    public var title: String?
    /// The posting's company.
    public var company: String?
    /// The posting's location.
    public var location: String?
    /// Who the resume is about (resumes only).
    public var candidate: Candidate?
    /// Every filter it fails, in the order of ``RankingFilter/Kind``.
    public var reasons: [RankingFilter.Reason]
    /// Where the posting is online, when its file gives it.
    public var url: String? = nil
  }

  /// What was ranked for what.
  public var mode: Mode
  /// The resume (postings mode) or posting (resumes mode) everything was scored against.
  public var subject: String
  /// Entries by score, highest first; ties by file path.
  public var entries: [Entry]
  /// Files that could not be read, by path.
  public var skipped: [Skipped]
  /// Files read successfully, counting duplicates.
  public var scannedCount: Int
  /// Distinct postings (or resumes) ranked, before filters set some aside and `--top` cuts the list.
  public var rankedCount: Int
  /// The filters applied; nil when none was.
  public var filter: RankingFilter? = nil
  /// The rows the filters set aside, best score first (ties by file path).
  public var setAside: [SetAside] = []

  /// The rows the filters kept, before `--top` cuts the list.
  public var keptCount: Int { rankedCount - setAside.count }

  enum CodingKeys: String, CodingKey {
    case mode, subject, entries, skipped, scannedCount, rankedCount, filter, setAside
  }

  /// Reads a ranking; one written before filters existed has none and sets nothing aside.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    mode = try container.decode(Mode.self, forKey: .mode)
    subject = try container.decode(String.self, forKey: .subject)
    entries = try container.decode([Entry].self, forKey: .entries)
    skipped = try container.decode([Skipped].self, forKey: .skipped)
    scannedCount = try container.decode(Int.self, forKey: .scannedCount)
    rankedCount = try container.decode(Int.self, forKey: .rankedCount)
    filter = try container.decodeIfPresent(RankingFilter.self, forKey: .filter)
    setAside = try container.decodeIfPresent([SetAside].self, forKey: .setAside) ?? []
  }

  /// How many of the best entries carry their full fit by default.
  public static let detailLimit = 100

  /// Creates a ranking.
  ///
  /// - Parameters:
  ///   - mode: What was ranked for what.
  ///   - subject: The resume or posting everything was scored against.
  ///   - entries: Entries by score, highest first.
  ///   - skipped: Files that could not be read.
  ///   - scannedCount: Files read successfully, counting duplicates.
  ///   - rankedCount: Distinct files ranked, before a cut to the best few.
  public init(
    mode: Mode, subject: String, entries: [Entry], skipped: [Skipped], scannedCount: Int, rankedCount: Int
  ) {
    self.mode = mode
    self.subject = subject
    self.entries = entries
    self.skipped = skipped
    self.scannedCount = scannedCount
    self.rankedCount = rankedCount
  }
}
