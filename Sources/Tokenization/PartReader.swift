/// Reads the parts of a text (``TokenizedText/parts``): words, numbers with their values and single symbols,
/// over the bytes the sentences were found in. It keeps the sentences the ``Tokenizer`` found: a mark that
/// ended a sentence is no part, and each part names the sentence whose stretch of text it lies in.
struct PartReader {
  let bytes: [UInt8]
  let sentences: [Range<Int>]
  let segmentStarts: [Int]
  let breaks: [Int]
  var parts: [Token] = []
  private var spaceBefore = true
  private var nextBreak = 0
  private var sentenceCursor = 0
  /// The sentence a mark just ended, which closing quotes and brackets right after it still belong to.
  private var closedSentence: Int?

  init(bytes: [UInt8], sentences: [Range<Int>], segmentStarts: [Int], breaks: [Int]) {
    self.bytes = bytes
    self.sentences = sentences
    self.segmentStarts = segmentStarts
    self.breaks = breaks
    parts.reserveCapacity(bytes.count / 4)
  }

  mutating func run(words: inout WordTable) {
    var i = 0
    let n = bytes.count
    while i < n {
      let byte = bytes[i]
      if byte < 0x80 {
        if byte == 0x0A || byte == 0x0D || byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C
          || byte == 0x2A || byte == 0x23
        {
          spaceBefore = true  // "*" and "#" are bullets and Markdown, not content
          closedSentence = nil
          i += 1
          continue
        }
        if isBreak(i) {
          spaceBefore = true
          closedSentence = sentenceIndex(endingAt: i + 1)
          i += 1
          continue
        }
        if Self.isDigit(byte) {
          i = readNumber(from: i)
        } else if Self.isASCIILetter(byte) {
          i = readWord(from: i, words: &words)
        } else {
          append(symbol: String(UnicodeScalar(byte)), range: i..<(i + 1))
          i += 1
        }
      } else {
        let (scalar, length) = decode(at: i)
        if isBreak(i) {
          spaceBefore = true
          closedSentence = sentenceIndex(endingAt: i + length)
          i += length
          continue
        }
        if scalar.properties.isWhitespace || Self.isBullet(scalar) {
          spaceBefore = true
          closedSentence = nil
          i += length
          continue
        }
        if scalar.properties.isAlphabetic {
          i = readWord(from: i, words: &words)
        } else {
          append(symbol: Self.normalisedSymbol(scalar), range: i..<(i + length))
          i += length
        }
      }
      spaceBefore = false
    }
  }

  // MARK: Sentences

  /// Whether the mark at `index` ended a sentence.
  private mutating func isBreak(_ index: Int) -> Bool {
    while nextBreak < breaks.count && breaks[nextBreak] < index { nextBreak += 1 }
    return nextBreak < breaks.count && breaks[nextBreak] == index
  }

  private func sentenceIndex(endingAt end: Int) -> Int? {
    var index = sentenceCursor
    while index < sentences.count && sentences[index].upperBound < end { index += 1 }
    return index < sentences.count && sentences[index].upperBound == end ? index : nil
  }

  /// The sentence a part at `start` belongs to, or nil when its stretch of text has no words.
  private mutating func sentence(at start: Int) -> Int? {
    if let closedSentence { return closedSentence }
    while sentenceCursor < sentences.count && sentences[sentenceCursor].upperBound <= start { sentenceCursor += 1 }
    guard sentenceCursor < sentences.count, segmentStarts[sentenceCursor] <= start else { return nil }
    return sentenceCursor
  }

  // MARK: Parts

  private mutating func append(
    _ kind: Token.Kind, key: String, value: Double = 0, range: Range<Int>, isPossessive: Bool = false,
    isUppercase: Bool = false, isCapitalized: Bool = false, isDotted: Bool = false, word: Int32 = -1
  ) {
    guard let sentence = sentence(at: range.lowerBound) else { return }
    parts.append(
      Token(
        start: range.lowerBound, end: range.upperBound, key: key, surface: "", shape: .uncased, sentence: sentence,
        isStopword: false, isNumber: kind == .number, kind: kind, value: value, spaceBefore: spaceBefore,
        isPossessive: isPossessive, isUppercase: isUppercase, isCapitalized: isCapitalized, isDotted: isDotted,
        word: word))
  }

  private mutating func append(symbol: String, range: Range<Int>) {
    append(.symbol, key: symbol, range: range)
  }

  private mutating func readNumber(from start: Int) -> Int {
    let n = bytes.count
    var i = start
    var integer: Double = 0
    var fraction: Double = 0
    var scale: Double = 1
    var integerDigits = 0
    var seenDecimal = false
    var seenDotGroup = false
    var seenCommaGroup = false
    while i < n {
      let byte = bytes[i]
      if Self.isDigit(byte) {
        let digit = Double(byte - 0x30)
        if seenDecimal {
          scale /= 10
          fraction += digit * scale
        } else {
          integer = integer * 10 + digit
          integerDigits += 1
        }
        i += 1
      } else if byte == 0x2C, !seenDecimal, !seenDotGroup, isThousandsGroup(after: i) {
        seenCommaGroup = true
        i += 1
      } else if byte == 0x2E, !seenDecimal, !seenCommaGroup, integerDigits <= 3 || seenDotGroup,
        isThousandsGroup(after: i)
      {
        // "150.000" is read the European way: no posting writes three decimals.
        seenDotGroup = true
        i += 1
      } else if byte == 0x2E, !seenDecimal, i + 1 < n, Self.isDigit(bytes[i + 1]) {
        seenDecimal = true
        i += 1
      } else {
        break
      }
    }
    append(.number, key: "#", value: integer + fraction, range: start..<i)
    return i
  }

