/// The words of a heading as section rules compare them: lowercased runs of letters and digits, so that
/// "What you’ll do" reads as `what you ll do` and "Nice-to-have" as `nice to have`.
public enum HeadingWords {
  /// Words of headings that stand alone on a line without a colon ("Nice to have", "Preferred Qualifications"),
  /// as a tokenized part's key compares them.
  static let standalone: Set<String> = [
    "nice", "to", "have", "haves", "preferred", "qualifications", "qualification", "requirements", "minimum",
    "basic", "bonus", "points", "benefits", "perks", "what", "we", "offer", "you", "bring", "about", "us",
    "responsibilities", "compensation", "salary", "location", "must", "pluses", "skills", "experience", "and",
    "the", "role", "your", "will", "do", "you'll", "who", "are", "our", "education", "extras", "desired",
    "required", "key", "additional", "ideal", "candidate", "pay", "&", "-", "/", "it", "takes",
    "even", "better", "if", "good", "great", "rewards", "total", "why", "join", "where", "work", "workplace",
  ]

  /// Whether a part's key is a word headings are made of, so that a short line of only such words
  /// ("Nice to have", "Preferred Qualifications") reads as a heading without a colon.
  ///
  /// - Parameter key: The key of a part (``Token/key``).
  public static func isStandalone(_ key: String) -> Bool {
    standalone.contains(key)
  }

  /// A rule phrase as words, each exact or a prefix.
  struct Phrase: Sendable {
    var words: [String]
    var isPrefix: [Bool]
  }

  /// The words of a heading.
  static func of(_ heading: String) -> [String] {
    let utf8 = heading.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else {
      return heading.lowercased().unicodeScalars
        .split { !($0.properties.isAlphabetic || ($0.value >= 0x30 && $0.value <= 0x39)) }
        .map { String(Substring($0)) }
    }
    // ASCII, as nearly every heading is: lowercase and split in one pass over the bytes.
    var words: [String] = []
    var word: [UInt8] = []
    for var byte in utf8 {
      if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
      if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
        word.append(byte)
      } else if !word.isEmpty {
        words.append(String(decoding: word, as: UTF8.self))
        word.removeAll(keepingCapacity: true)
      }
    }
    if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
    return words
  }

  /// A rule phrase as words; a last character `*` makes the word a prefix.
  static func phrase(_ text: String) -> Phrase {
    var phrase = Phrase(words: [], isPrefix: [])
    var text = text
    // The string's own bytes, split by hand: the rules' 300 phrases are compiled at every start, and the
    // generic split of a UTF-8 view cost three times the rest.
    text.withUTF8 { bytes in
      var start = 0
      for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
        if end > start {
          let isPrefix = bytes[end - 1] == 0x2A
          let word = UnsafeBufferPointer(rebasing: bytes[start..<(isPrefix ? end - 1 : end)])
          phrase.words.append(String(decoding: word, as: UTF8.self))
          phrase.isPrefix.append(isPrefix)
        }
        start = end + 1
      }
    }
    return phrase
  }
}
