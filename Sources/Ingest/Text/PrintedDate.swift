import Foundation

/// The date a document prints as its own, near its top or bottom: "Last updated on 21st January 2015",
/// "Updated: 2019-05", "As of March 2021", "Stand: März 2020", "Resume — June 2021", or a line that is only a
/// date ("November 2022", "November 17, 2022") among the first five or last three lines, as a LaTeX
/// `\today` footer or a title block prints it.
///
/// A date inside other text is not the document's date: a role's dates ("Jan 2019 – Present"), a degree's
/// ("Graduated May 2012"), a bullet ("Updated the billing system in March 2020") are never read, because
/// a label must stand at the start of the line, after a separator, or be "last updated"/"last revised", and the
/// date must follow the label directly.
enum PrintedDate {
  /// Lines read from the top and from the bottom.
  static let headLines = 12
  static let tailLines = 8
  /// Longer lines are running text, not a date line.
  static let maxLineLength = 100

  /// The month the text prints as its date, or nil.
  static func find(in text: String) -> DocumentDate? {
    let (head, tail) = edgeLines(of: text)
    // A line the patterns cannot match is passed over before the pattern is touched: compiling one costs
    // more than reading a whole resume's edges, and most documents never need it.
    // Four digits first: most lines have none, and counting characters costs more.
    for line in head + tail where hasFourDigits(line) && fits(line, maxLineLength) && mayBeLabelled(line) {
      if let date = date(in: line, pattern: labelled) { return date }
    }
    for line in head.prefix(5) + (head.dropFirst(5) + tail).suffix(3)
    where hasFourDigits(line) && fits(line, 60) && mayBeAlone(line) {
      if let date = date(in: line, pattern: alone) { return date }
    }
    return nil
  }

  /// Whether the line has at most `length` characters; counted only when it has more bytes than that.
  private static func fits(_ line: String, _ length: Int) -> Bool {
    line.utf8.count <= length || line.count <= length
  }

