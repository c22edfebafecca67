import ArgumentParser

/// The `jdmatch` command: subcommands only.
///
/// Every subcommand states its `commandName`: without one, the parser derives each name from the type's with
/// `String(describing:)` on every run (some 12 M instructions).
struct JDMatch: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jdmatch",
    abstract: "Reads saved job postings and tells how well a resume fits them.",
    discussion: ExitStatus.helpText,
    version: "0.1.0",
    subcommands: [Extract.self, Analyze.self, Score.self, Rank.self, Compare.self, Skills.self, LexiconCommand.self]
  )
}
