import Analysis

/// Versions of one resume scored against the same postings: per posting the versions' scores side by side,
/// the winner, the parts and skills that moved, whether the band changes; per version its mean score, its
/// wins and the postings it is best for. Typed values only: the words are the report's.
public struct VersionComparison: Codable, Sendable, Equatable {
  /// One score part whose value or points differ between the versions.
  public struct PartMove: Codable, Sendable, Equatable {
    /// Which part.
    public var kind: FitPart.Kind
    /// Whether the part is a factor of the score (role, level, kind of work: its value counts, no points).
    public var isFactor: Bool
    /// Its value (0–1) for each version, in the versions' order.
    public var values: [Double]
    /// Its points for each version (0 for a factor).
    public var points: [Double]
  }

  /// One skill the posting asks for that some versions show and others do not.
  public struct SkillMove: Codable, Sendable, Equatable {
    /// The skill's id.
    public var id: String
    /// Its preferred label.
    public var name: String
    /// Whether the posting names it under its requirements.
    public var required: Bool
    /// Whether each version shows it, in the versions' order.
    public var shown: [Bool]
  }

  /// One posting against every version.
  public struct Row: Codable, Sendable, Equatable {
    /// The posting's file.
    public var file: String
    /// The posting's title, company and location, when found.
    public var title: String?
    public var company: String?
    public var location: String?
    /// Each version's score, the number `score` gives for the pair, in the versions' order.
    public var scores: [Int]
    /// Each version's band.
    public var bands: [FitBand]
    /// The index of the version with the highest score; nil when the highest is shared.
    public var winner: Int?
    /// The parts that differ between the versions, in the parts' order.
    public var parts: [PartMove]
    /// The posting's skills some versions show and others do not, most asked first.
    public var skills: [SkillMove]
    /// What the file reads as, when in doubt (kept) or kept by `keepAll`.
    public var kindNote: DocumentKindAssessment?

    /// Whether any score differs between the versions.
    public var moved: Bool
    /// Whether the versions fall in different bands.
    public var changesBand: Bool
  }

  /// One version's results over every posting.
  public struct VersionSummary: Codable, Sendable, Equatable {
    /// The resume file.
    public var file: String
    /// The mean of its scores over the postings compared.
    public var meanScore: Double
    /// How many postings it alone scores highest on.
    public var wins: Int
    /// The files of those postings, in the rows' order.
    public var bestFor: [String]
  }

  /// The resume files, one per version, in the order given.
  public var versions: [String]
  /// The postings, best score (of any version) first, ties by file path.
  public var rows: [Row]
  /// One per version, in the versions' order.
  public var summaries: [VersionSummary]
  /// Files that could not be read, or were set aside as not postings.
  public var skipped: [Ranking.Skipped]
  /// Postings where no version alone scores highest.
  public var ties: Int
  /// Postings whose score differs between the versions.
  public var movedCount: Int
  /// Postings whose band differs between the versions.
  public var bandChangeCount: Int

  /// Smallest difference in points (or, for a factor, in value) that counts as a part moving.
  public static let pointTolerance = 0.5
  public static let factorTolerance = 0.01

  /// Compares the versions over the postings.
  ///
  /// - Parameters:
  ///   - versions: The resume files, one per version.
  ///   - postings: Each posting's file, its fit for every version (in the versions' order) and the note on
  ///     its kind, if any.
  ///   - skipped: Files that could not be read or were set aside.
  public init(
    versions: [String], postings: [(file: String, fits: [FitResult], kindNote: DocumentKindAssessment?)],
    skipped: [Ranking.Skipped]
  ) {
    self.versions = versions
    self.skipped = skipped
    rows = postings.map { Self.row(file: $0.file, fits: $0.fits, kindNote: $0.kindNote) }
      .sorted { ($0.scores.max() ?? 0, $1.file) > ($1.scores.max() ?? 0, $0.file) }
    let rows = rows
    ties = rows.filter { $0.winner == nil }.count
    movedCount = rows.filter(\.moved).count
    bandChangeCount = rows.filter(\.changesBand).count
    summaries = versions.indices.map { index in
      let total = rows.reduce(0) { $0 + $1.scores[index] }
      let best = rows.filter { $0.winner == index }.map(\.file)
      return VersionSummary(
        file: versions[index], meanScore: rows.isEmpty ? 0 : Double(total) / Double(rows.count), wins: best.count,
        bestFor: best)
    }
  }

  private static func row(file: String, fits: [FitResult], kindNote: DocumentKindAssessment?) -> Row {
    let scores = fits.map(\.score)
    let best = scores.max() ?? 0
    let winners = scores.indices.filter { scores[$0] == best }
    let first = fits.first?.posting
    return Row(
      file: file, title: first?.title, company: first?.company, location: first?.location, scores: scores,
      bands: fits.map(\.band), winner: winners.count == 1 ? winners[0] : nil, parts: partMoves(fits),
      skills: skillMoves(fits), kindNote: kindNote, moved: Set(scores).count > 1,
      changesBand: Set(fits.map(\.band)).count > 1)
  }

  private static let factors: Set<FitPart.Kind> = [.role, .level, .specialty]

  private static func partMoves(_ fits: [FitResult]) -> [PartMove] {
    FitPart.Kind.allCases.compactMap { kind in
      let parts = fits.map { $0.part(kind) }
      let values = parts.map { $0?.value ?? 0 }
      let isFactor = factors.contains(kind)
      let points = parts.map { isFactor ? 0 : $0?.points ?? 0 }
      let moved =
        isFactor
        ? (values.max() ?? 0) - (values.min() ?? 0) >= factorTolerance
        : (points.max() ?? 0) - (points.min() ?? 0) >= pointTolerance
      return moved ? PartMove(kind: kind, isFactor: isFactor, values: values, points: points) : nil
    }
  }

  private static func skillMoves(_ fits: [FitResult]) -> [SkillMove] {
    guard let first = fits.first else { return [] }
    // The posting's asks are the same for every version: its items, in its order (most asked first).
    return first.skills.items.compactMap { item in
      let shown = fits.map { fit in fit.skills.items.first { $0.id == item.id }?.isShown ?? false }
      return Set(shown).count > 1
        ? SkillMove(id: item.id, name: item.name, required: item.required, shown: shown) : nil
    }
  }
}
