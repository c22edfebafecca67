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

  /// The words of a heading.
  static func of(_ heading: String) -> [String] {
    heading.lowercased().unicodeScalars
      .split { !($0.properties.isAlphabetic || ($0.value >= 0x30 && $0.value <= 0x39)) }
      .map { String(String.UnicodeScalarView($0)) }
  }

  /// A rule phrase as words; a last character `*` makes the word a prefix.
  static func phrase(_ text: String) -> [String] {
    text.split(separator: " ").map(String.init)
  }

  /// Whether the phrase's words occur consecutively in `words`.
  static func contains(_ words: [String], _ phrase: [String]) -> Bool {
    guard phrase.count <= words.count else { return false }
    for start in 0...(words.count - phrase.count) {
      var matched = true
      for (offset, word) in phrase.enumerated() where !matches(words[start + offset], word) {
        matched = false
        break
      }
      if matched { return true }
    }
    return false
  }

  private static func matches(_ word: String, _ pattern: String) -> Bool {
    pattern.hasSuffix("*") ? word.hasPrefix(pattern.dropLast()) : word == pattern
  }
}