  /// False only when ``labelled`` cannot match `line`: it holds none of the label words ("as" only before
  /// white space and "of"). Other lines are left to the pattern.
  static func mayBeLabelled(_ line: String) -> Bool {
    guard let lower = lowered(line) else { return true }
    if labelWords.contains(where: { ASCIIBytes.contains(lower, $0) }) { return true }
    // "as", white space (ASCII, or any other scalar), "of".
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) || byte == other }
    var index = 0
    while index + 2 < lower.count {
      if lower[index] == 0x61, lower[index + 1] == 0x73, isSpace(lower[index + 2]) {
        var next = index + 2
        while next < lower.count, isSpace(lower[next]) { next += 1 }
        if next + 1 < lower.count, lower[next] == 0x6F, lower[next + 1] == 0x66 { return true }
      }
      index += 1
    }
    return false
  }

  /// False only when ``alone`` cannot match `line`: it names no document word and its first letter or digit
  /// starts no date (a date starts with a digit or a month name standing as a whole word). A line whose first
  /// letter or digit might be another script's is left to the pattern.
  static func mayBeAlone(_ line: String) -> Bool {
    guard let lower = lowered(line) else { return true }
    // "résumé" in any case or form holds "sum".
    if documentWords.contains(where: { ASCIIBytes.contains(lower, $0) }) {
      return true
    }
    func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    guard let first = lower.firstIndex(where: { isLetter($0) || (0x30...0x39).contains($0) || $0 == other }) else {
      return false
    }
    guard isLetter(lower[first]) else { return true }
    let word = lower[first...].prefix(while: isLetter)
    if word.endIndex < lower.endIndex, lower[word.endIndex] == other { return true }
    return DateWords.months[String(decoding: word, as: UTF8.self)] != nil
  }

  /// What stands for a scalar that is not ASCII in ``lowered(_:)``.
  private static let other: UInt8 = 0x80

  /// The line's ASCII bytes with A–Z lowered and ``other`` for each scalar that is not ASCII; nil when it holds a
  /// scalar whose case folding holds an ASCII letter (ß, ſ, the Kelvin sign, the ﬀ–ﬆ ligatures…), which the
  /// patterns, matching regardless of case, would read as those letters. Otherwise an ASCII word of a pattern
  /// can only match these bytes.
  private static func lowered(_ line: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(line.utf8.count)
    for scalar in line.unicodeScalars {
      switch scalar.value {
      case 0x41...0x5A: bytes.append(UInt8(scalar.value) | 0x20)
      case 0..<0x80: bytes.append(UInt8(scalar.value))
      case 0xDF, 0x130, 0x149, 0x17F, 0x1F0, 0x1E96...0x1E9A, 0x1E9E, 0x212A, 0xFB00...0xFB06: return nil
      default: bytes.append(other)
      }
    }
    return bytes
  }

  private static let labelWords = ["updated", "revised", "modified", "stand"].map { Array($0.utf8) }
  private static let documentWords = ["curriculum", "resume", "cv", "lebenslauf", "sum"].map { Array($0.utf8) }

  /// The first ``headLines`` non-blank lines and the last ``tailLines`` after them, trimmed; lines far longer
  /// than ``maxLineLength`` are left out unread. Only the edges of the text are walked, so a huge text costs
  /// no more than a short one.
  static func edgeLines(of text: String) -> (head: [String], tail: [String]) {
    let newline = UInt8(ascii: "\n")
    var contiguous = text
    return contiguous.withUTF8 { bytes in
      let utf8 = text.utf8
      func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
      func kept(_ start: Int, _ end: Int) -> String? {
        guard end - start <= maxLineLength * 4 else { return nil }
        // Trimmed by hand: Foundation's trimmingCharacters costs more than the rest of this reader. ASCII
        // white space beside ASCII is a character of its own (or half of "\r\n"), so it is dropped as a
        // byte; anything else is left to Character, whose first scalar decides.
        var lower = start
        var upper = end
        while lower < upper, isASCIISpace(bytes[lower]), lower + 1 == upper || bytes[lower + 1] < 0x80 { lower += 1 }
        while lower < upper, isASCIISpace(bytes[upper - 1]), upper - 1 == lower || bytes[upper - 2] < 0x80 {
          upper -= 1
        }
        guard lower < upper else { return nil }
        // A character that starts, or ends, with an ASCII byte other than white space is no white space.
        let first = bytes[lower]
        let last = bytes[upper - 1]
        if first < 0x80 && last < 0x80 && !isASCIISpace(first) && !isASCIISpace(last) {
          return String(text[index(lower)..<index(upper)])
        }
        var line = text[index(lower)..<index(upper)]
        while let first = line.first, first.isWhitespace { line = line.dropFirst() }
        while let last = line.last, last.isWhitespace { line = line.dropLast() }
        return line.isEmpty ? nil : String(line)
      }
      var head: [String] = []
      var cursor = 0
      while head.count < headLines, cursor < bytes.count {
        var end = cursor
        while end < bytes.count && bytes[end] != newline { end += 1 }
        if let line = kept(cursor, end) { head.append(line) }
        cursor = end < bytes.count ? end + 1 : end
      }
      var tail: [String] = []
      var upper = bytes.count
      while tail.count < tailLines, upper > cursor {
        var start = upper
        while start > cursor && bytes[start - 1] != newline { start -= 1 }
        if let line = kept(start, upper) { tail.insert(line, at: 0) }
        upper = start > cursor ? start - 1 : cursor
      }
      return (head, tail)
    }
  }

  private static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  static func hasFourDigits(_ line: String) -> Bool {
    var line = line
    return line.withUTF8 { bytes in
      var run = 0
      for byte in bytes {
        run = byte >= 0x30 && byte <= 0x39 ? run + 1 : 0
        if run == 4 { return true }
      }
      return false
    }
  }

  private static func date(in line: String, pattern: NSRegularExpression) -> DocumentDate? {
    // Every date read holds a four-digit year: a line without four digits in a row is passed over
    // before the costlier regular expression.
    guard Self.hasFourDigits(line),
      let match = pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line))
    else { return nil }
    func group(_ index: Int) -> String? {
      Range(match.range(at: index), in: line).map { String(line[$0]) }
    }
    // The groups of ``datePattern``: month name and year; ISO year and month; numeric month and year.
    let month: Int?
    let year: Int?
    if let name = group(1) {
      month = DateWords.months[name.lowercased().replacingOccurrences(of: ".", with: "")]
      year = group(2).flatMap { Int($0) }
    } else if let isoYear = group(3) {
      month = group(4).flatMap { Int($0) }
      year = Int(isoYear)
    } else {
      month = group(5).flatMap { Int($0) }
      year = group(6).flatMap { Int($0) }
    }
    guard let month, let year else { return nil }
    return DocumentDate(year: year, month: month, source: .printed, evidence: line)
  }

  /// A date with its month: "21st January 2015", "January 21, 2015", "Jan. 2015", "2015-01(-21)",
  /// "01/2015", "21.01.2015". Six groups: month name, year; ISO year, month; numeric month, year. The
  /// patterns around it add no capturing group.
  private static let datePattern: String = {
    let months = DateWords.months.keys.sorted { ($0.count, $0) > ($1.count, $1) }
      .map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
    let year = "(?:19|20)\\d{2}"
    let day = "\\d{1,2}(?:st|nd|rd|th)?\\.?"
    return "(?:\(day)\\s+(?:of\\s+)?)?(\(months))\\.?,?\\s+(?:\(day),?\\s+)?(\(year))"
      + "|(\(year))[-/.](0[1-9]|1[0-2])(?:[-/.](?:0[1-9]|[12]\\d|3[01]))?"
      + "|(?:(?:0?[1-9]|[12]\\d|3[01])\\.)?(0?[1-9]|1[0-2])[/.](\(year))"
  }()

  /// A label and the date right after it: "Last updated on …", "Updated: …", "Revised …", "As of …",
  /// "Stand: …". "Last …" may stand anywhere in the line ("Jane Doe · Last updated March 2020"); the others
  /// only at its start or after a separator.
  static let labelled = regex(
    "(?:\\blast\\s+(?:updated|revised|modified)|(?:^|[|·•,;(\\[–—-]\\s*)(?:updated|revised|modified|as\\s+of|stand))"
      + "\\b\\s*(?:on|in|at)?\\s*[–—:-]?\\s*(?:the\\s+)?(?:\(datePattern))(?![\\d/.-]*\\d)(?!\\s*(?:[–—-]|to\\b|until\\b)\\s*(?:\\d|present|now|current|today))"
  )

  /// A line that is only a date, or a document word and a date ("Resume — June 2021", "CV, 2021-06").
  static let alone = regex(
    "^[^\\p{L}\\d]*(?:(?:[\\p{L}.'’ ·|,–—-]{0,40}\\s)?(?:curriculum\\s+vitae|résumé|resume|cv|lebenslauf)[^\\p{L}\\d]+)?"
      + "(?:\(datePattern))[^\\p{L}\\d]*$")

  private static func regex(_ source: String) -> NSRegularExpression {
    do {
      return try NSRegularExpression(pattern: source, options: [.caseInsensitive])
    } catch {
      preconditionFailure("invalid printed date pattern: \(error)")
    }
  }
}
