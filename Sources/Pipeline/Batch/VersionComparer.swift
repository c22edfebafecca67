import Analysis
import Foundation
import Ingest
import Matching

/// Scores versions of a resume against folders of postings: reads and prepares every version once, collects
/// the postings as ``BatchRanker`` does, prepares each once and scores it for every version, each score the
/// pair's own (the number `score` gives). Nothing is printed.
public struct VersionComparer: Sendable {
  /// Prepares the versions and every posting.
  public let preparer: Preparer
  /// Scores each pair.
  public let scorer: FitScorer
  /// Reads every file.
  public let ingestor: Ingestor
  /// How many postings are read and prepared at once.
  public let jobs: Int
  /// Compare every file read, even one that does not read as a posting (it carries a note instead).
  public let keepAll: Bool

  /// Creates a comparer.
  ///
  /// - Parameters:
  ///   - preparer: Prepares the versions and every posting.
  ///   - scorer: Scores each pair; made for the same lexicon as `preparer`.
  ///   - ingestor: Reads every file.
  ///   - jobs: How many postings are read and prepared at once (at least one is).
  ///   - keepAll: Compare files that do not read as postings instead of setting them aside.
  public init(
    preparer: Preparer, scorer: FitScorer, ingestor: Ingestor = Ingestor(),
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount, keepAll: Bool = false
  ) {
    self.preparer = preparer
    self.scorer = scorer
    self.ingestor = ingestor
    self.jobs = max(1, jobs)
    self.keepAll = keepAll
  }

  /// Compares the resume versions at `versions` over the postings under `paths`.
  ///
  /// - Parameters:
  ///   - versions: The resume files, one per version (two or more).
  ///   - paths: Folders or files of postings; the versions themselves are left out if among them.
  ///   - progress: Called after each posting with how many are done and how many there are.
  /// - Returns: The comparison, with the files that could not be read in ``VersionComparison/skipped``.
  /// - Throws: ``PipelineError/unreadableSubject(_:)`` naming the first version that cannot be read;
  ///   ``PipelineError/nothingToRank(what:paths:problems:)`` when no posting is left to compare.
  public func compare(
    versions: [String], paths: [String], progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
  ) async throws(PipelineError) -> VersionComparison {
    var resumes: [PreparedResume] = []
    for version in versions {
      do {
        resumes.append(preparer.resume(try ingestor.document(at: version)))
      } catch let error as IngestError {
        throw .unreadableSubject(error)
      } catch {
        throw .unreadableSubject(.unreadable(path: version, reason: "\(error)"))
      }
    }
    let collector = InputCollector(extensions: InputCollector.postingExtensions)
    let collected = collector.collect(paths)
    let files = collected.files.filter { !versions.contains($0) }
    let empty = collected.emptyDirectories.map { IngestError.nothingFound(path: $0, what: "postings") }
    let problems = collected.skipped + empty
    guard !files.isEmpty else { throw .nothingToRank(what: "postings", paths: paths, problems: problems) }
    var done = 0
    let scorer = scorer
    let prepared = resumes
    let batch = BatchPreparer(ingestor: ingestor, preparer: preparer)
    let outcomes = await batch.prepare(
      files, jobs: jobs,
      progress: {
        done += 1
        progress(done, files.count)
      },
      { preparer, document -> (fits: [FitResult], kind: DocumentKindAssessment?) in
        let posting = preparer.posting(document, compact: true)
        return (prepared.map { scorer.score(posting, $0) }, posting.analysis.kind)
      })
    var postings: [(file: String, fits: [FitResult], kindNote: DocumentKindAssessment?)] = []
    var skipped = problems.map { Ranking.Skipped(file: $0.path, reason: $0.reason) }
    var setAside: [Ranking.Skipped] = []
    for (file, outcome) in zip(files, outcomes) {
      switch outcome {
      case .failure(let error):
        skipped.append(Ranking.Skipped(file: error.path, reason: error.reason))
      case .success(let scored):
        let kind = scored.kind.flatMap { $0.setsAside || $0.isDoubtful ? $0 : nil }
        if !keepAll, let kind, kind.setsAside {
          setAside.append(Ranking.Skipped(file: file, reason: "", kind: kind))
        } else {
          postings.append((file, scored.fits, kind))
        }
      }
    }
    guard !postings.isEmpty else {
      throw .nothingToRank(
        what: "postings", paths: paths,
        problems: problems + outcomes.compactMap { if case .failure(let error) = $0 { error } else { nil } })
    }
    return VersionComparison(versions: versions, postings: postings, skipped: skipped + setAside)
  }
}
