import Foundation

/// What the terminal the output goes to can show.
enum Terminal {
  /// Colour only when standard output is a terminal that is not `dumb` and `NO_COLOR` is unset
  /// (https://no-color.org).
  static var colored: Bool {
    let environment = ProcessInfo.processInfo.environment
    guard isatty(STDOUT_FILENO) == 1, environment["NO_COLOR"] == nil, let term = environment["TERM"] else {
      return false
    }
    return term.lowercased() != "dumb"
  }
}
