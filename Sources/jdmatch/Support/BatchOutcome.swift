import ArgumentParser
import Matching
import Pipeline
import Report

/// What `rank` and `compare` say and exit with around a batch: the same lines and codes for both.
enum BatchOutcome {
  /// Names every problem of a batch that could not run on stderr; the exit code for it (usage when the
  /// subject itself could not be read).
  static func failure(_ error: PipelineError) -> ExitCode {
    for message in error.messages { Console.error("jdmatch: \(message)") }
    if case .unreadableSubject = error { return ExitStatus.usage.exitCode }
    return ExitStatus.someInputsFailed.exitCode
  }

  /// Names each skipped file on stderr, and throws the exit code when one could not be read (a file set
  /// aside for its kind was read: it is no failure).
  static func finish(skipped: [Ranking.Skipped]) throws {
    for item in skipped { Console.error("jdmatch: \(item.file): \(RankingReport.reason(item))") }
    if skipped.contains(where: { !$0.isSetAside }) { throw ExitStatus.someInputsFailed.exitCode }
  }
}
