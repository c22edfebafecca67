import Foundation

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

  /// Where the ASCII `needle` first (or, `backwards`, last) occurs in `text`, as Foundation's
  /// `range(of:options:)` finds it (`.caseInsensitive` when `ignoringCase`): a match that would cut a
  /// character in two is passed over. Searched on UTF-8 bytes, without Foundation's bridged search.
  ///
  /// A text holding a scalar that Foundation would match against ASCII (ß, ſ, the Kelvin sign, the ﬁ
  /// ligature and the others whose case folding holds an ASCII letter; the Greek question mark and varia,
  /// equivalent to ";" and "`") is handed to Foundation, so the answer is always the same as its.
  static func characterRange(
    of needle: String, in text: String, ignoringCase: Bool = false, backwards: Bool = false
  ) -> Range<String.Index>? {
    if needsFoundation(text) {
      var options: String.CompareOptions = ignoringCase ? [.caseInsensitive] : []
      if backwards { options.insert(.backwards) }
      return text.range(of: needle, options: options)
    }
    return characterRange(
      of: Array(needle.utf8), in: text, from: text.startIndex, ignoringCase: ignoringCase,
      backwards: backwards)
  }

  /// Whether `text` contains `part`, as Foundation's `contains(_:)` answers (never for an empty `part`); two
  /// ASCII strings are compared as bytes, others handed to Foundation.
  static func contains(_ text: String, _ part: String) -> Bool {
    guard !part.isEmpty, text.utf8.allSatisfy({ $0 < 0x80 }), part.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.contains(part)
    }
    return characterRange(of: Array(part.utf8), in: text, from: text.startIndex, ignoringCase: false, backwards: false)
      != nil
  }

  /// The parts of `text` between the occurrences of the ASCII `separator`, as Foundation's
  /// `components(separatedBy:)` gives them (empty parts kept), found as ``characterRange(of:in:ignoringCase:backwards:)``
  /// finds them.
  static func components(of text: String, separatedBy separator: String) -> [String] {
    if needsFoundation(text) { return text.components(separatedBy: separator) }
    let pattern = Array(separator.utf8)
    var parts: [String] = []
    var start = text.startIndex
    while let range = characterRange(of: pattern, in: text, from: start, ignoringCase: false, backwards: false) {
      parts.append(String(text[start..<range.lowerBound]))
      start = range.upperBound
    }
    parts.append(String(text[start...]))
    return parts
  }

  /// The first (or, `backwards`, last) match of `pattern` in `text` at or after `from` that starts and ends
  /// on character boundaries.
  private static func characterRange(
    of pattern: [UInt8], in text: String, from: String.Index, ignoringCase: Bool, backwards: Bool
  ) -> Range<String.Index>? {
    let utf8 = text.utf8
    let first = utf8.distance(from: utf8.startIndex, to: from)
    guard !pattern.isEmpty, pattern.count <= utf8.count - first else { return nil }
    var contiguous = text
    return contiguous.withUTF8 { bytes -> Range<String.Index>? in
      let last = bytes.count - pattern.count
      var start = backwards ? last : first
      while start >= first && start <= last {
        var offset = 0
        while offset < pattern.count {
          var byte = bytes[start + offset]
          if ignoringCase && byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
          if byte != pattern[offset] { break }
          offset += 1
        }
        if offset == pattern.count {
          let lower = utf8.index(utf8.startIndex, offsetBy: start)
          let upper = utf8.index(lower, offsetBy: pattern.count)
          if lower.samePosition(in: text) != nil && upper.samePosition(in: text) != nil { return lower..<upper }
        }
        start += backwards ? -1 : 1
      }
      return nil
    }
  }

  /// Whether the text holds a scalar that Foundation's search may match against an ASCII character.
  private static func needsFoundation(_ text: String) -> Bool {
    // Every such scalar takes two bytes or more, the first from 0xC3 up.
    guard text.utf8.contains(where: { $0 >= 0xC3 }) else { return false }
    return text.unicodeScalars.contains { scalar in
      switch scalar.value {
      case 0xDF, 0x130, 0x149, 0x17F, 0x1F0, 0x37E, 0x1E96...0x1E9A, 0x1E9E, 0x1FEF, 0x212A, 0xFB00...0xFB06: true
      default: false
      }
    }
  }
}
