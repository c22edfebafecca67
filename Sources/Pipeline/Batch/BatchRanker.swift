import Analysis
import Foundation
import Ingest
import Matching

/// Ranks folders of postings for one resume, or folders of resumes for one posting: reads the subject,
/// collects the files, prepares them in parallel, ranks them with ``Ranker`` and, when asked, fills the full
/// fit of the best ``Ranking/detailLimit`` entries.
///
/// Files that cannot be read are listed in the ranking's ``Ranking/skipped`` with the reason; so are files
/// that do not read as the kind ranked (a career article among postings, a README among resumes; see
/// ``DocumentKindClassifier``), with what they read as, unless ``keepAll`` is set. A file kept in doubt
/// carries its ``Ranking/Entry/kindNote``. The rest are ranked. Nothing is printed: the caller renders the
/// ranking and reports the skipped files.
public struct BatchRanker: Sendable {
  /// What is ranked for what.
  public let mode: Ranking.Mode
  /// Prepares the subject and every file.
  public let preparer: Preparer
  /// Scores each pair.
  public let scorer: FitScorer
  /// Reads every file.
  public let ingestor: Ingestor
  /// How many files are read and prepared at once.
  public let jobs: Int
  /// Rank every file read, even one that does not read as the kind ranked (it carries a note instead).
  public let keepAll: Bool
  /// Which ranked files to keep (all when nil); the others are set aside with the reasons.
  public let filter: RankingFilter?

  /// Creates a ranker.
  ///
  /// - Parameters:
  ///   - mode: Postings for a resume, or resumes for a posting.
  ///   - preparer: Prepares the subject and every file.
  ///   - scorer: Scores each pair; made for the same lexicon as `preparer`.
  ///   - ingestor: Reads every file (its options set the size limit).
  ///   - jobs: How many files are read and prepared at once (at least one is).
  ///   - keepAll: Rank files that do not read as the kind ranked instead of setting them aside.
  ///   - filter: Which ranked files to keep (all when nil).
  public init(
    mode: Ranking.Mode, preparer: Preparer, scorer: FitScorer, ingestor: Ingestor = Ingestor(),
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount, keepAll: Bool = false, filter: RankingFilter? = nil
  ) {
    self.keepAll = keepAll
    self.mode = mode
    self.preparer = preparer
    self.scorer = scorer
    self.ingestor = ingestor
    self.jobs = max(1, jobs)
    self.filter = filter
  }

