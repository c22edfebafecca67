import Analysis
import ArgumentParser

/// `jdmatch lexicon`: work with competency lexicons.
struct LexiconCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lexicon", abstract: "Check competency lexicon files.", subcommands: [Validate.self])

  /// `jdmatch lexicon validate PATH...`.
  struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check lexicon files and list every problem as FILE:LINE: problem.",
      discussion: "Exit status: 0 when every file is valid; 1 when a file has problems or cannot be read; 2 for a usage error.")

    @Argument(help: "Lexicon files (YAML).")
    var paths: [String]

    func run() async throws {
      var failed = false
      for path in paths {
        do {
          let problems = try LexiconLoader.validate(path: path)
          if problems.isEmpty {
            let lexicon = try LexiconLoader.load(path: path)
            let phrases = lexicon.competencies.reduce(0) { $0 + $1.phrases.count }
            let patterns = lexicon.competencies.reduce(0) { $0 + $1.patterns.count }
            let cues = lexicon.competencies.filter { $0.cues != nil }.count
            let extras = patterns + cues > 0 ? ", \(patterns) patterns, \(cues) cue groups" : ""
            Console.output("\(path): OK (\(lexicon.competencies.count) competencies, \(phrases) phrases\(extras))\n")
          } else {
            failed = true
            for problem in problems { Console.error("\(path):\(problem.line): \(problem.message)") }
          }
        } catch let error as LexiconError {
          failed = true
          Console.error(error.description)
        }
      }
      if failed { throw ExitStatus.someInputsFailed.exitCode }
    }
  }
}
