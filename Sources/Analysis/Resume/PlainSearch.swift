import Foundation

/// Foundation's literal-string searches (`components(separatedBy:)`, `replacingOccurrences(of:with:)`) skipped when
/// they can find nothing: each call costs thousands of instructions even on a short line, and a resume's parts are
/// cut at a dozen separators.
///
/// Foundation finds a string in text that holds it or a canonically equivalent sequence. A text is *plain* when none
/// of its scalars has such an equivalent among the separators' and markers' characters: scalars below U+0300 (ASCII
/// and precomposed Latin letters, whose decompositions are a letter and a mark) and general punctuation from U+2010
/// (dashes, quotes, bullets). In a plain text, a string whose bytes are absent is not found, so the call is skipped;
/// any other text, or one that holds the bytes, is left to Foundation.
enum PlainSearch {
  /// Whether every scalar of `text` is below U+0300 or general punctuation from U+2010 to U+205E.
  static func isPlain(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2010...0x205E).contains($0.value) }
  }

  /// Whether the bytes of `word` stand in `text`.
  static func holds(_ text: some StringProtocol, _ word: String) -> Bool {
    let word = Array(word.utf8)
    guard let first = word.first else { return true }
    let bytes = Array(text.utf8)
    guard bytes.count >= word.count else { return false }
    for start in 0...(bytes.count - word.count) where bytes[start] == first {
      if bytes[start..<(start + word.count)].elementsEqual(word) { return true }
    }
    return false
  }

  /// `text.components(separatedBy: separator)`; `plain` is ``isPlain(_:)`` of `text` (or of a text it was cut from).
  static func components(_ text: String, separatedBy separator: String, plain: Bool) -> [String] {
    plain && !holds(text, separator) ? [text] : text.components(separatedBy: separator)
  }

  /// `text.replacingOccurrences(of: target, with: replacement)`; `plain` is ``isPlain(_:)`` of `text`.
  static func replacing(_ target: String, with replacement: String, in text: String, plain: Bool) -> String {
    plain && !holds(text, target) ? text : text.replacingOccurrences(of: target, with: replacement)
  }
}
