import Analysis
import ArgumentParser
import Foundation
import Ingest
import Report

/// `jdmatch analyze`: which competencies postings ask for, with evidence, and their hard requirements.
struct Analyze: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract:
      "Show the competencies and requirements of job postings, or with --resume what was read from resumes.",
    discussion: ExitStatus.helpText
  )

  enum Format: String, OutputFormat {
    case table, json, markdown, jsonl

    static let help =
      "Output format: table, json, markdown or jsonl (one JSON line per input, a failure as {\"error\", \"file\"})."
    static let standard = Format.table
  }

  @Flag(
    help: """
      Read the files as resumes: roles with employer and dates, entries not counted as employment, current \
      title, family and level with the reason, years of experience, degrees, certifications, warnings.
      """)
  var resume = false

  @OptionGroup var asOf: AsOfOption

  @Argument(
    help:
      "Saved job postings (.html, .htm, .mhtml, .mht, .txt, .md, .pdf; each row of a .csv or .jsonl file of postings), or resumes with --resume."
  )
  var files: [String] = []

  @OptionGroup var filesFrom: FilesFromOption

  @OptionGroup var outputOptions: OutputOptions<Format>

  @OptionGroup var lexiconOptions: LexiconOptions
  @OptionGroup var ingest: IngestOptionGroup

  func validate() throws {
    if files.isEmpty && filesFrom.filesFrom == nil {
      throw ValidationError("Name the files to analyze, or list them with --files-from FILE|-.")
    }
  }

  func run() async throws {
    if resume { return try runResumes() }
    let files = try filesFrom.paths(files)
    let analyzer = PostingAnalyzer(builder: ProfileBuilder(compiled: try lexiconOptions.load()))
    let results = DocumentReader.readInOrder(files, with: ingest.ingestor, feeds: true)
    let analyzed = results.map { result in result.map { analyzer.analyze($0) } }
    let analyses = analyzed.compactMap { try? $0.get() }
    let failures = results.count - analyses.count
    let oneFileNamed = files.count == 1 && !PostingFeed.isFeed(files[0])
    switch outputOptions.format {
    case .table: try outputOptions.write(AnalysisReport.table(analyses, colored: outputOptions.colored))
    case .markdown: try outputOptions.write(AnalysisReport.markdown(analyses))
    case .json: try outputOptions.write(try AnalysisReport.json(analyses, oneFileNamed: oneFileNamed))
    case .jsonl: try outputOptions.write(try AnalysisReport.jsonLines(analyzed))
    }
    if failures > 0 { throw ExitStatus.someInputsFailed.exitCode }
  }

  /// `analyze --resume`: what was read from each resume.
  private func runResumes() throws {
    let files = try filesFrom.paths(files)
    let analyzer = ResumeAnalyzer(builder: ProfileBuilder(compiled: try lexiconOptions.load()), asOf: try asOf.date())
    let results = DocumentReader.readInOrder(files, with: ingest.ingestor)
    let read = results.map { result in result.map { analyzer.reading($0) } }
    let readings = read.compactMap { try? $0.get() }
    let failures = results.count - readings.count
    switch outputOptions.format {
    case .table: try outputOptions.write(ResumeReadingReport.table(readings, colored: outputOptions.colored))
    case .markdown: try outputOptions.write(ResumeReadingReport.markdown(readings))
    case .json: try outputOptions.write(try ResumeReadingReport.json(readings, oneFileNamed: files.count == 1))
    case .jsonl: try outputOptions.write(try ResumeReadingReport.jsonLines(read))
    }
    if failures > 0 { throw ExitStatus.someInputsFailed.exitCode }
  }
}
