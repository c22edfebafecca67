import Foundation

/// JSON as every command writes it: pretty, keys sorted, slashes unescaped, so output is byte-stable.
enum JSONOutput {
  static func encode<Value: Encodable>(_ value: Value) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(value)
  }
}
