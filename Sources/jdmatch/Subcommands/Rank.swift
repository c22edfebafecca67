import ArgumentParser
import Foundation
import Matching
import Pipeline
import Report

/// `jdmatch rank`: which postings to go after first, or (with --posting) which candidates fit best.
struct Rank: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Rank folders of saved postings for a resume, or folders of resumes for a posting.",
    discussion: """
      Folders are walked recursively (hidden files skipped, symlinked folders followed once). Postings with \
      the same text are ranked once and their copies listed. Each score is the pair's own, the number \
      `score` gives. Ties are broken by file path, so the output is the same byte for byte on every \
      run. A progress bar is drawn on stderr when it is a terminal (not with --quiet). Exit status: 0 when \
      every file was ranked; 1 when some could not be read, a page held no main text or a folder held \
      nothing to rank (they are listed at the end and in JSON/CSV, and the rest are ranked; with nothing \
      at all to rank, only these lines are printed); 2 for a usage error.
      """
  )

  enum Format: String, OutputFormat {
    case table, json, csv, markdown, html

    static let help = "Output format: table, json, csv, markdown or html (one self-contained page)."
    static let standard = Format.table

    /// Whether the format shows each entry's full fit (the best ``Ranking/detailLimit`` entries).
    var showsDetails: Bool { self == .json || self == .html }
  }

  @Option(help: ArgumentHelp("Rank postings for this resume.", valueName: "file"))
  var resume: String?

  @Option(help: ArgumentHelp("Rank resumes for this posting instead (recruiter view).", valueName: "file"))
  var posting: String?

  @Argument(help: "Folders or files of postings (or of resumes, with --posting).")
  var paths: [String]

  @OptionGroup var outputOptions: OutputOptions<Format>

  // Unconditional: "--top -1" is a bad value ("must be at least 1"), not a missing one.
  @Option(parsing: .unconditional, help: ArgumentHelp("Show only the best N.", valueName: "n"))
  var top: Int?

  @Option(help: "Files processed in parallel (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "No progress bar.")
  var quiet = false

  @OptionGroup var lexiconOptions: LexiconOptions
  @OptionGroup var ingest: IngestOptionGroup

  func validate() throws {
    if (resume == nil) == (posting == nil) {
      throw ValidationError("Give exactly one of --resume (rank postings) or --posting (rank resumes).")
    }
    if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
  }

  func run() async throws {
    let (preparer, scorer) = try lexiconOptions.scoring()
    let mode: Ranking.Mode = resume != nil ? .postingsForResume : .resumesForPosting
    let ranker = BatchRanker(mode: mode, preparer: preparer, scorer: scorer, ingestor: ingest.ingestor, jobs: jobs)
    let progress = ProgressBar(label: mode.rankedItems, quiet: quiet)
    let ranking: Ranking
    do {
      ranking = try await ranker.rank(
        subject: resume ?? posting ?? "", paths: paths, top: top, details: outputOptions.format.showsDetails,
        progress: progress.update)
    } catch {
      for message in error.messages { Console.error("jdmatch: \(message)") }
      if case .unreadableSubject = error { throw ExitStatus.usage.exitCode }
      throw ExitStatus.someInputsFailed.exitCode
    }
    switch outputOptions.format {
    case .table:
      // On standard output the skipped files are listed once, on stderr, below.
      try outputOptions.write(
        RankingReport.table(
          ranking, colored: outputOptions.colored, width: outputOptions.width,
          listsSkipped: !outputOptions.toStandardOutput))
    case .markdown: try outputOptions.write(RankingReport.markdown(ranking))
    case .csv: try outputOptions.write(try RankingReport.csv(ranking))
    case .json: try outputOptions.write(try RankingReport.json(ranking))
    case .html: try outputOptions.write(RankingReport.html(ranking))
    }
    for item in ranking.skipped { Console.error("jdmatch: \(item.file): \(item.reason)") }
    if !ranking.skipped.isEmpty { throw ExitStatus.someInputsFailed.exitCode }
  }
}
