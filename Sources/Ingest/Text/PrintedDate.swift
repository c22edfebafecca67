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
    for line in head + tail where line.count <= maxLineLength && hasFourDigits(line) && mayBeLabelled(line) {
      if let date = date(in: line, pattern: labelled) { return date }
    }
    for line in head.prefix(5) + (head.dropFirst(5) + tail).suffix(3)
    where line.count <= 60 && hasFourDigits(line) && mayBeAlone(line) {
      if let date = date(in: line, pattern: alone) { return date }
    }
    return nil
  }

  /// False only when ``labelled`` cannot match `line`: an ASCII line (where matching regardless of case is
  /// matching its lowercase) without any of the label words. Other lines are left to the pattern.
  static func mayBeLabelled(_ line: String) -> Bool {
    guard let lower = lowercaseASCII(line) else { return true }
    return ["updated", "revised", "modified", "stand", "as"].contains { word in contains(lower, Array(word.utf8)) }
  }

  /// False only when ``alone`` cannot match `line`: an ASCII line that names no document word and whose first
  /// letter or digit starts no date (a date starts with a digit or a month name standing as a whole word).
  static func mayBeAlone(_ line: String) -> Bool {
    guard let lower = lowercaseASCII(line) else { return true }
    if ["curriculum", "resume", "cv", "lebenslauf"].contains(where: { contains(lower, Array($0.utf8)) }) {
      return true
    }
    func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    guard let first = lower.firstIndex(where: { isLetter($0) || (0x30...0x39).contains($0) }) else { return false }
    guard isLetter(lower[first]) else { return true }
    let word = lower[first...].prefix(while: isLetter)
    return DateWords.months[String(decoding: word, as: UTF8.self)] != nil
  }

  /// The line's bytes with A–Z lowered, or nil when it is not ASCII.
  private static func lowercaseASCII(_ line: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(line.utf8.count)
    for byte in line.utf8 {
      guard byte < 0x80 else { return nil }
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
    return bytes
  }

  private static func contains(_ bytes: [UInt8], _ word: [UInt8]) -> Bool {
    guard bytes.count >= word.count else { return false }
    return (0...(bytes.count - word.count)).contains { start in bytes[start..<(start + word.count)].elementsEqual(word)
    }
  }

  /// The first ``headLines`` non-blank lines and the last ``tailLines`` after them, trimmed; lines far longer
  /// than ``maxLineLength`` are left out unread. Only the edges of the text are walked, so a huge text costs
  /// no more than a short one.
  static func edgeLines(of text: String) -> (head: [String], tail: [String]) {
    let utf8 = text.utf8
    let newline = UInt8(ascii: "\n")
    func kept(_ range: Range<String.Index>) -> String? {
      guard utf8[range].count <= maxLineLength * 4 else { return nil }
      // Trimmed by hand: Foundation's trimmingCharacters costs more than the rest of this reader.
      var line = text[range]
      while let first = line.first, first.isWhitespace { line = line.dropFirst() }
      while let last = line.last, last.isWhitespace { line = line.dropLast() }
      return line.isEmpty ? nil : String(line)
    }
    var head: [String] = []
    var cursor = utf8.startIndex
    while head.count < headLines, cursor < utf8.endIndex {
      let end = utf8[cursor...].firstIndex(of: newline) ?? utf8.endIndex
      if let line = kept(cursor..<end) { head.append(line) }
      cursor = end < utf8.endIndex ? utf8.index(after: end) : end
    }
    var tail: [String] = []
    var upper = utf8.endIndex
    while tail.count < tailLines, upper > cursor {
      let start = utf8[cursor..<upper].lastIndex(of: newline).map { utf8.index(after: $0) } ?? cursor
      if let line = kept(start..<upper) { tail.insert(line, at: 0) }
      upper = start > cursor ? utf8.index(before: start) : cursor
    }
    return (head, tail)
  }

  static func hasFourDigits(_ line: String) -> Bool {
    var run = 0
    for byte in line.utf8 {
      run = (0x30...0x39).contains(byte) ? run + 1 : 0
      if run == 4 { return true }
    }
    return false
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
