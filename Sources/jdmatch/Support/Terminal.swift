import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the terminal the output goes to can show.
enum Terminal {
  /// Whether to colour output that goes to standard output.
  ///
  /// A non-empty `NO_COLOR` turns colour off and a non-empty `FORCE_COLOR` turns it on
  /// (https://no-color.org, https://force-color.org; an empty value counts as unset); otherwise colour is
  /// used when standard output is a terminal that is not `dumb`.
  static var colored: Bool {
    colored(environment: ProcessInfo.processInfo.environment, isTerminal: isatty(STDOUT_FILENO) == 1)
  }

  /// The colour decision for an environment and whether standard output is a terminal.
  static func colored(environment: [String: String], isTerminal: Bool) -> Bool {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    if let force = environment["FORCE_COLOR"], !force.isEmpty { return true }
    guard isTerminal, let term = environment["TERM"] else { return false }
    return term.lowercased() != "dumb"
  }

  /// How wide a table written to standard output may be: `COLUMNS` when it is a positive number, else the
  /// terminal's width; nil (no limit) when standard output is not a terminal and `COLUMNS` is unset.
  static var width: Int? {
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 {
      return columns
    }
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }
}