  private mutating func readWord(from start: Int, words: inout WordTable) -> Int {
    let n = bytes.count
    var i = start
    var letterCount = 0
    var onlyLetters = true
    var isASCII = true
    var isUppercase = true
    var isCapitalized = false
    var first = true
    while i < n {
      let byte = bytes[i]
      if byte < 0x80 {
        if Self.isASCIILetter(byte) {
          letterCount += 1
          let upper = byte <= 0x5A
          if first { isCapitalized = upper }
          if !upper { isUppercase = false }
        } else if Self.isDigit(byte) {
          onlyLetters = false
        } else if byte == 0x27, i + 1 < n, isLetter(at: i + 1) {
          onlyLetters = false
        } else {
          break
        }
        i += 1
      } else {
        let (scalar, length) = decode(at: i)
        if scalar.properties.isAlphabetic {
          letterCount += 1
          let upper = scalar.properties.isUppercase
          if first { isCapitalized = upper }
          if !upper { isUppercase = false }
        } else if scalar == "\u{2019}", i + length < n, isLetter(at: i + length) {
          onlyLetters = false
        } else {
          break
        }
        isASCII = false
        i += length
      }
      first = false
    }

    // Dotted abbreviations ("B.S.", "Ph.D.", "p.a.") become one word so their dots end no sentence.
    var isDotted = false
    if onlyLetters, letterCount <= 2 {
      while i + 1 < n, bytes[i] == 0x2E, Self.isASCIILetter(bytes[i + 1]) {
        var j = i + 1
        while j < n, Self.isASCIILetter(bytes[j]) {
          if bytes[j] > 0x5A { isUppercase = false }
          j += 1
        }
        if j - i - 1 > 4 { break }
        isDotted = true
        i = j
      }
      if isDotted, i < n, bytes[i] == 0x2E { i += 1 }
    }

    // The key and the possessive follow from the spelling alone: decided once per distinct spelling.
    let spelling = bytes[start..<i]
    let hash = WordTable.hash(spelling)
    let id: Int32
    if let known = words.partID(of: spelling, hash: hash) {
      id = known
    } else {
      id = words.addPart(partWord(start..<i, isASCII: isASCII), spelling: spelling, hash: hash)
    }
    let word = words.partWords[Int(id)]
    // A trailing apostrophe ("years' experience") belongs to the word.
    if word.endsInS, i < n {
      if bytes[i] == 0x27, i + 1 == n || !isLetter(at: i + 1) {
        i += 1
      } else if i + 2 < n, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99,
        i + 3 == n || !isLetter(at: i + 3)
      {
        i += 3
      }
    }
    append(
      .word, key: word.key, range: start..<i, isPossessive: word.isPossessive,
      isUppercase: isUppercase && letterCount > 0, isCapitalized: isCapitalized, isDotted: isDotted, word: id)
    return i
  }

  /// What a part word's spelling decides: its key, whether it had a possessive `'s`, whether it ends in `s`.
  private func partWord(_ range: Range<Int>, isASCII: Bool) -> WordTable.PartWord {
    var text: String
    var isPossessive = false
    let endsInS: Bool
    if isASCII {
      // An ASCII word's last characters are its last bytes: no String comparisons needed.
      text = lowercasedASCII(range)
      var last = text.utf8.last
      if last == 0x73, text.utf8.count >= 2, text.utf8.dropLast().last == 0x27 {
        text.removeLast(2)
        isPossessive = true
        last = text.utf8.last
      }
      endsInS = last == 0x73
    } else {
      text = lowercased(range)
      if text.hasSuffix("'s") {
        text.removeLast(2)
        isPossessive = true
      }
      endsInS = text.hasSuffix("s")
    }
    return WordTable.PartWord(key: text, isPossessive: isPossessive, endsInS: endsInS)
  }

  /// Lowercases ASCII bytes, dropping the dots of abbreviations.
  private func lowercasedASCII(_ range: Range<Int>) -> String {
    String(unsafeUninitializedCapacity: range.count) { buffer in
      var count = 0
      for index in range {
        var byte = bytes[index]
        if byte == 0x2E { continue }
        if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
        buffer[count] = byte
        count += 1
      }
      return count
    }
  }

  private func lowercased(_ range: Range<Int>) -> String {
    let raw = String(decoding: bytes[range], as: UTF8.self)
    return String(raw.lowercased().compactMap { $0 == "." ? nil : $0 == "\u{2019}" ? "'" : $0 })
  }

  // MARK: Bytes

  private func isThousandsGroup(after separator: Int) -> Bool {
    let n = bytes.count
    guard separator + 3 < n else { return false }
    for offset in 1...3 where !Self.isDigit(bytes[separator + offset]) { return false }
    return separator + 4 == n || !Self.isDigit(bytes[separator + 4])
  }

  private func isLetter(at index: Int) -> Bool {
    let byte = bytes[index]
    if byte < 0x80 { return Self.isASCIILetter(byte) }
    return decode(at: index).scalar.properties.isAlphabetic
  }

  /// Decodes the scalar starting at a lead byte; malformed bytes decode as U+FFFD of length 1.
  private func decode(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let lead = bytes[index]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  // MARK: Characters

  private static func normalisedSymbol(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": "-"
    case "\u{2018}", "\u{2019}": "'"
    case "\u{201C}", "\u{201D}": "\""
    case "\u{FF04}": "$"
    default: String(scalar)
    }
  }

  private static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "•", "◦", "▪", "▫", "●", "○", "■", "□", "►", "▶", "‣", "⁃", "✓", "✔", "·": true
    default: false
    }
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= 0x30 && byte <= 0x39
  }

  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }
}
