import Foundation

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
}
