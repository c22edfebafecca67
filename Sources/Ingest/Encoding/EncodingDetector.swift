/// Decides which encoding a page's bytes are in: byte-order mark first, then a declared charset
/// (`<meta charset>`, `http-equiv` content type, XML declaration), then whether the bytes are valid UTF-8,
/// else windows-1252.
enum EncodingDetector {
  /// How far into the file a charset declaration is looked for.
  static let prescanLength = 8192

  /// The encoding of `bytes` and the length of the byte-order mark to skip.
  static func detect(_ bytes: [UInt8], declaredLabel: String? = nil) -> (encoding: CharacterEncoding, bomLength: Int) {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
    if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LittleEndian, 2) }
    if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BigEndian, 2) }
    if let bomless = utf16WithoutBOM(bytes) { return (bomless, 0) }
    let label = declaredLabel ?? declaredCharset(in: bytes)
    if let label, let declared = CharacterEncoding(label: label) {
      // A page labelled UTF-16 that reached us as 8-bit bytes is mislabelled; a page labelled
      // UTF-8 stays UTF-8 even with a few bad bytes (they become U+FFFD).
      switch declared {
      case .utf16BigEndian, .utf16LittleEndian: break
      case .windows1252 where isValidUTF8(bytes) && containsNonASCII(bytes):
        // Mislabelled: many saved pages declare latin-1 but hold UTF-8.
        return (.utf8, 0)
      default: return (declared, 0)
      }
    }
    return (isValidUTF8(bytes) ? .utf8 : .windows1252, 0)
  }

  /// The charset named in a `<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">`
  /// or `<?xml … encoding="…"?>` near the start of the page.
  static func declaredCharset(in bytes: [UInt8]) -> String? {
    let end = min(bytes.count, prescanLength)
    let head = bytes[0..<end]
    for marker in [Array("charset=".utf8), Array("encoding=".utf8)] {
      var index = head.startIndex
      while let found = firstIndex(of: marker, in: head, from: index) {
        var cursor = found + marker.count
        while cursor < end, bytes[cursor] == 0x20 || bytes[cursor] == 0x22 || bytes[cursor] == 0x27 {
          cursor += 1
        }
        var label: [UInt8] = []
        while cursor < end, label.count < 40 {
          let byte = bytes[cursor]
          let isLabelByte =
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A
          guard isLabelByte else { break }
          label.append(byte)
          cursor += 1
        }
        if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
        index = found + marker.count
      }
    }
    return nil
  }

  /// Whether the bytes are well-formed UTF-8.
  ///
  /// Runs of ASCII, most of any page, are passed over eight bytes at a time: this scans every file read.
  static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    var index = 0
    let count = bytes.count
    return bytes.withUnsafeBufferPointer { buffer -> Bool in
      let raw = UnsafeRawBufferPointer(buffer)
      while index < count {
        let byte = buffer[index]
        if byte < 0x80 {
          index += 1
          while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & asciiMask == 0 {
            index += 8
          }
          continue
        }
        let length: Int
        if byte >= 0xC2 && byte <= 0xDF {
          length = 2
        } else if byte >= 0xE0 && byte <= 0xEF {
          length = 3
        } else if byte >= 0xF0 && byte <= 0xF4 {
          length = 4
        } else {
          return false
        }
        guard index + length <= count else { return false }
        for offset in 1..<length where buffer[index + offset] & 0xC0 != 0x80 { return false }
        if length == 3 {
          let second = buffer[index + 1]
          if byte == 0xE0 && second < 0xA0 { return false }
          if byte == 0xED && second >= 0xA0 { return false }  // UTF-16 surrogates
        } else if length == 4 {
          let second = buffer[index + 1]
          if byte == 0xF0 && second < 0x90 { return false }
          if byte == 0xF4 && second >= 0x90 { return false }
        }
        index += length
      }
      return true
    }
  }

  /// The high bit of each byte of a word: zero when all eight bytes are ASCII.
  private static let asciiMask: UInt64 = 0x8080_8080_8080_8080

  private static func containsNonASCII(_ bytes: [UInt8]) -> Bool {
    bytes.contains { $0 >= 0x80 }
  }

  /// UTF-16 without a byte-order mark, recognised by every other byte being NUL at the start of a page
  /// that begins with ASCII (`<`, letters).
  private static func utf16WithoutBOM(_ bytes: [UInt8]) -> CharacterEncoding? {
    guard bytes.count >= 8 else { return nil }
    let sample = min(bytes.count & ~1, 512)
    var evenZeros = 0
    var oddZeros = 0
    for index in stride(from: 0, to: sample, by: 2) {
      if bytes[index] == 0 { evenZeros += 1 }
      if bytes[index + 1] == 0 { oddZeros += 1 }
    }
    let pairs = sample / 2
    if oddZeros * 10 >= pairs * 8, evenZeros * 10 <= pairs { return .utf16LittleEndian }
    if evenZeros * 10 >= pairs * 8, oddZeros * 10 <= pairs { return .utf16BigEndian }
    return nil
  }

  private static func firstIndex(of marker: [UInt8], in head: ArraySlice<UInt8>, from start: Int) -> Int? {
    guard marker.count <= head.endIndex - start else { return nil }
    var index = start
    let last = head.endIndex - marker.count
    while index <= last {
      var matched = true
      for offset in 0..<marker.count {
        var byte = head[index + offset]
        if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
        if byte != marker[offset] {
          matched = false
          break
        }
      }
      if matched { return index }
      index += 1
    }
    return nil
  }
}
