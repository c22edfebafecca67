/// A ranked batch: the best fits first, duplicates folded in, unreadable files listed.
public struct Ranking: Codable, Sendable, Equatable {
  /// What was ranked.
  public enum Mode: String, Codable, Sendable {
    /// Postings ranked for one resume.
    case postingsForResume
    /// Resumes ranked for one posting (recruiter view).
    case resumesForPosting
  }

  /// One ranked posting (or resume).
  public struct Entry: Codable, Sendable, Equatable {
    /// 1-based position.
    public var rank: Int
    public var score: Int
    public var band: FitBand
    /// The posting's title (or the resume's title line).
    public var title: String?
    public var company: String?
    public var location: String?
    /// The file ranked.
    public var file: String
    /// The two competencies whose evidence would add the most points.
    public var topGaps: [String]
    /// Other files with the same normalised text, ranked once under this entry.
    public var duplicates: [String]
    /// The full fit with evidence, for the entries a report details (the best
    /// ``Ranking/detailLimit``); nil for the rest.
    public var fit: FitResult?
  }

  /// A file that could not be read, and why.
  public struct Skipped: Codable, Sendable, Equatable {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
      self.file = file
      self.reason = reason
    }
  }

  public var mode: Mode
  /// The resume (postings mode) or posting (resumes mode) everything was scored against.
  public var subject: String
  /// Entries by score, highest first; ties by file path.
  public var entries: [Entry]
  /// Files that could not be read, by path.
  public var skipped: [Skipped]
  /// Files read successfully, counting duplicates.
  public var scannedCount: Int
  /// Distinct postings (or resumes) ranked, before `--top` cuts the list.
  public var rankedCount: Int

  /// How many of the best entries carry their full fit by default.
  public static let detailLimit = 100

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
