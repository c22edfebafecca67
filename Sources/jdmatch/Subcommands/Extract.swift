import Analysis
import ArgumentParser
import Foundation
import Ingest
import Pipeline
import Report
import Requirements

/// `jdmatch extract`: prints the main text or the structure of saved job pages.
struct Extract: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Print the main text of saved job pages (.html, .htm, .mhtml, .mht, .txt, .md, .pdf).",
    discussion: ExitStatus.helpText
  )

  enum Format: String, OutputFormat {
    case text, json

    static let help =
      "Output format: text (the main text) or json (title, company, location, text, sections, JSON-LD)."
    static let standard = Format.text
  }

  @Argument(help: "Saved job pages to read.")
  var files: [String]

  @OptionGroup var outputOptions: OutputOptions<Format>

  @OptionGroup var ingest: IngestOptionGroup

  func run() async throws {
    var (documents, failures) = DocumentReader.readEach(files, with: ingest.ingestor)
    // The title `analyze`, `score` and `rank` show: the page's own unless a heading is the job title
    // ("Roles on the Product team" over its one "Product Manager" section). Without the role vocabulary
    // beside the default lexicon, the page's own.
    if let path = LexiconLocator.defaultPath(),
      let roles = try? RoleVocabularyLoader.load(path: RoleVocabularyLoader.path(besideLexicon: path))
    {
      let reader = RoleReader(vocabulary: roles)
      for index in documents.indices {
        documents[index].title =
          reader.posting(documents[index], requirements: Requirements()).title
          ?? documents[index].title
      }
    }
    switch outputOptions.format {
    case .text: try outputOptions.write(ExtractReport.text(documents, showNames: files.count > 1))
    case .json: try outputOptions.write(try ExtractReport.json(documents, oneFileNamed: files.count == 1))
    }
    if failures > 0 { throw ExitStatus.someInputsFailed.exitCode }
  }
}
