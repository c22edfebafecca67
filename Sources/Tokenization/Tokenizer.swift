import Foundation

/// The one tokenizer: splits English text into match tokens and sentences in one pass over its UTF-8 bytes,
/// and, when asked, into the parts rule readers compare in a second pass over the same bytes that keeps
/// those sentences (``TokenizedText/parts``, read by ``PartReader``).
///
/// Domain terms stay whole: `P&L`, `UX/UI`, `A/B`, `AI/ML`, `C++`, `C#`, `B2B`, `go-to-market`, `0-to-1`,
/// `Node.js`, `240,000`. Sentences end at `.`, `!`, `?` or a line break, but not after abbreviations
/// (`e.g.`, `Inc.`, `U.S.`, initials) or before a lowercase word; this is the only sentence splitter.
public enum Tokenizer {
  /// Words after which a period does not end the sentence.
  static let abbreviations: Set<String> = [
    "e.g", "i.e", "etc", "inc", "ltd", "co", "corp", "llc", "plc", "gmbh", "mr", "mrs", "ms", "dr", "jr", "sr", "vs",
    "approx", "dept", "est", "no", "nos", "st", "ave", "fig", "al", "cf", "ph", "yrs", "yr", "mos", "incl", "esp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mgr", "sr", "assoc", "eng",
    "govt", "intl", "max", "min", "misc", "resp", "approx", "a.k.a", "u.s", "u.k", "e.u", "p.m", "a.m",
  ]

  /// Tokenizes `text` after NFKC normalisation (ligatures, full-width forms and compatibility spaces
  /// become their plain equivalents; curly quotes and dashes are kept in the text and treated as
  /// apostrophes and separators).
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - parts: Whether to read the fine parts rule readers compare as well (``TokenizedText/parts``).
  public static func tokenize(_ text: String, parts: Bool = false) -> TokenizedText {
    var words = WordTable()
    return tokenize(text, parts: parts, words: &words)
  }

  /// Tokenizes `text` as ``tokenize(_:parts:)`` does, deciding each word's key, surface and flags through
  /// `words`: a spelling the table holds is not lowercased, stemmed or looked up again. Pass one table for
  /// every section of a document so its tokens' ``Token/word`` ids are comparable.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - parts: Whether to read the fine parts rule readers compare as well (``TokenizedText/parts``).
  ///   - words: The document's word table, added to.
  public static func tokenize(_ text: String, parts: Bool = false, words: inout WordTable) -> TokenizedText {
    let normalized = ASCIIText.isASCII(text) ? text : CompatibilityNormalization.normalize(text)
    let bytes = Array(normalized.utf8)
    var scanner = Scanner(bytes: bytes)
    scanner.run(words: &words)
    guard parts else {
      return TokenizedText(
        text: normalized, utf8: bytes, tokens: scanner.tokens, sentences: scanner.sentences, wordCount: words.count,
        wordTable: words.identity)
    }
    var reader = PartReader(
      bytes: bytes, sentences: scanner.sentences, segmentStarts: scanner.segmentStarts, breaks: scanner.breaks)
    reader.run(words: &words)
    return TokenizedText(
      text: normalized, utf8: bytes, tokens: scanner.tokens, sentences: scanner.sentences, parts: reader.parts,
      wordCount: words.count, partWordCount: words.partCount, wordTable: words.identity)
  }

  /// The token keys of a phrase, as the matcher compares them (used for lexicon phrases).
  public static func keys(of phrase: String) -> [String] {
    tokenize(phrase).tokens.map(\.key)
  }

  /// The token keys of a phrase, as ``keys(of:)`` gives them, through `words`: for many short phrases (a
  /// document's headings), one table rather than one each.
  public static func keys(of phrase: String, words: inout WordTable) -> [String] {
    tokenize(phrase, words: &words).tokens.map(\.key)
  }
}

