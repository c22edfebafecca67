import CLibXML2

/// Whitespace handling shared by the extractor: measuring text and collapsing runs of spaces.
enum TextNormalizer {
  /// Whether the byte is ASCII whitespace.
  @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
  }

  /// The length of a text node with whitespace runs counted as one byte, and its commas.
  static func measure(_ content: UnsafePointer<xmlChar>) -> (bytes: Int32, commas: Int32) {
    var bytes: Int32 = 0
    var commas: Int32 = 0
    var index = 0
    var inSpace = true
    while true {
      let byte = content[index]
      if isPlain(byte) {
        bytes += 1
        inSpace = false
        if byte == 0x2C { commas += 1 }
        index += 1
        continue
      }
      if byte == 0 { break }
      if isSpace(byte) {
        if !inSpace { bytes += 1 }
        inSpace = true
      } else {
        bytes += 1
        inSpace = false
        if byte == 0x2C { commas += 1 }
      }
      index += 1
    }
    return (bytes, commas)
  }

  /// The text with every run of whitespace (including no-break and zero-width spaces) made one space,
  /// trimmed at both ends.
  static func collapse(_ text: String) -> String {
    var text = text
    return text.withUTF8 { collapsedString($0) }
  }

  /// UTF-8 bytes with whitespace runs collapsed and the ends trimmed.
  static func collapse(bytes: [UInt8]) -> [UInt8] {
    bytes.withUnsafeBufferPointer { input in
      [UInt8](unsafeUninitializedCapacity: input.count) { output, count in
        count = collapse(input, into: output)
      }
    }
  }

  /// The string of UTF-8 bytes with whitespace runs collapsed and the ends trimmed; invalid UTF-8 is
  /// repaired as `String(decoding:as:)` repairs it.
  static func collapsedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard !bytes.isEmpty else { return "" }
    return String(unsafeUninitializedCapacity: bytes.count) { output in collapse(bytes, into: output) }
  }

  /// Writes `input` with whitespace runs collapsed and the ends trimmed into `output` (at least as long as
  /// `input`); returns how many bytes it wrote. Works on buffers: this runs on every line a page writes.
  private static func collapse(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>)
    -> Int
  {
    var written = 0
    var pendingSpace = false
    var index = 0
    let count = input.count
    while index < count {
      let byte = input[index]
      if isPlain(byte) {
        // A run of printable ASCII with single spaces between its words is copied as it stands.
        if pendingSpace && written > 0 {
          output[written] = 0x20
          written += 1
        }
        pendingSpace = false
        let start = index
        index += 1
        while index < count {
          if isPlain(input[index]) {
            index += 1
          } else if input[index] == 0x20 && index + 1 < count && isPlain(input[index + 1]) {
            index += 2
          } else {
            break
          }
        }
        (output.baseAddress! + written).initialize(from: input.baseAddress! + start, count: index - start)
        written += index - start
        continue
      }
      if isSpace(byte) {
        pendingSpace = true
        index += 1
        continue
      }
      // U+00A0 no-break space.
      if byte == 0xC2, index + 1 < count, input[index + 1] == 0xA0 {
        pendingSpace = true
        index += 2
        continue
      }
      // U+200B zero-width space, U+FEFF stray BOM: dropped; U+2000–U+200A, U+202F, U+205F: spaces.
      if byte == 0xE2, index + 2 < count, input[index + 1] == 0x80 {
        let third = input[index + 2]
        if third == 0x8B {
          index += 3
          continue
        }
        if (third >= 0x80 && third <= 0x8A) || third == 0xAF {
          pendingSpace = true
          index += 3
          continue
        }
      }
      if byte == 0xEF, index + 2 < count, input[index + 1] == 0xBB, input[index + 2] == 0xBF {
        index += 3
        continue
      }
      // Any other byte (ASCII controls and punctuation the plain run leaves, the rest of UTF-8) as it is.
      if pendingSpace && written > 0 {
        output[written] = 0x20
        written += 1
      }
      pendingSpace = false
      output[written] = byte
      written += 1
      index += 1
    }
    return written
  }

  /// Whether the byte is printable ASCII other than the space (or DEL): a byte the collapse copies as it is.
  @inline(__always) private static func isPlain(_ byte: UInt8) -> Bool {
    byte &- 0x21 < 0x5F
  }

  /// The text without the white space that Foundation's `trimmingCharacters(in: .whitespaces)` trims at
  /// its ends (tab, the space separators, U+200B), computed the same way, scalar by scalar, without
  /// bridging to `NSString`.
  static func trimmingSpaces(_ text: String) -> String {
    trimmingSpaces(text[...])
  }

  /// The substring without the white space that `trimmingCharacters(in: .whitespaces)` trims.
  static func trimmingSpaces(_ text: Substring) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isTrimmedSpace($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !isTrimmedSpace($0) }) ?? first
    return String(scalars[first...last])
  }

  /// Whether `CharacterSet.whitespaces` holds the scalar.
  private static func isTrimmedSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar.value == 0x20 || scalar.value == 0x09 }
    return scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
  }
}
