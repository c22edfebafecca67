/// Writes the compiled form of lexicon data: fixed-width little-endian numbers, strings as a length and their
/// UTF-8 bytes, and arrays of numbers as a count and their bytes, so that ``CompiledReader`` copies them back
/// in one move instead of parsing text.
package struct CompiledWriter {
  /// The bytes written so far.
  package private(set) var bytes: [UInt8] = []

  /// Creates an empty writer.
  package init() {}

  package mutating func write(_ value: UInt8) { bytes.append(value) }

  package mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

  package mutating func write<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// A count or index, as 32 bits.
  package mutating func write(_ value: Int) { write(Int32(truncatingIfNeeded: value)) }

  /// A double by its bits, so it reads back identical.
  package mutating func write(_ value: Double) { write(value.bitPattern) }

  package mutating func write(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      write(UInt32(utf8.count))
      bytes.append(contentsOf: utf8)
    }
  }

  package mutating func write(_ values: [String]) {
    write(values.count)
    for value in values { write(value) }
  }

  /// A set, sorted, so the same set always writes the same bytes.
  package mutating func write(_ values: Set<String>) { write(values.sorted()) }

  package mutating func write(_ values: [[String]]) {
    write(values.count)
    for value in values { write(value) }
  }

  package mutating func write(_ values: [Double]) {
    write(values.count)
    for value in values { write(value) }
  }

  /// An array of numbers: its count, then its bytes, little-endian as every number here.
  package mutating func write<T: FixedWidthInteger>(array values: [T]) {
    write(UInt64(values.count))
    #if _endian(big)
      values.map(\.littleEndian).withUnsafeBytes { bytes.append(contentsOf: $0) }
    #else
      values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    #endif
  }

  /// Appends bytes as they are.
  package mutating func write(raw: [UInt8]) { bytes.append(contentsOf: raw) }
}
