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
    String(decoding: collapse(bytes: Array(text.utf8)), as: UTF8.self)
  }

  /// UTF-8 bytes with whitespace runs collapsed and the ends trimmed.
  static func collapse(bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var pendingSpace = false
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if isSpace(byte) {
        pendingSpace = true
        index += 1
        continue
      }
      // U+00A0 no-break space.
      if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
        pendingSpace = true
        index += 2
        continue
      }
      // U+200B zero-width space, U+FEFF stray BOM: dropped; U+2000–U+200A, U+202F, U+205F: spaces.
      if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80 {
        let third = bytes[index + 2]
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
      if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
        index += 3
        continue
      }
      if pendingSpace && !output.isEmpty { output.append(0x20) }
      pendingSpace = false
      output.append(byte)
      index += 1
    }
    return output
  }
}
