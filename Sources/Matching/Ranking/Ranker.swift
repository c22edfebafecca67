/// Ranks prepared postings for a resume, or prepared resumes for a posting. Pure: the same inputs
/// give the same ranking, whatever order they arrive in.
public enum Ranker {
  /// Ranks `postings` (with their file paths) for `resume`. Postings with the same text are ranked
  /// once, under the first path in order; competency and keyword weights come from the whole batch.
  public static func rank(
    postings: [(file: String, posting: PreparedPosting)], for resume: PreparedResume, subject: String,
    skipped: [Ranking.Skipped], top: Int? = nil
  ) -> Ranking {
    let groups = deduplicate(postings.map { ($0.file, $0.posting.fingerprint, $0.posting) })
    let scorer = FitScorer(statistics: BatchStatistics(postings: groups.map(\.item)))
    let scored = groups.map { group in
      (group: group, fit: scorer.score(group.item, resume))
    }
    return assemble(
      scored.map { ($0.group.file, $0.group.duplicates, $0.fit, $0.fit.posting.title, $0.fit.posting.company, $0.fit.posting.location) },
      mode: .postingsForResume, subject: subject, skipped: skipped, scanned: postings.count, top: top)
  }

  /// Ranks `resumes` for one `posting` (the recruiter's view).
  public static func rank(
    resumes: [(file: String, resume: PreparedResume, fingerprint: UInt64)], for posting: PreparedPosting,
    subject: String, skipped: [Ranking.Skipped], top: Int? = nil
  ) -> Ranking {
    let groups = deduplicate(resumes.map { ($0.file, $0.fingerprint, $0.resume) })
    let scorer = FitScorer()
    let rows = groups.map { group -> (String, [String], FitResult, String?, String?, String?) in
      let fit = scorer.score(posting, group.item)
      return (group.file, group.duplicates, fit, group.item.analysis.title, nil, nil)
    }
    return assemble(rows, mode: .resumesForPosting, subject: subject, skipped: skipped, scanned: resumes.count, top: top)
  }

  private struct Group<Item> {
    var file: String
    var duplicates: [String]
    var item: Item
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
    _ rows: [(file: String, duplicates: [String], fit: FitResult, title: String?, company: String?, location: String?)],
    mode: Ranking.Mode, subject: String, skipped: [Ranking.Skipped], scanned: Int, top: Int?
  ) -> Ranking {
    let sorted = rows.sorted { ($0.fit.score, $1.file) > ($1.fit.score, $0.file) }
    let limited = top.map { Array(sorted.prefix(max(0, $0))) } ?? sorted
    let entries = limited.enumerated().map { offset, row in
      Ranking.Entry(
        rank: offset + 1, score: row.fit.score, band: row.fit.band, title: row.title, company: row.company,
        location: row.location, file: row.file, topGaps: row.fit.gaps.prefix(2).map(\.name),
        duplicates: row.duplicates, fit: row.fit)
    }
    return Ranking(
      mode: mode, subject: subject, entries: entries, skipped: skipped.sorted { $0.file < $1.file },
      scannedCount: scanned, rankedCount: rows.count)
  }
}
