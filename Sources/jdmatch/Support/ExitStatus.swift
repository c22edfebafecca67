import ArgumentParser

/// The exit statuses of every `jdmatch` command.
enum ExitStatus: Int32 {
  /// Every input was processed.
  case success = 0
  /// Some inputs could not be read or held no main text (or a folder held nothing to rank); the others
  /// were processed and the failures listed on stderr.
  case someInputsFailed = 1
  /// The command line was wrong (unknown option, missing argument, bad value).
  case usage = 2

  static let helpText = """
    Exit status: 0 when every input was processed; 1 when some inputs could not be read or held no main \
    text (each is named on stderr with the reason, and the others are still processed); 2 for a usage \
    error.
    """

  var exitCode: ExitCode { ExitCode(rawValue) }
}
