import Analysis
import ArgumentParser
import Foundation
import Ingest
import Report

/// `jdmatch skills`: the general vocabulary's skills (ESCO and technology names) in each line of text files.
struct Skills: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the skills (ESCO and technology names) found in each line of text files.",
    discussion: ExitStatus.helpText
  )

  enum Format: String, OutputFormat {
    case table, jsonl

    static let help = "Output format: table or jsonl (one JSON object per input line)."
    static let standard = Format.table
  }

  @Argument(help: "Plain-text files, one sentence per line.")
  var files: [String]

  @OptionGroup var outputOptions: OutputOptions<Format>
  @OptionGroup var lexiconOptions: LexiconOptions

  func run() async throws {
    let lexicon = try lexiconOptions.load()
    let matcher = lexicon.skills
    var lines: [SkillsReport.Line] = []
    var failures = 0
    for file in files {
      do {
        let bytes = try FileReader.read(file, limit: 64 * 1_048_576)
        lines += SkillsReport.lines(of: String(decoding: bytes, as: UTF8.self), matcher: matcher)
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
