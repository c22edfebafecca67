import Analysis
import ArgumentParser
import Foundation
import Ingest

/// `jdmatch analyze`: which competencies postings ask for, with evidence, and their hard requirements.
struct Analyze: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the competencies and requirements of job postings.",
    discussion: ExitStatus.helpText
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json, markdown
  }

  @Argument(help: "Saved job postings (.html, .htm, .mhtml, .mht, .txt, .md, .pdf).")
  var files: [String]

  @Option(help: "Output format: table, json or markdown.")
  var format: Format = .table

  @OptionGroup var lexiconOptions: LexiconOptions
  @OptionGroup var ingest: IngestOptionGroup

  func run() async throws {
    Terminal.configureColor()
    let analyzer = PostingAnalyzer(lexicon: try lexiconOptions.load())
    let (documents, failures) = DocumentReader.readEach(files, with: ingest.ingestor)
    let analyses = documents.map(analyzer.analyze)
    switch format {
    case .table:
      Console.output(analyses.map { AnalysisReport.table($0) }.joined(separator: "\n"))
    case .markdown:
      Console.output(analyses.map(AnalysisReport.markdown).joined(separator: "\n"))
    case .json:
      let data = files.count == 1 && analyses.count == 1
        ? try JSONOutput.encode(analyses[0]) : try JSONOutput.encode(analyses)
      Console.output(String(decoding: data, as: UTF8.self) + "\n")
    }
    if failures > 0 { throw ExitStatus.someInputsFailed.exitCode }
  }
}
