import Foundation

/// Writing to the terminal's streams.
enum Console {
  /// Writes a line to standard error.
  static func error(_ message: String) {
    FileHandle.standardError.write(data(message.hasSuffix("\n") ? message : message + "\n"))
  }

  /// Writes text to standard output as it is.
  static func output(_ text: String) {
    FileHandle.standardOutput.write(data(text))
  }

  /// The text's UTF-8 bytes, copied from the string's own storage: `Data(text.utf8)` is `Data`'s generic
  /// initializer, whose first use has the runtime look up conformances (some 300,000 instructions).
  private static func data(_ text: String) -> Data {
    var text = text
    return text.withUTF8 { bytes in bytes.baseAddress.map { Data(bytes: $0, count: bytes.count) } ?? Data() }
  }
}