  /// Ranks the files under `paths` for the file at `subject`.
  ///
  /// Folders are walked recursively for postings (or resumes) by extension, as ``InputCollector`` does; the
  /// subject itself is left out if it is among them.
  ///
  /// - Parameters:
  ///   - subject: The resume (postings mode) or posting (resumes mode) everything is scored against.
  ///   - paths: Folders or files to rank.
  ///   - top: Keep only the best `top` entries (all when nil).
  ///   - details: Fill ``Ranking/Entry/fit`` for the best ``Ranking/detailLimit`` entries; postings are read
  ///     once more for it, with their full evidence.
  ///   - progress: Called on the calling task after each file of the first pass with how many are done and
  ///     how many there are.
  /// - Returns: The ranking, with every file that could not be read (and every folder that held nothing to
  ///   rank) in ``Ranking/skipped``.
  /// - Throws: ``PipelineError/unreadableSubject(_:)`` when the subject cannot be read;
  ///   ``PipelineError/nothingToRank(what:paths:problems:)`` when no file is left to rank, or none of them
  ///   could be read.
  public func rank(
    subject: String, paths: [String], top: Int? = nil, details: Bool = false,
    progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
  ) async throws(PipelineError) -> Ranking {
    let document: Document
    do {
      document = try ingestor.document(at: subject)
    } catch let error as IngestError {
      throw .unreadableSubject(error)
    } catch {
      throw .unreadableSubject(.unreadable(path: subject, reason: "\(error)"))
    }
    let collector = InputCollector(
      extensions: mode == .postingsForResume
        ? InputCollector.postingExtensions.union(PostingFeed.extensions) : InputCollector.resumeExtensions)
    let collected = collector.collect(paths)
    let empty = collected.emptyDirectories.map { IngestError.nothingFound(path: $0, what: mode.rankedItems) }
    var problems = collected.skipped + empty
    // Files of postings (.csv, .jsonl) are read here, each row one posting named FILE#N; their rows without
    // a description are listed with the reason.
    var files: [BatchInput] = []
    for file in collected.files where file != subject {
      guard mode == .postingsForResume, PostingFeed.isFeed(file) else {
        files.append(.file(file))
        continue
      }
      do {
        let feed = try ingestor.feed(at: file)
        files += feed.documents.map(BatchInput.document)
        problems += feed.skipped
      } catch let error as IngestError {
        problems.append(error)
      } catch {
        problems.append(.unreadable(path: file, reason: "\(error)"))
      }
    }
    // Nothing to rank: a "0 postings ranked" table would read as success.
    guard !files.isEmpty else { throw .nothingToRank(what: mode.rankedItems, paths: paths, problems: problems) }
    var done = 0
    let advance = {
      done += 1
      progress(done, files.count)
    }
    switch mode {
    case .postingsForResume:
      return try await rankPostings(
        files, for: document, subject: subject, paths: paths, problems: problems, top: top, details: details,
        progress: advance)
    case .resumesForPosting:
      return try await rankResumes(
        files, for: document, subject: subject, paths: paths, problems: problems, top: top, details: details,
        progress: advance)
    }
  }

  private func rankPostings(
    _ files: [BatchInput], for document: Document, subject: String, paths: [String], problems: [IngestError],
    top: Int?, details: Bool, progress: () -> Void
  ) async throws(PipelineError) -> Ranking {
    let resume = preparer.resume(document)
    let scorer = scorer
    return try await rank(
      files, mode: .postingsForResume, subject: subject, paths: paths, problems: problems, top: top, details: details,
      progress: progress,
      // Compact: the row needs only the numbers; full evidence is read again for the detailed entries.
      row: { preparer, document in
        var row = ScoredFile(posting: preparer.posting(document, compact: true), file: "", for: resume, scorer: scorer)
        row.url = document.url
        return row
      },
      fit: { preparer, document in scorer.score(preparer.posting(document), resume) },
      // One analysis with full evidence for both: the row from its compact copy, the fit from it whole.
      rowAndFit: { preparer, document in
        let full = preparer.posting(document)
        var compact = full
        compact.analysis.compact()
        var row = ScoredFile(posting: compact, file: "", for: resume, scorer: scorer)
        row.url = document.url
        return (row, scorer.score(full, resume))
      })
  }

  private func rankResumes(
    _ files: [BatchInput], for document: Document, subject: String, paths: [String], problems: [IngestError],
    top: Int?, details: Bool, progress: () -> Void
  ) async throws(PipelineError) -> Ranking {
    let posting = preparer.posting(document)
    let scorer = scorer
    return try await rank(
      files, mode: .resumesForPosting, subject: subject, paths: paths, problems: problems, top: top, details: details,
      progress: progress,
      row: { preparer, document in
        ScoredFile(
          resume: preparer.resume(document), file: "", fingerprint: Preparer.fingerprint(document.text),
          for: posting, scorer: scorer)
      },
      fit: { preparer, document in scorer.score(posting, preparer.resume(document)) },
      rowAndFit: { preparer, document in
        let resume = preparer.resume(document)
        return (
          ScoredFile(
            resume: resume, file: "", fingerprint: Preparer.fingerprint(document.text), for: posting, scorer: scorer),
          scorer.score(posting, resume)
        )
      })
  }

  /// Up to how many files the full fit of every file is kept from the one pass: nearly all of them are
  /// detailed, so reading them twice would cost more than keeping their evidence once.
  static let onePassLimit = 2 * Ranking.detailLimit

