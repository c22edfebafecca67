/// Why a lexicon file cannot be used.
public enum LexiconError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The file could not be read.
  case unreadable(path: String, reason: String)
  /// The file is larger than lexicons ever need to be.
  case tooLarge(path: String, bytes: Int, limit: Int)
  /// The file is not valid YAML.
  case notYAML(path: String, line: Int?, reason: String)
  /// The file is YAML but breaks the lexicon format; every problem found, in line order.
  case invalid(path: String, problems: [LexiconProblem])

  /// One line naming the file, the line and the problem (the first one, with a count of the rest).
  public var description: String {
    switch self {
    case .unreadable(let path, let reason): return "\(path): cannot read lexicon: \(reason)"
    case .tooLarge(let path, let bytes, let limit):
      return "\(path): lexicon is \(bytes / 1024) KB, over the \(limit / 1024) KB limit for lexicon files"
    case .notYAML(let path, let line, let reason):
      return "\(path)\(line.map { ":\($0)" } ?? ""): not valid YAML: \(reason)"
    case .invalid(let path, let problems):
      guard let first = problems.first else { return "\(path): invalid lexicon" }
      let more =
        problems.count > 1
        ? " (and \(problems.count - 1) more; see jdmatch lexicon validate \(path))" : ""
      return "\(path):\(first.line): \(first.message)\(more)"
    }
  }
}

/// One problem in a lexicon file, at a line.
public struct LexiconProblem: Sendable, Equatable, CustomStringConvertible {
  /// The 1-based line of the file.
  public var line: Int
  /// What is wrong, in words a lexicon author can act on.
  public var message: String

  /// Creates a problem.
  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }

  /// `line: message`.
  public var description: String { "\(line): \(message)" }
}
