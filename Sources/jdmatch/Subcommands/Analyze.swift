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

  @OptionGroup var asOf: AsOfOption

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
    let analyzer = ResumeAnalyzer(lexicon: try lexiconOptions.load(), asOf: try asOf.date())
    let (documents, failures) = DocumentReader.readEach(files, with: ingest.ingestor)
    let readings = documents.map(analyzer.reading)
    switch outputOptions.format {
    case .table: try outputOptions.write(ResumeReadingReport.table(readings, colored: outputOptions.colored))
    case .markdown: try outputOptions.write(ResumeReadingReport.markdown(readings))
    case .json: try outputOptions.write(try ResumeReadingReport.json(readings, oneFileNamed: files.count == 1))
    }
    if failures > 0 { throw ExitStatus.someInputsFailed.exitCode }
  }
}
