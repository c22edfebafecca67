import Foundation
import Ingest

/// JSON as every command writes it: pretty, keys sorted, slashes unescaped, so output is byte-stable.
public enum JSONOutput {
  /// One value as JSON text.
  ///
  /// - Parameter value: Any encodable value.
  /// - Returns: The JSON, ending in a newline.
  /// - Throws: The encoder's error when the value cannot be encoded.
  public static func text<Value: Encodable>(_ value: Value) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }

  /// The results of a command as one object or an array: one file named and read gives its object, so
  /// `jq .title` works on it; anything else gives an array, empty when nothing was read.
  ///
  /// - Parameters:
  ///   - values: One result per file read, in order.
  ///   - oneFileNamed: Whether the command line named exactly one file.
  /// - Returns: The JSON, ending in a newline.
  /// - Throws: The encoder's error when a value cannot be encoded.
  public static func text<Value: Encodable>(_ values: [Value], oneFileNamed: Bool) throws -> String {
    if oneFileNamed, values.count == 1, let only = values.first { return try text(only) }
    return try text(values)
  }

  /// JSON Lines: one compact line per input, in order, keys sorted; an input that could not be read is
  /// `{"error": REASON, "file": PATH}`.
  ///
  /// - Parameter results: One result per input: its value, or why it could not be read.
  /// - Returns: The lines, each ending in a newline; empty for no input.
  /// - Throws: The encoder's error when a value cannot be encoded.
  public static func lines<Value: Encodable>(_ results: [Result<Value, IngestError>]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var out = ""
    for result in results {
      let data: Data
      switch result {
      case .success(let value): data = try encoder.encode(value)
      case .failure(let error): data = try encoder.encode(["file": error.path, "error": error.reason])
      }
      out += String(decoding: data, as: UTF8.self) + "\n"
    }
    return out
  }
}
