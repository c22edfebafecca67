import Analysis
/// Ranks prepared postings for a resume, or prepared resumes for a posting. Pure: the same inputs
/// give the same ranking, whatever order they arrive in.
///
/// Only small rows are kept per item (score, band, identity, top gaps), so a batch of 50,000 postings
/// stays small in memory; ``FitScorer/score(_:_:details:)`` scores an entry in full for reports.
public enum Ranker {
  /// Ranks `postings` (with their file paths) for `resume` with `scorer`. Postings with the same text
  /// are ranked once, under the first path in order. Each score is the pair's own: the batch changes
  /// the order, never a number.
  ///
  /// - Parameters:
  ///   - postings: Prepared postings with the files they were read from, in any order.
  ///   - resume: The prepared resume.
  ///   - scorer: Scores each pair.
  ///   - subject: The resume's file, named in the ranking.
  ///   - skipped: Files that could not be read, listed in the ranking by path.
  ///   - top: Keep only the best `top` entries (all when nil).
  /// - Returns: Entries by score, highest first, ties by file path; no entry carries its full fit.
  public static func rank(
    postings: [(file: String, posting: PreparedPosting)], for resume: PreparedResume, scorer: FitScorer,
    subject: String, skipped: [Ranking.Skipped], top: Int? = nil
  ) -> Ranking {
    let groups = deduplicate(postings.map { ($0.file, $0.posting.fingerprint, $0.posting) })
    let rows = groups.map { group -> Row in
      let fit = scorer.score(group.item, resume, details: false)
      return Row(
        file: group.file, duplicates: group.duplicates, score: fit.score, band: fit.band, title: fit.posting.title,
        company: fit.posting.company, location: fit.posting.location, topGaps: fit.gaps.prefix(2).map(\.name))
    }
    return assemble(
      rows, mode: .postingsForResume, subject: subject, skipped: skipped, scanned: postings.count, top: top)
  }

  /// Ranks `resumes` for one `posting` (the recruiter's view). Resumes with the same fingerprint are
  /// ranked once, under the first path in order.
  ///
  /// - Parameters:
  ///   - resumes: Prepared resumes with their files and text fingerprints (``Preparer/fingerprint(_:)``).
  ///   - posting: The prepared posting.
  ///   - scorer: Scores each pair.
  ///   - subject: The posting's file, named in the ranking.
  ///   - skipped: Files that could not be read, listed in the ranking by path.
  ///   - top: Keep only the best `top` entries (all when nil).
  /// - Returns: Entries by score, highest first, ties by file path; no entry carries its full fit.
  public static func rank(
    resumes: [(file: String, resume: PreparedResume, fingerprint: UInt64)], for posting: PreparedPosting,
    scorer: FitScorer, subject: String, skipped: [Ranking.Skipped], top: Int? = nil
  ) -> Ranking {
    let groups = deduplicate(resumes.map { ($0.file, $0.fingerprint, $0.resume) })
    let rows = groups.map { group -> Row in
      let fit = scorer.score(posting, group.item, details: false)
      return Row(
        file: group.file, duplicates: group.duplicates, score: fit.score, band: fit.band,
        title: group.item.analysis.title, company: nil, location: nil, topGaps: fit.gaps.prefix(2).map(\.name))
    }
    return assemble(
      rows, mode: .resumesForPosting, subject: subject, skipped: skipped, scanned: resumes.count, top: top)
  }


  private struct Group<Item> {
    var file: String
    var duplicates: [String]
    var item: Item
  }

  private struct Row {
    var file: String
    var duplicates: [String]
    var score: Int
    var band: FitBand
    var title: String?
    var company: String?
    var location: String?
    var topGaps: [String]
  }

  /// Keeps the first file (by path) of each fingerprint and lists the rest as its duplicates.
  private static func deduplicate<Item>(_ items: [(String, UInt64, Item)]) -> [Group<Item>] {
    var groups: [Group<Item>] = []
    var index: [UInt64: Int] = [:]
    for (file, fingerprint, item) in items.sorted(by: { $0.0 < $1.0 }) {
      if let existing = index[fingerprint] {
        groups[existing].duplicates.append(file)
      } else {
        index[fingerprint] = groups.count
        groups.append(Group(file: file, duplicates: [], item: item))
      }
    }
    return groups
  }

  private static func assemble(
    _ rows: [Row], mode: Ranking.Mode, subject: String, skipped: [Ranking.Skipped], scanned: Int, top: Int?
  ) -> Ranking {
    let sorted = rows.sorted { ($0.score, $1.file) > ($1.score, $0.file) }
    let limited = top.map { Array(sorted.prefix(max(0, $0))) } ?? sorted
    let entries = limited.enumerated().map { offset, row in
      Ranking.Entry(
        rank: offset + 1, score: row.score, band: row.band, title: row.title, company: row.company,
        location: row.location, file: row.file, topGaps: row.topGaps, duplicates: row.duplicates, fit: nil)
    }
    return Ranking(
      mode: mode, subject: subject, entries: entries, skipped: skipped.sorted { $0.file < $1.file },
      scannedCount: scanned, rankedCount: rows.count)
  }
}
