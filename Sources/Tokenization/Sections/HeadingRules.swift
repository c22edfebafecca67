/// Heading phrases by section kind, in order of precedence, compiled to numbers: a heading's words are looked
/// up once, then every phrase is compared as integers.
struct HeadingRules: Sendable {
  /// A phrase element: a word number (≥ 0) or a prefix number p stored as -(p + 1).
  private var elements: [Int32] = []
  /// Each phrase's kind and where its elements are, in order of precedence.
  private var phrases: [(kind: SectionKind, start: Int, count: Int)] = []
  private var words: [String: Int32] = [:]
  private var prefixes: [[UInt8]] = []
  /// The phrases, by index in precedence order, that begin with each word number, and with each prefix.
  private var byFirstWord: [Int32: [Int]] = [:]
  private var byFirstPrefix: [[Int]] = []

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
    byFirstPrefix = Array(repeating: [], count: prefixes.count)
    for (index, phrase) in phrases.enumerated() where phrase.count > 0 {
      let first = elements[phrase.start]
      if first >= 0 {
        byFirstWord[first, default: []].append(index)
      } else {
        byFirstPrefix[Int(-first - 1)].append(index)
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
    // Only the phrases whose first element the word at a start matches can occur there; the first in
    // precedence order of those that occur wins.
    var best = Int.max
    for start in numbers.indices {
      if let candidates = byFirstWord[numbers[start]] {
        for index in candidates where index < best && occurs(phrases[index], at: start, numbers, masks) {
          best = index
        }
      }
      var mask = masks[start]
      while mask != 0 {
        let bit = mask.trailingZeroBitCount
        mask &= mask - 1
        // Prefixes past the 64th share bits: each is checked in full by `occurs`.
        var prefix = bit
        while prefix < byFirstPrefix.count {
          for index in byFirstPrefix[prefix] where index < best && occurs(phrases[index], at: start, numbers, masks) {
            best = index
          }
          prefix += 64
        }
      }
    }
    return best == Int.max ? nil : phrases[best].kind
  }

  /// Whether `phrase` occurs in the heading's words from `start`.
  private func occurs(
    _ phrase: (kind: SectionKind, start: Int, count: Int), at start: Int, _ numbers: [Int32], _ masks: [UInt64]
  ) -> Bool {
    guard start + phrase.count <= numbers.count else { return false }
    for offset in 0..<phrase.count {
      let element = elements[phrase.start + offset]
      if element >= 0 {
        if numbers[start + offset] != element { return false }
      } else if masks[start + offset] & (1 << UInt64(Int(-element - 1) & 63)) == 0 {
        return false
      }
    }
    return true
  }
}
