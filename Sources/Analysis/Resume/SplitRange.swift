import Foundation

/// The two halves of a date range a two-column layout split over two lines ("2017 – Product Manager, Google" over
/// "Present Leading teams…"), read as ``startPattern`` and ``endPattern`` read them without compiling either: the
/// first ICU pattern a run compiles sets up ICU's shared character classes, which cost more than reading a whole
/// resume. The patterns stay the reference (`PatternReadersTests`) and read the rare line holding a scalar newer than
/// ICU's data (``PatternScalars/isKnownToICU(_:)``) or, for the end, one that ICU matching regardless of case may
/// read as an ASCII letter (``PatternScalars/foldsToASCII(_:)``).
enum SplitRange {
  /// The first half: the start date (group 1) and the title after its dash (group 2).
  static let startPattern = try! NSRegularExpression(
    pattern: #"^((?:[A-Za-z]{3,9}\.? )?(?:19|20)\d{2})\s*[–—-]\s+([A-Za-z].*)$"#)
  /// The second half: the end word or date (group 1) and the rest of the line (group 2).
  static let endPattern = try! NSRegularExpression(
    pattern: #"^(Present|Current|Now|Today|(?:[A-Za-z]{3,9}\.? )?(?:19|20)\d{2})\b(.*)$"#,
    options: [.caseInsensitive])

  /// The start date and the title of a line that ends with a range's first half, as ``startPattern`` finds them.
  static func start(of line: String) -> (start: Range<String.Index>, title: Range<String.Index>)? {
    let scalars = Array(line.unicodeScalars)
    guard scalars.allSatisfy(PatternScalars.isKnownToICU) else { return patternGroups(startPattern, line) }
    for yearStart in yearStarts(scalars) {
      guard let yearEnd = year(scalars, at: yearStart) else { continue }
      let dash = PatternScalars.spaces(scalars, from: yearEnd)
      guard dash < scalars.count, ["–", "—", "-"].contains(scalars[dash]) else { continue }
      let title = PatternScalars.spaces(scalars, from: dash + 1)
      guard title > dash + 1, title < scalars.count, PatternScalars.isASCIILetter(scalars[title]) else { continue }
      let end = PatternScalars.lineRest(scalars, from: title + 1)
      guard PatternScalars.isEnd(scalars, at: end) else { continue }
      return (range(0..<yearEnd, in: line), range(title..<end, in: line))
    }
    return nil
  }

  /// The end word or date and the rest of a line that starts with a range's second half, as ``endPattern`` finds
  /// them.
  static func end(of line: String) -> (word: Range<String.Index>, rest: Range<String.Index>)? {
    let scalars = Array(line.unicodeScalars)
    guard scalars.allSatisfy({ PatternScalars.isKnownToICU($0) && !PatternScalars.foldsToASCII($0) }) else {
      return patternGroups(endPattern, line)
    }
    var wordEnds: [Int] = []
    for word in ["present", "current", "now", "today"] where word.unicodeScalars.count <= scalars.count {
      if zip(word.unicodeScalars, scalars).allSatisfy({ $0.value == $1.value | ($1.value < 0x80 ? 0x20 : 0) }) {
        wordEnds.append(word.unicodeScalars.count)
      }
    }
    wordEnds += yearStarts(scalars).compactMap { year(scalars, at: $0) }
    for wordEnd in wordEnds where PatternScalars.isBoundary(scalars, at: wordEnd) {
      let end = PatternScalars.lineRest(scalars, from: wordEnd)
      guard PatternScalars.isEnd(scalars, at: end) else { continue }
      return (range(0..<wordEnd, in: line), range(wordEnd..<end, in: line))
    }
    return nil
  }

  /// Where `(?:[A-Za-z]{3,9}\.? )?` may leave the year to start, in the pattern's order: after the month word and its
  /// space, then at the start. (Fewer letters, or no dot, leave a letter or the dot where the space must be, so only
  /// the whole run counts.)
  private static func yearStarts(_ scalars: [Unicode.Scalar]) -> [Int] {
    let letters = scalars.prefix(while: PatternScalars.isASCIILetter).count
    var starts: [Int] = []
    if (3...9).contains(letters) {
      var index = letters
      if index < scalars.count, scalars[index] == "." { index += 1 }
      if index < scalars.count, scalars[index] == " " { starts.append(index + 1) }
    }
    starts.append(0)
    return starts
  }

  /// Groups 1 and 2 of `pattern`'s first match in `line`.
  private static func patternGroups(_ pattern: NSRegularExpression, _ line: String)
    -> (Range<String.Index>, Range<String.Index>)?
  {
    guard let match = pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
      let first = Range(match.range(at: 1), in: line), let second = Range(match.range(at: 2), in: line)
    else { return nil }
    return (first, second)
  }

  /// `(?:19|20)\d{2}` at `index`: its end.
  private static func year(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
    guard index + 4 <= scalars.count else { return nil }
    let century = (scalars[index], scalars[index + 1])
    guard century == ("1", "9") || century == ("2", "0"), PatternScalars.isDigit(scalars[index + 2]),
      PatternScalars.isDigit(scalars[index + 3])
    else { return nil }
    return index + 4
  }

  /// The range of the scalars `offsets` of `line`.
  private static func range(_ offsets: Range<Int>, in line: String) -> Range<String.Index> {
    let scalars = line.unicodeScalars
    let lower = scalars.index(scalars.startIndex, offsetBy: offsets.lowerBound)
    return lower..<scalars.index(lower, offsetBy: offsets.count)
  }
}
