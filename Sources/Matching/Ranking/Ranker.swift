import Analysis

/// Ranks prepared postings for a resume, or prepared resumes for a posting. Pure: the same inputs
/// give the same ranking, whatever order they arrive in.
///
/// Only small rows are kept per item (score, band, identity, top gaps), so a batch of 50,000 postings
/// stays small in memory; ``FitScorer/score(_:_:)`` scores an entry in full for reports.
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
    let scored = postings.map { ScoredFile(posting: $0.posting, file: $0.file, for: resume, scorer: scorer) }
    return rank(scored, mode: .postingsForResume, subject: subject, skipped: skipped, top: top)
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
    let scored = resumes.map {
      ScoredFile(resume: $0.resume, file: $0.file, fingerprint: $0.fingerprint, for: posting, scorer: scorer)
    }
    return rank(scored, mode: .resumesForPosting, subject: subject, skipped: skipped, top: top)
  }

  /// Ranks files already scored, as a batch does when it scores each file as soon as it is read. Files
  /// with the same fingerprint are ranked once, under the first path in order; the others are listed as
  /// its duplicates.
  ///
  /// - Parameters:
  ///   - scored: One row per file, in any order.
  ///   - mode: What was scored for what.
  ///   - subject: The resume's (or posting's) file, named in the ranking.
  ///   - skipped: Files that could not be read, listed in the ranking by path.
  ///   - top: Keep only the best `top` entries the filter keeps (all when nil).
  ///   - filter: Which rows to keep; the others are listed in ``Ranking/setAside`` with the reasons. Scores and
  ///     the order of the kept rows are the same with or without it.
  /// - Returns: Entries by score, highest first, ties by file path; no entry carries its full fit.
  public static func rank(
    _ scored: [ScoredFile], mode: Ranking.Mode, subject: String, skipped: [Ranking.Skipped], top: Int? = nil,
    filter: RankingFilter? = nil
  ) -> Ranking {
    // Indices, not copies: at 50,000 files each copy of the rows would cost 17 MB.
    let byFile = scored.indices.sorted { (scored[$0].file, $0) < (scored[$1].file, $1) }
    var rows: [Int] = []
    var firstByFingerprint: [UInt64: Int] = [:]
    var duplicates: [[String]] = []
    for index in byFile {
      if let existing = firstByFingerprint[scored[index].fingerprint] {
        duplicates[existing].append(scored[index].file)
      } else {
        firstByFingerprint[scored[index].fingerprint] = rows.count
        rows.append(index)
        duplicates.append([])
      }
    }
    let ordered = rows.indices.sorted {
      (scored[rows[$0]].score, scored[rows[$1]].file) > (scored[rows[$1]].score, scored[rows[$0]].file)
    }
    var order: [Int] = []
    var setAside: [Ranking.SetAside] = []
    for index in ordered {
      let row = scored[rows[index]]
      let reasons = filter?.reasons(row) ?? []
      if reasons.isEmpty {
        order.append(index)
      } else {
        setAside.append(
          Ranking.SetAside(
            file: row.file, score: row.score, band: row.band, title: row.title, company: row.company,
            location: row.location, candidate: candidate(row), reasons: reasons, url: row.url))
      }
    }
    let limited = top.map { Array(order.prefix(max(0, $0))) } ?? order
    let entries = limited.enumerated().map { offset, index in
      let row = scored[rows[index]]
      return Ranking.Entry(
        rank: offset + 1, score: row.score, band: row.band, title: row.title, company: row.company,
        location: row.location, file: row.file, topGaps: row.topGaps, duplicates: duplicates[index],
        candidate: candidate(row), fit: nil, kindNote: row.kind, url: row.url)
    }
    var ranking = Ranking(
      mode: mode, subject: subject, entries: entries, skipped: skipped.sorted { $0.file < $1.file },
      scannedCount: scored.count, rankedCount: rows.count)
    ranking.filter = filter.flatMap { $0.isActive ? $0 : nil }
    ranking.setAside = setAside
    return ranking
  }

  /// The row's candidate, named by its file when the resume shows no name.
  private static func candidate(_ row: ScoredFile) -> Candidate? {
    guard var candidate = row.candidate else { return nil }
    if !candidate.nameFromResume { candidate.name = row.file.split(separator: "/").last.map(String.init) ?? row.file }
    return candidate
  }
}
