import Analysis
import ArgumentParser
import Foundation
import Ingest
import Report

/// `jdmatch skills`: the general vocabulary's skills (ESCO and technology names) in each line of text files,
/// or of the text read from a page, PDF or Word file.
struct Skills: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "skills",
    abstract: "Show the skills (ESCO and technology names) found in each line of a file's text.",
    discussion: ExitStatus.helpText
  )

  enum Format: String, OutputFormat {
    case table, jsonl

    static let help = "Output format: table or jsonl (one JSON object per input line)."
    static let standard = Format.table
  }

  @Argument(
    help:
      "Plain-text files (.txt), one sentence per line; other files (.html, .md, .pdf, .docx…) are read first and their text's lines matched."
  )
  var files: [String]

  @OptionGroup var outputOptions: OutputOptions<Format>
  @OptionGroup var lexiconOptions: LexiconOptions
  @OptionGroup var ingest: IngestOptionGroup

  func run() async throws {
    let lexicon = try lexiconOptions.load().lexicon
    let matcher = lexicon.skills
    var lines: [SkillsReport.Line] = []
    var failures = 0
    for file in files {
      do {
        // A .txt file is a list of sentences, as the skill benchmark's are; anything else is a document
        // whose text is read first (a PDF's bytes are not lines of text).
        let text: String
        if file.lowercased().hasSuffix(".txt") {
          text = String(decoding: try FileReader.read(file, limit: 64 * 1_048_576), as: UTF8.self)
        } else {
          text = try ingest.ingestor.document(at: file).text
        }
        lines += SkillsReport.lines(of: text, matcher: matcher)
      } catch let error as IngestError {
        Console.error("jdmatch: \(error.description)")
        failures += 1
      } catch {
        Console.error("jdmatch: \(file): \(error)")
        failures += 1
      }
    }
    switch outputOptions.format {
    case .table: try outputOptions.write(SkillsReport.table(lines))
    case .jsonl: try outputOptions.write(try SkillsReport.jsonLines(lines))
    }
    if failures > 0 { throw ExitStatus.someInputsFailed.exitCode }
  }
}
