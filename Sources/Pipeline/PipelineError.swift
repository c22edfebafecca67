import Ingest

/// Why a batch could not be ranked at all (files that fail one by one are listed in the ranking instead).
public enum PipelineError: Error, CustomStringConvertible, Equatable {
  /// The resume (or posting) everything is scored against could not be read.
  case unreadableSubject(IngestError)
  /// The paths held no file to rank: only the files and folders that failed, or nothing at all.
  ///
  /// - `what`: "postings" or "resumes".
  /// - `paths`: The paths given.
  /// - `problems`: Each path that could not be read and each folder that held nothing, with the reason.
  case nothingToRank(what: String, paths: [String], problems: [IngestError])

  /// One line per problem, each naming the file: the subject's error, each input's, or "no postings found in
  /// PATHS" when there is no problem to name.
  public var messages: [String] {
    switch self {
    case .unreadableSubject(let error):
      return [error.description]
    case .nothingToRank(let what, let paths, let problems):
      if problems.isEmpty { return ["no \(what) found in \(paths.joined(separator: ", "))"] }
      return problems.map(\.description)
    }
  }

  /// The ``messages``, one per line.
  public var description: String { messages.joined(separator: "\n") }
}
