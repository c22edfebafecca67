import Analysis
import ArgumentParser
import Foundation
import Ingest
import Report

/// `jdmatch analyze`: which competencies postings ask for, with evidence, and their hard requirements.
struct Analyze: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Show the competencies and requirements of job postings, or with --resume what was read from resumes.",
    discussion: ExitStatus.helpText
  )

  enum Format: String, OutputFormat {
    case table, json, markdown

    static let help = "Output format: table, json or markdown."
    static let standard = Format.table
  }

  @Flag(
    help: """
      Read the files as resumes: roles with employer and dates, entries not counted as employment, current \
      title, family and level with the reason, years of experience, degrees, certifications, warnings.
      """)
  var resume = false

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      """
      With --resume: the month "Present" stands for (YYYY-MM), for repeatable output. Default: the date the \
      resume states for itself (printed on it, or in its file's metadata), else this month.
      """,
      valueName: "YYYY-MM"))
  var asOf: String?

  @Argument(help: "Saved job postings (.html, .htm, .mhtml, .mht, .txt, .md, .pdf), or resumes with --resume.")
  var files: [String]

  @OptionGroup var outputOptions: OutputOptions<Format>

  @OptionGroup var lexiconOptions: LexiconOptions
  @OptionGroup var ingest: IngestOptionGroup

  func run() async throws {
    if resume { return try runResumes() }
    let analyzer = PostingAnalyzer(lexicon: try lexiconOptions.load())
    let (documents, failures) = DocumentReader.readEach(files, with: ingest.ingestor)
    let analyses = documents.map(analyzer.analyze)
    switch outputOptions.format {
    case .table: try outputOptions.write(AnalysisReport.table(analyses, colored: outputOptions.colored))
    case .markdown: try outputOptions.write(AnalysisReport.markdown(analyses))
    case .json: try outputOptions.write(try AnalysisReport.json(analyses, oneFileNamed: files.count == 1))
    }
    if failures > 0 { throw ExitStatus.someInputsFailed.exitCode }
  }

  /// `analyze --resume`: what was read from each resume.
  private func runResumes() throws {
    let analyzer = ResumeAnalyzer(lexicon: try lexiconOptions.load(), asOf: try asOfDate())
    let (documents, failures) = DocumentReader.readEach(files, with: ingest.ingestor)
    let readings = documents.map(analyzer.reading)
    switch outputOptions.format {
    case .table: try outputOptions.write(ResumeReadingReport.table(readings, colored: outputOptions.colored))
    case .markdown: try outputOptions.write(ResumeReadingReport.markdown(readings))
    case .json: try outputOptions.write(try ResumeReadingReport.json(readings, oneFileNamed: files.count == 1))
    }
    if failures > 0 { throw ExitStatus.someInputsFailed.exitCode }
  }

  /// The `--as-of` month as a date (its first day, UTC), or nil.
  private func asOfDate() throws -> Date? {
    guard let asOf else { return nil }
    let parts = asOf.split(separator: "-").map { Int($0) }
    guard (2...3).contains(parts.count), let year = parts[0], let month = parts[1], (1900...2200).contains(year),
      (1...12).contains(month)
    else { throw ValidationError("--as-of takes a month as YYYY-MM, not '\(asOf)'.") }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
    guard let date = calendar.date(from: DateComponents(year: year, month: month, day: 1)) else {
      throw ValidationError("--as-of takes a month as YYYY-MM, not '\(asOf)'.")
    }
    return date
  }
}