  /// The batch flow of both modes: each file is scored as soon as it is prepared and only its row is kept
  /// (memory grows by a few hundred bytes a file, not by its analysis); then, when asked, the best
  /// ``Ranking/detailLimit`` files are read once more for their full fit. Up to ``onePassLimit`` files,
  /// the full fits are kept from the one pass instead (`rowAndFit`), with the same rows and fits.
  private func rank(
    _ files: [BatchInput], mode: Ranking.Mode, subject: String, paths: [String], problems: [IngestError], top: Int?,
    details: Bool, progress: () -> Void, row: @escaping @Sendable (Preparer, Document) -> ScoredFile,
    fit: @escaping @Sendable (Preparer, Document) -> FitResult,
    rowAndFit: @escaping @Sendable (Preparer, Document) -> (ScoredFile, FitResult)
  ) async throws(PipelineError) -> Ranking {
    let batch = BatchPreparer(ingestor: ingestor, preparer: preparer)
    let outcomes: [Result<ScoredFile, IngestError>]
    var keptFits: [String: FitResult]?
    if details && files.count <= Self.onePassLimit {
      let both = await batch.prepare(inputs: files, jobs: jobs, progress: progress, rowAndFit)
      outcomes = both.map { $0.map(\.0) }
      var fits: [String: FitResult] = [:]
      for (input, outcome) in zip(files, both) {
        if case .success(let pair) = outcome { fits[input.name] = pair.1 }
      }
      keptFits = fits
    } else {
      outcomes = await batch.prepare(inputs: files, jobs: jobs, progress: progress, row)
    }
    var rows = scored(files, outcomes)
    let failed = failures(outcomes)
    // Every file failed: the failures alone, as for a folder that held nothing (no empty table).
    guard !rows.isEmpty else { throw .nothingToRank(what: mode.rankedItems, paths: paths, problems: problems + failed) }
    var setAside: [Ranking.Skipped] = []
    if !keepAll {
      setAside = rows.compactMap { row in
        guard let kind = row.kind, kind.setsAside else { return nil }
        return Ranking.Skipped(file: row.file, reason: "", kind: kind)
      }
      rows.removeAll { $0.kind?.setsAside == true }
    }
    let skipped = (problems + failed).map { Ranking.Skipped(file: $0.path, reason: $0.reason) } + setAside
    var ranking = Ranker.rank(rows, mode: mode, subject: subject, skipped: skipped, top: top, filter: filter)
    guard details else { return ranking }
    if let keptFits {
      for index in ranking.entries.indices.prefix(Ranking.detailLimit) {
        ranking.entries[index].fit = keptFits[ranking.entries[index].file]
      }
      return ranking
    }
    // Rows of files of postings were read once already and are kept; files are read again.
    var read: [String: Document] = [:]
    for case .document(let document) in files { read[document.source] = document }
    let detailed = ranking.entries.prefix(Ranking.detailLimit).map {
      read[$0.file].map(BatchInput.document) ?? .file($0.file)
    }
    let fits = await batch.prepare(inputs: detailed, jobs: jobs, fit)
    for (index, outcome) in fits.enumerated() {
      if case .success(let fit) = outcome { ranking.entries[index].fit = fit }
    }
    return ranking
  }

  /// The rows of the files that were read, each named by its file.
  private func scored(_ files: [BatchInput], _ outcomes: [Result<ScoredFile, IngestError>]) -> [ScoredFile] {
    zip(files, outcomes).compactMap { file, outcome in
      guard case .success(var row) = outcome else { return nil }
      row.file = file.name
      return row
    }
  }

  /// The files that could not be read, with the reasons.
  private func failures(_ outcomes: [Result<ScoredFile, IngestError>]) -> [IngestError] {
    outcomes.compactMap { outcome in
      guard case .failure(let error) = outcome else { return nil }
      return error
    }
  }
}
