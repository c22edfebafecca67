import Analysis
import ArgumentParser
import Pipeline

/// `jdmatch lexicon`: work with competency lexicons.
struct LexiconCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lexicon", abstract: "Check competency lexicon files; build the background term frequencies.",
    subcommands: [Validate.self, Background.self])

  /// `jdmatch lexicon validate PATH...`.
  struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "validate",
      abstract: "Check lexicon files and list every problem as FILE:LINE: problem.",
      discussion:
        "Exit status: 0 when every file is valid; 1 when a file has problems or cannot be read; 2 for a usage error.")

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

  /// `jdmatch lexicon background PATH... --output FILE`.
  struct Background: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "background",
      abstract: "Count in how many documents each term appears, for the text part of the fit score.",
      discussion: """
        Reads every posting and resume under the paths (as rank does) and writes `# documents<TAB>N` and \
        `key<TAB>count` lines, sorted by key. The shipped Lexicons/background-df.tsv is built this way from \
        the project's own fixtures and benchmark resumes (see the README). Unreadable files are listed and \
        skipped (exit 1).
        """)

    @Argument(help: "Folders or files of postings and resumes.")
    var paths: [String]

    @Option(help: ArgumentHelp("Write the table here (atomically).", valueName: "file"))
    var output: String

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() async throws {
      let (preparer, _) = try lexiconOptions.scoring()
      let count = BackgroundCounter(preparer: preparer).count(paths)
      for problem in count.problems { Console.error("jdmatch: \(problem.description)") }
      try OutputFile.write(count.table, to: output)
      Console.error("\(output): \(count.documents) documents")
      if !count.problems.isEmpty { throw ExitStatus.someInputsFailed.exitCode }
    }
  }
}
