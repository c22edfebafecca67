import ArgumentParser
import Foundation
import Ingest

/// `jdmatch extract`: prints the main text or the structure of saved job pages.
struct Extract: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the main text of saved job pages (.html, .htm, .mhtml, .mht, .txt, .md, .pdf).",
    discussion: ExitStatus.helpText
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "Saved job pages to read.")
  var files: [String]

  @Option(help: "Output format: text (the main text) or json (title, company, location, text, sections, JSON-LD).")
  var format: Format = .text

  @OptionGroup var ingest: IngestOptionGroup

  func run() async throws {
    let (documents, failures) = DocumentReader.readEach(files, with: ingest.ingestor)
    switch format {
    case .text:
      let showNames = files.count > 1
      for document in documents {
        if showNames { Console.output("==> \(document.source) <==\n") }
        Console.output(document.text + "\n")
        if showNames { Console.output("\n") }
      }
    case .json:
      let data = files.count == 1 && documents.count == 1
        ? try JSONOutput.encode(documents[0]) : try JSONOutput.encode(documents)
      Console.output(String(decoding: data, as: UTF8.self) + "\n")
    }
    if failures > 0 { throw ExitStatus.someInputsFailed.exitCode }
  }
}
