/// Byte search for the ingest stage's hot paths (Ingest does not depend on Tokenization).
enum ASCIIBytes {
  /// Whether `needle` occurs in `haystack`.
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    guard needle.count <= haystack.count else { return false }
    var index = 0
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == needle[0] {
        var offset = 1
        while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return true }
      }
      index += 1
    }
    return false
  }

  /// Where the lowercase ASCII `needle` first (or, `backwards`, last) occurs in `text`, ignoring the case
  /// of ASCII letters; without Foundation's bridged search, which is slow on Linux.
  static func range(of needle: String, in text: String, backwards: Bool = false) -> Range<String.Index>? {
    let pattern = Array(needle.utf8)
    let utf8 = text.utf8
    guard !pattern.isEmpty, pattern.count <= utf8.count else { return nil }
    let bytes = Array(utf8)
    let last = bytes.count - pattern.count
    var start = backwards ? last : 0
    while start >= 0 && start <= last {
      var offset = 0
      while offset < pattern.count {
        let byte = bytes[start + offset]
        if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != pattern[offset] { break }
        offset += 1
      }
      if offset == pattern.count {
        // An ASCII byte never continues a multi-byte character, so these offsets are character boundaries.
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return lower..<utf8.index(lower, offsetBy: pattern.count)
      }
      start += backwards ? -1 : 1
    }
    return nil
  }
}
