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

  /// An array of numbers: its count, zero bytes up to the numbers' alignment, then their bytes, little-endian as
  /// every number here. Aligned (the payload starts aligned in its file), the array can be used where it lies
  /// in a mapped file (``CompiledReader/readCompiledArray(of:)``).
  package mutating func write<T: FixedWidthInteger>(array values: [T]) {
    writeCount(values.count, alignment: MemoryLayout<T>.alignment)
    #if _endian(big)
      values.map(\.littleEndian).withUnsafeBytes { bytes.append(contentsOf: $0) }
    #else
      values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    #endif
  }

  /// An array of numbers held as a ``CompiledArray``, as ``write(array:)`` writes one.
  package mutating func write<T: FixedWidthInteger>(array values: CompiledArray<T>) {
    #if _endian(big)
      write(array: Array(values))
    #else
      writeCount(values.count, alignment: MemoryLayout<T>.alignment)
      values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    #endif
  }

  private mutating func writeCount(_ count: Int, alignment: Int) {
    write(UInt64(count))
    while bytes.count % alignment != 0 { bytes.append(0) }
  }

  /// Zero bytes up to a multiple of `alignment`.
  package mutating func pad(to alignment: Int) {
    while bytes.count % alignment != 0 { bytes.append(0) }
  }

  /// Appends bytes as they are.
  package mutating func write(raw: [UInt8]) { bytes.append(contentsOf: raw) }
}
