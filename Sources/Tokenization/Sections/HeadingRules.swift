/// Heading phrases by section kind, in order of precedence, compiled to numbers: a heading's words are looked
/// up once, then every phrase is compared as integers.
struct HeadingRules: Sendable {
  /// A phrase element: a word number (≥ 0) or a prefix number p stored as -(p + 1).
  private var elements: [Int32] = []
  /// Each phrase's kind and where its elements are, in order of precedence.
  private var phrases: [(kind: SectionKind, start: Int, count: Int)] = []
  private var words: [String: Int32] = [:]
  private var prefixes: [[UInt8]] = []

  /// Compiles phrases; a word ending in `*` is a prefix.
  init(_ lists: [(SectionKind, [String])]) {
    for (kind, list) in lists {
      for text in list {
        let start = elements.count
        let phrase = HeadingWords.phrase(text)
        for (word, isPrefix) in zip(phrase.words, phrase.isPrefix) {
          if isPrefix {
            let bytes = Array(word.utf8)
            let index = prefixes.firstIndex(of: bytes) ?? prefixes.count
            if index == prefixes.count { prefixes.append(bytes) }
            elements.append(-Int32(index) - 1)
          } else {
            let number = words[word] ?? Int32(words.count)
            words[word] = number
            elements.append(number)
          }
        }
        phrases.append((kind, start, elements.count - start))
      }
    }
  }

  /// The kind of the first phrase, in order of precedence, whose words occur consecutively in `heading`'s.
  func firstKind(in headingWords: [String]) -> SectionKind? {
    guard !headingWords.isEmpty else { return nil }
    let numbers = headingWords.map { words[$0] ?? -1 }
    // Which prefixes each word starts with, one bit per prefix (at most 64 prefixes are kept apart).
    let masks = headingWords.map { word -> UInt64 in
      var mask: UInt64 = 0
      let bytes = word.utf8
      for (index, prefix) in prefixes.enumerated() where bytes.count >= prefix.count {
        let isASCII = bytes.allSatisfy { $0 < 0x80 }
        if isASCII ? bytes.starts(with: prefix) : word.hasPrefix(String(decoding: prefix, as: UTF8.self)) {
          mask |= 1 << UInt64(index & 63)
        }
      }
      return mask
    }
    for phrase in phrases where phrase.count <= numbers.count {
      search: for start in 0...(numbers.count - phrase.count) {
        for offset in 0..<phrase.count {
          let element = elements[phrase.start + offset]
          if element >= 0 {
            if numbers[start + offset] != element { continue search }
          } else if masks[start + offset] & (1 << UInt64(Int(-element - 1) & 63)) == 0 {
            continue search
          }
        }
        return phrase.kind
      }
    }
    return nil
  }
}
