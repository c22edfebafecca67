/// Splits text into lines of sentences of tokens, reading UTF-8 bytes directly for speed; no regular expressions.
enum Tokenizer {
  /// One line of text as sentences, with the markup that can make it a heading.
  struct Line: Sendable {
    /// The sentences of the line; each a non-empty run of tokens.
    var sentences: [[Token]]
    /// Whether the line is Markdown heading markup: it starts with "#", or is wrapped in "**".
    var isMarkup: Bool
  }

  /// Words after which a full stop does not end a sentence.
  private static let abbreviations: Set<String> = [
    "eg", "ie", "vs", "approx", "incl", "min", "max", "mr", "ms", "mrs", "dr", "st", "sr", "jr", "no",
    "inc", "ltd", "co", "corp", "dept", "esp", "yrs", "yr", "etc", "mos", "hrs", "hr", "mo", "wk",
  ]

  /// Splits a text into lines of sentences; token ranges are UTF-8 offsets into the text.
  static func lines(in text: String) -> [Line] {
    var text = text
    return text.withUTF8 { bytes in
      var scanner = Scanner(bytes: bytes)
      return scanner.scan()
    }
  }

  /// The state of one pass over the bytes of a text.
  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var finished: [Line] = []
    var sentences: [[Token]] = []
    var current: [Token] = []
    var spaceBefore = true
    var lineStart = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    mutating func scan() -> [Line] {
      var i = 0
      let n = bytes.count
      while i < n {
        let byte = bytes[i]
        if byte < 0x80 {
          if byte == 0x0A || byte == 0x0D {
            endLine(at: i)
            i += 1
            lineStart = i
            continue
          }
          if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == 0x2A || byte == 0x23 {
            spaceBefore = true  // "*" and "#" are bullets and Markdown, not content
            i += 1
            continue
          }
          if isDigit(byte) {
            i = readNumber(from: i)
          } else if isASCIILetter(byte) {
            i = readWord(from: i)
          } else if byte == 0x2E || byte == 0x21 || byte == 0x3F, endsSentence(mark: byte, after: i + 1) {
            flushSentence()
            spaceBefore = true
            i += 1
            continue
          } else {
            append(symbol: String(UnicodeScalar(byte)), range: i..<(i + 1))
            i += 1
          }
        } else {
          let (scalar, length) = decode(at: i)
          if scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" {
            endLine(at: i)
            i += length
            lineStart = i
            continue
          }
          if scalar.properties.isWhitespace || isBullet(scalar) {
            spaceBefore = true
            i += length
            continue
          }
          if scalar.properties.isAlphabetic {
            i = readWord(from: i)
          } else {
            append(symbol: normalisedSymbol(scalar), range: i..<(i + length))
            i += length
          }
        }
        spaceBefore = false
      }
      endLine(at: n)
      return finished
    }

    // MARK: Lines and sentences

    private mutating func flushSentence() {
      if !current.isEmpty { sentences.append(current) }
      current = []
    }

    private mutating func endLine(at end: Int) {
      flushSentence()
      if !sentences.isEmpty { finished.append(Line(sentences: sentences, isMarkup: isMarkup(lineStart..<end))) }
      sentences = []
      spaceBefore = true
    }

    private func isMarkup(_ range: Range<Int>) -> Bool {
      var lower = range.lowerBound
      var upper = range.upperBound
      while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
      while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
      guard upper - lower >= 2 else { return false }
      if bytes[lower] == 0x23 { return true }
      return upper - lower >= 4 && bytes[lower] == 0x2A && bytes[lower + 1] == 0x2A && bytes[upper - 1] == 0x2A
        && bytes[upper - 2] == 0x2A
    }

    private func endsSentence(mark: UInt8, after index: Int) -> Bool {
      let n = bytes.count
      if index < n, !isSpace(bytes[index]) { return false }
      guard mark == 0x2E else { return true }
      if let previous = current.last, previous.kind == .word,
        previous.text.utf8.count == 1 || abbreviations.contains(previous.text)
      {
        return false
      }
      var i = index
      while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
      guard i < n else { return true }
      let next = bytes[i]
      return !(isDigit(next) || (next >= 0x61 && next <= 0x7A))
    }

    // MARK: Tokens

    private mutating func append(symbol: String, range: Range<Int>) {
      current.append(
        Token(
          kind: .symbol, text: symbol, value: 0, range: range, spaceBefore: spaceBefore, isPossessive: false,
          isUppercase: false, isCapitalized: false, isDotted: false))
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
        if isDigit(byte) {
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
        } else if byte == 0x2E, !seenDecimal, i + 1 < n, isDigit(bytes[i + 1]) {
          seenDecimal = true
          i += 1
        } else {
          break
        }
      }
      current.append(
        Token(
          kind: .number, text: "#", value: integer + fraction, range: start..<i, spaceBefore: spaceBefore,
          isPossessive: false, isUppercase: false, isCapitalized: false, isDotted: false))
      return i
    }

    private mutating func readWord(from start: Int) -> Int {
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
          if isASCIILetter(byte) {
            letterCount += 1
            let upper = byte <= 0x5A
            if first { isCapitalized = upper }
            if !upper { isUppercase = false }
          } else if isDigit(byte) {
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
        while i + 1 < n, bytes[i] == 0x2E, isASCIILetter(bytes[i + 1]) {
          var j = i + 1
          while j < n, isASCIILetter(bytes[j]) {
            if bytes[j] > 0x5A { isUppercase = false }
            j += 1
          }
          if j - i - 1 > 4 { break }
          isDotted = true
          i = j
        }
        if isDotted, i < n, bytes[i] == 0x2E { i += 1 }
      }

      var text = isASCII ? lowercasedASCII(start..<i) : lowercased(start..<i)
      var isPossessive = false
      if text.hasSuffix("'s") {
        text.removeLast(2)
        isPossessive = true
      }
      // A trailing apostrophe ("years' experience") belongs to the word.
      if text.hasSuffix("s"), i < n {
        if bytes[i] == 0x27, i + 1 == n || !isLetter(at: i + 1) {
          i += 1
        } else if i + 2 < n, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99,
          i + 3 == n || !isLetter(at: i + 3)
        {
          i += 3
        }
      }
      current.append(
        Token(
          kind: .word, text: text, value: 0, range: start..<i, spaceBefore: spaceBefore,
          isPossessive: isPossessive, isUppercase: isUppercase && letterCount > 0,
          isCapitalized: isCapitalized, isDotted: isDotted))
      return i
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
      let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      return String(raw.lowercased().compactMap { $0 == "." ? nil : $0 == "\u{2019}" ? "'" : $0 })
    }

    // MARK: Bytes

    private func isThousandsGroup(after separator: Int) -> Bool {
      let n = bytes.count
      guard separator + 3 < n else { return false }
      for offset in 1...3 where !isDigit(bytes[separator + offset]) { return false }
      return separator + 4 == n || !isDigit(bytes[separator + 4])
    }

    private func isLetter(at index: Int) -> Bool {
      let byte = bytes[index]
      if byte < 0x80 { return isASCIILetter(byte) }
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
  }

  // MARK: - Characters

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

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte >= 0x80
  }

  /// Whether a Unicode scalar is a letter, for callers outside the scanner.
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? isASCIILetter(UInt8(scalar.value)) : scalar.properties.isAlphabetic
  }

  /// Whether a Unicode scalar is an ASCII digit, for callers outside the scanner.
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && isDigit(UInt8(scalar.value))
  }
}