/// The state of one tokenizing pass.
private struct Scanner {
  let bytes: [UInt8]
  var tokens: [Token] = []
  var sentences: [Range<Int>] = []
  /// Where each sentence's stretch of text begins: just after the line break or full stop before it.
  var segmentStarts: [Int] = []
  /// The offsets of the marks that ended sentences.
  var breaks: [Int] = []
  private var boundary = 0
  private var sentenceStart = 0
  private var sentenceHasTokens = false

  init(bytes: [UInt8]) {
    self.bytes = bytes
    tokens.reserveCapacity(bytes.count / 6)
  }

  // MARK: Characters

  /// The Unicode scalar at `index` and its length in bytes (the bytes are valid UTF-8).
  @inline(__always) func scalar(at index: Int) -> (value: UInt32, length: Int) {
    let first = bytes[index]
    if first < 0x80 { return (UInt32(first), 1) }
    if first < 0xE0, index + 1 < bytes.count {
      return (UInt32(first & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
    }
    if first < 0xF0, index + 2 < bytes.count {
      return (UInt32(first & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
    }
    if index + 3 < bytes.count {
      return (
        UInt32(first & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
          | UInt32(bytes[index + 3] & 0x3F), 4
      )
    }
    return (0xFFFD, 1)
  }

  enum CharacterKind {
    case upper, lower, otherLetter, digit, other
  }

  @inline(__always) func kind(_ value: UInt32) -> CharacterKind {
    if value < 0x80 {
      switch value {
      case 0x61...0x7A: return .lower
      case 0x41...0x5A: return .upper
      case 0x30...0x39: return .digit
      default: return .other
      }
    }
    guard let scalar = Unicode.Scalar(value) else { return .other }
    let properties = scalar.properties
    if properties.isAlphabetic {
      if properties.isLowercase { return .lower }
      if properties.isUppercase { return .upper }
      return .otherLetter
    }
    if properties.numericType != nil { return .digit }
    return .other
  }

  @inline(__always) func isWord(_ kind: CharacterKind) -> Bool { kind != .other }

  @inline(__always) func isLetter(_ kind: CharacterKind) -> Bool {
    kind == .upper || kind == .lower || kind == .otherLetter
  }

  /// The kind of the character at `index`, or `.other` past the end.
  @inline(__always) func kind(at index: Int) -> CharacterKind {
    index < bytes.count ? kind(scalar(at: index).value) : .other
  }

  // MARK: Scanning

  mutating func run(words: inout WordTable) {
    var index = 0
    while index < bytes.count {
      let (value, length) = scalar(at: index)
      let characterKind = kind(value)
      if isWord(characterKind) {
        index = scanToken(from: index, words: &words)
        continue
      }
      switch value {
      case 0x0A, 0x0D, 0x2028, 0x2029:
        closeSentence(at: index)
        boundary = index + length
      case 0x2E, 0x21, 0x3F, 0x2026:
        if endsSentence(periodAt: index, value: value, length: length) {
          closeSentence(at: index + length)
          breaks.append(index)
          boundary = index + length
        }
      default: break
      }
      index += length
    }
    closeSentence(at: bytes.count)
  }

  private mutating func closeSentence(at end: Int) {
    guard sentenceHasTokens else { return }
    sentences.append(sentenceStart..<end)
    sentenceHasTokens = false
  }

  /// Whether the terminator at `index` ends a sentence.
  private func endsSentence(periodAt index: Int, value: UInt32, length: Int) -> Bool {
    // What follows must be a space or the end, then not a lowercase word.
    var next = index + length
    if next < bytes.count {
      let (following, _) = scalar(at: next)
      // "?!" or "..." runs end at their last mark.
      if following == 0x2E || following == 0x21 || following == 0x3F { return false }
      guard
        following == 0x20 || following == 0x0A || following == 0x09 || following == 0x0D
          || following == 0x22 || following == 0x27 || following == 0x29 || following == 0x201D || following == 0x2019
          || following == 0xA0
      else { return false }
    }
    while next < bytes.count {
      let (following, followingLength) = scalar(at: next)
      if following == 0x20 || following == 0x09 || following == 0x22 || following == 0x27 || following == 0x29
        || following == 0x201D || following == 0x2019 || following == 0xA0
      {
        next += followingLength
        continue
      }
      if kind(following) == .lower { return false }
      break
    }
    guard value == 0x2E, let last = tokens.last, last.end == index else { return true }
    // "e.g." "Inc." "U.S." and initials ("J. Smith") do not end a sentence.
    let length = last.surface.utf8.count
    if length == 1 && last.shape == .upper { return false }
    // Abbreviations are short: skip the lookup for longer words.
    return length > 7
      || !Tokenizer.abbreviations.contains(String(decoding: ASCIIText.lowercasedBytes(last.surface), as: UTF8.self))
  }

  /// Scans one token starting at a word character and returns the index after it.
  private mutating func scanToken(from start: Int, words: inout WordTable) -> Int {
    var index = start
    var upper = 0
    var lower = 0
    var letters = 0
    var digits = 0
    var nonASCII = false
    var hasHyphen = false
    var hasSymbolJoin = false
    var lastKind = CharacterKind.other
    scan: while index < bytes.count {
      let (value, length) = scalar(at: index)
      let characterKind = kind(value)
      if isWord(characterKind) {
        switch characterKind {
        case .upper: upper += 1
        case .lower: lower += 1
        default: break
        }
        if isLetter(characterKind) { letters += 1 }
        if characterKind == .digit { digits += 1 }
        if value >= 0x80 { nonASCII = true }
        lastKind = characterKind
        index += length
        continue
      }
      let next = index + length
      let nextKind = kind(at: next)
      let isHyphen = value == 0x2D || value == 0x2010 || value == 0x2011
      if isHyphen && isWord(nextKind) {
        hasHyphen = true
      } else if (value == 0x2F || value == 0x26) && isWord(nextKind) && isWord(lastKind) {
        hasSymbolJoin = true
      } else if (value == 0x27 || value == 0x2019) && isLetter(nextKind) && isLetter(lastKind) {
        // An apostrophe inside a word: "you'll", "company's".
      } else if value == 0x2E && isLetter(lastKind) && nextKind == .lower && letters <= 12 {
        // "Node.js", "e.g": a period inside a short word, followed by lowercase.
        hasSymbolJoin = true
      } else if (value == 0x2E || value == 0x2C) && lastKind == .digit && nextKind == .digit {
        // "240,000", "1.5".
      } else if value == 0x2B && digits == 0 && letters > 0 && letters <= 2 {
        // "C++": take the pluses and stop.
        index = next
        while index < bytes.count && bytes[index] == 0x2B { index += 1 }
        hasSymbolJoin = true
        break scan
      } else if value == 0x23 && letters == 1 && digits == 0 {
        // "C#", "F#".
        index = next
        hasSymbolJoin = true
        break scan
      } else {
        break scan
      }
      if value >= 0x80 { nonASCII = true }
      lastKind = .other
      index = next
    }
    // Everything but the place is decided by the token's bytes alone, so a spelling met before is taken
    // from the table.
    let spelling = bytes[start..<index]
    let hash = WordTable.hash(spelling)
    let id: Int32
    if let known = words.id(of: spelling, hash: hash) {
      id = known
    } else {
      id = words.add(
        word(
          start: start, end: index, upper: upper, lower: lower, letters: letters, digits: digits, nonASCII: nonASCII,
          hasHyphen: hasHyphen, hasSymbolJoin: hasSymbolJoin), spelling: spelling, hash: hash)
    }
    emit(start: start, end: index, word: words[id], id: id)
    return index
  }

  private mutating func emit(start: Int, end: Int, word: WordTable.Word, id: Int32) {
    if !sentenceHasTokens {
      sentenceStart = start
      sentenceHasTokens = true
      segmentStarts.append(boundary)
    }
    tokens.append(
      Token(
        start: start, end: end, key: word.key, surface: word.surface, shape: word.shape, sentence: sentences.count,
        isStopword: word.isStopword, isNumber: word.isNumber, word: id))
  }

  /// What a spelling not met before is: its key, surface, shape and flags.
  private func word(
    start: Int, end: Int, upper: Int, lower: Int, letters: Int, digits: Int, nonASCII: Bool, hasHyphen: Bool,
    hasSymbolJoin: Bool
  ) -> WordTable.Word {
    let surface: String
    let lowered: String
    let key: String
    let lastByte = bytes[end - 1]
    let firstByte = bytes[start]
    if nonASCII {
      // Curly apostrophes and Unicode hyphens become their ASCII forms.
      var surfaceBytes: [UInt8] = []
      surfaceBytes.reserveCapacity(end - start)
      var index = start
      while index < end {
        if bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 {
          switch bytes[index + 2] {
          case 0x99:
            surfaceBytes.append(0x27)
            index += 3
            continue
          case 0x90, 0x91:
            surfaceBytes.append(0x2D)
            index += 3
            continue
          default: break
          }
        }
        surfaceBytes.append(bytes[index])
        index += 1
      }
      surface = String(decoding: surfaceBytes, as: UTF8.self)
      if surfaceBytes.allSatisfy({ $0 < 0x80 }) {
        (lowered, key) = Self.keys(
          surfaceBytes[...], digits: digits, hasHyphen: hasHyphen, hasSymbolJoin: hasSymbolJoin)
      } else {
        lowered = surface.lowercased()
        key = lowered
      }
    } else {
      // The common case, without heap work for words of up to 15 bytes.
      (lowered, key) = Self.keys(bytes[start..<end], digits: digits, hasHyphen: hasHyphen, hasSymbolJoin: hasSymbolJoin)
      // Without capitals the lowercased form is the surface: one string fewer to build.
      surface = upper == 0 ? lowered : String(decoding: bytes[start..<end], as: UTF8.self)
    }
    let shape: Token.Shape
    if upper == 0 && lower == 0 {
      shape = .uncased
    } else if upper == 0 {
      shape = .lower
    } else if lower == 0 || (lower == 1 && upper >= 2 && lastByte == 0x73) {
      shape = .upper
    } else if upper == 1, firstByte >= 0x41 && firstByte <= 0x5A {
      shape = .capitalized
    } else if upper == 1 && nonASCII && surface.first?.isUppercase == true {
      shape = .capitalized
    } else {
      shape = .mixed
    }
    return WordTable.Word(
      key: key, surface: surface, shape: shape, isStopword: Stopwords.contains(lowered),
      isNumber: letters == 0 && digits > 0)
  }

  /// The lowercased form and the matching key of an ASCII token: stemmed for plain words, the head
  /// stemmed for hyphenated compounds, as is for numbers and symbol-joined terms.
  private static func keys(_ word: ArraySlice<UInt8>, digits: Int, hasHyphen: Bool, hasSymbolJoin: Bool) -> (
    lowered: String, key: String
  ) {
    let length = word.count
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer -> (String, String) in
      var position = 0
      var lastDash = -1
      for byte in word {
        buffer[position] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        if byte == 0x2D { lastDash = position }
        position += 1
      }
      let lowered = String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<length]), as: UTF8.self)
      if digits > 0 || hasSymbolJoin { return (lowered, lowered) }
      let headStart = hasHyphen && lastDash >= 0 ? lastDash + 1 : 0
      let head = UnsafeMutableBufferPointer(rebasing: buffer[headStart..<length])
      let stemmed = head.count >= 3 ? EnglishStemmer.stemInPlace(head) : head.count
      // The stem is often the word itself ("team", "data"): compare bytes rather than build a second string.
      if headStart + stemmed == length,
        lowered.utf8.elementsEqual(UnsafeBufferPointer(rebasing: buffer[0..<length]))
      {
        return (lowered, lowered)
      }
      return (
        lowered, String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<(headStart + stemmed)]), as: UTF8.self)
      )
    }
  }
}
