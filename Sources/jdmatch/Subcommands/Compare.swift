import ArgumentParser
import Foundation
import Matching
import Pipeline
import Report

/// `jdmatch compare`: versions of a resume side by side over folders of postings.
struct Compare: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare versions of a resume over folders of postings: which version to send where.",
    discussion: """
      Give two or more --resume versions. Each posting is scored for every version (each score the pair's \
      own, the number `score` gives), and the output shows the scores side by side (versions lettered A, B, \
      C… in the order given), the winner (the version alone at the top; "tie" otherwise), the band (each \
      version's when they differ), the score parts that moved and the posting's skills only some versions \
      show. The summary gives each version's mean score, its wins and the postings it is best for. Postings \
      are ordered by their best score, ties by file path, so the output is the same byte for byte on every \
      run. Files that do not read as postings are set aside unless --keep-all. Exit status: 0 when every file \
      was compared; 1 when some could not be read (listed at the end); 2 for a usage error or an unreadable \
      resume.
      """
  )

  enum Format: String, OutputFormat {
    case table, json, csv, markdown, html

    static let help = "Output format: table, json, csv, markdown or html (one self-contained page)."
    static let standard = Format.table
  }

  @Option(
    name: .customLong("resume"),
    help: ArgumentHelp("A version of the resume; give two or more, in the order to letter them.", valueName: "file"))
  var resumes: [String] = []

  @Argument(help: "Folders or files of postings.")
  var paths: [String]

  @OptionGroup var outputOptions: OutputOptions<Format>

  @Option(help: "Files processed in parallel (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "No progress bar.")
  var quiet = false

  @Flag(help: "Compare every file read, even one that does not read as a posting.")
  var keepAll = false

  @OptionGroup var lexiconOptions: LexiconOptions
  @OptionGroup var asOf: AsOfOption
  @OptionGroup var ingest: IngestOptionGroup

  func validate() throws {
    if resumes.count < 2 { throw ValidationError("Give at least two versions: --resume A --resume B.") }
    if Set(resumes).count < resumes.count { throw ValidationError("A --resume is given twice.") }
    if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
  }

  func run() async throws {
    let (preparer, scorer) = try lexiconOptions.scoring(asOf: try asOf.date())
    let comparer = VersionComparer(
      preparer: preparer, scorer: scorer, ingestor: ingest.ingestor, jobs: jobs, keepAll: keepAll)
    let progress = ProgressBar(label: "postings", quiet: quiet)
    let comparison: VersionComparison
    do {
      comparison = try await comparer.compare(versions: resumes, paths: paths, progress: progress.update)
    } catch {
      throw BatchOutcome.failure(error)
    }
    switch outputOptions.format {
    case .table:
      try outputOptions.write(
        ComparisonReport.table(
          comparison, colored: outputOptions.colored, width: outputOptions.width,
          listsSkipped: !outputOptions.toStandardOutput))
    case .markdown: try outputOptions.write(ComparisonReport.markdown(comparison))
    case .csv: try outputOptions.write(ComparisonReport.csv(comparison))
    case .json: try outputOptions.write(try ComparisonReport.json(comparison))
    case .html: try outputOptions.write(ComparisonReport.html(comparison))
    }
    try BatchOutcome.finish(skipped: comparison.skipped)
  }
}
