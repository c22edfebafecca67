import Foundation

/// Writing to the terminal's streams.
enum Console {
  /// Writes a line to standard error.
  static func error(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
  }

  /// Writes text to standard output as it is.
  static func output(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
