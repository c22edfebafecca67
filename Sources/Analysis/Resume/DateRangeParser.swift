import Foundation
import Ingest

/// Finds employment date ranges in a line: "2014 – Present", "Mar 2016 - Jun 2019", "01/2012–02/2016",
/// "2009 to 2012", "September 2019 — current", "Nov18 - now", "04.2002-09.2002", "Fall 2019 – present",
/// "2017–", "since 2019", and month names and present words of German, French, Spanish, Portuguese and
/// Dutch ("März 2019 – heute"; the words are in ``DateWords``).
///
/// Months are counted as year × 12 + month − 1; a range runs from its start month up to, not including,
/// the month after its end month, so "Jan 2023 - Aug 2023" is eight months. A year alone is read as its
/// middle (July), so "2010 – 2012" is two years; "Present" ends at the as-of month.
enum DateRangeParser {
  /// A range found in a line.
  struct Found: Equatable {
    var startMonth: Int
    var endMonth: Int
    var isCurrent: Bool
    /// Whether the start names its month (false for a year alone).
    var startHasMonth = true
    /// Whether the end names its month (false for a year alone or "Present").
    var endHasMonth = true
    /// Where in the line the range is written.
    var range: Range<String.Index>
  }

  /// The lines of one resume already scanned, by their bytes.
  final class Scans {
    private var scans: [String: Scan] = [:]

    /// Every date range in `line`, as `DateRangeParser.ranges(in:asOfMonth:)` finds them,
    /// the line matched once however often it is asked about.
    func ranges(in line: String, asOfMonth: Int) -> [Found] {
      // Strings compare equal by canonical equivalence; the ranges found are valid only for the same bytes.
      if let known = scans[line], known.line.utf8.elementsEqual(line.utf8) {
        return DateRangeParser.ranges(in: known, asOfMonth: asOfMonth)
      }
      let scan = DateRangeParser.scan(line)
      scans[line] = scan
      return DateRangeParser.ranges(in: scan, asOfMonth: asOfMonth)
    }
  }

  /// A year alone is read as July, its middle.
  static let yearOnlyMonth = 7

  /// Words in the order the pattern's alternations list them: longest first, so "sept" is tried before "sep".
  static func alternationOrder(_ words: some Sequence<String>) -> [String] {
    words.sorted { ($0.count, $0) > ($1.count, $1) }
  }

  private static func alternation(_ words: some Sequence<String>) -> String {
    alternationOrder(words).map { NSRegularExpression.escapedPattern(for: $0) }
      .map { $0.replacingOccurrences(of: " ", with: "\\s+") }.joined(separator: "|")
  }

  /// One side of a range; 9 groups: month name + year (4 or 2 digits), [day/]month/year, season + year,
  /// ISO year-month, year alone.
  private static let side: String = {
    let months = alternation(DateWords.months.keys)
    let seasons = alternation(DateWords.seasons.keys)
    let year = "(?:19|20)\\d{2}"
    return "\\b(\(months))\\.?\\s*(?:\\d{1,2}(?:st|nd|rd|th)?\\.?,?\\s+)?,?\\s*['’]?(\(year)|\\d{2})(?![\\d])"
      + "|(?<![\\d.])(?:\\d{1,2}[/.])?(\\d{1,2})[/.-](\(year))(?!\\d)"
      + "|\\b(\(seasons))\\s*,?\\s*(\(year))(?!\\d)"
      + "|(?<!\\d)(\(year))[-/.](0[1-9]|1[0-2])(?![\\d])"
      + "|(?<![\\d/.])(\(year))(?![\\d])"
  }()
  private static let sideGroups = 9

  /// The date-range pattern: the reference ``DateRangeScanner`` reads the same matches as, and the reader of the lines
  /// it does not model. Compiled only when such a line comes.
  static let pattern: NSRegularExpression = {
    let present = alternation(DateWords.present)
    let until = alternation(DateWords.until)
    let separator = "\\s*(–|—|‒|-{1,2}|~|\\b(?:\(until))\\b)\\s*"
    // The end: a present word, another side, or nothing before the line (or bracket) closes: "2017 –".
    let source =
      "(?:\\b(\(alternation(DateWords.since)))\\s+)?(?:\(side))(?:\(separator)(?:\\b(\(present))(?!\\w)|(?:\(side))"
      + "|(?=\\s*(?:$|[)\\]|,;:]))))?"
    do {
      return try NSRegularExpression(pattern: source, options: [.caseInsensitive])
    } catch {
      preconditionFailure("invalid date range pattern: \(error)")
    }
  }()

  /// The pattern's matches in a line, not yet read as months: the part of ``ranges(in:asOfMonth:)`` that does not
  /// depend on the as-of month (and nearly all of its cost), so a resume whose roles are read twice, up to today
  /// and then up to its own date, matches each line once (``Scans``).
  struct Scan {
    /// The line.
    let line: String
    let matches: [Match]
  }

  /// One match of ``pattern``: UTF-16 offsets of the whole match (index 0) and of each of its groups, nil for a
  /// group that took no part.
  struct Match: Equatable {
    var groups: [Range<Int>?]
  }

  /// The matches in `line`: ``DateRangeScanner``'s, or the pattern's for a line the scanner does not model.
  static func scan(_ line: String) -> Scan {
    Scan(line: line, matches: DateRangeScanner.matches(in: line) ?? patternMatches(in: line))
  }

  /// The matches of ``pattern`` in `line`.
  static func patternMatches(in line: String) -> [Match] {
    guard line.contains(where: \.isNumber) else { return [] }
    return pattern.matches(in: line, range: NSRange(line.startIndex..., in: line)).map { match in
      Match(
        groups: (0..<match.numberOfRanges).map { index in
          let range = match.range(at: index)
          return range.location == NSNotFound ? nil : range.location..<(range.location + range.length)
        })
    }
  }

  /// Every date range in `line`, with `asOfMonth` (year × 12 + month − 1) standing for "Present".
  static func ranges(in line: String, asOfMonth: Int) -> [Found] {
    ranges(in: scan(line), asOfMonth: asOfMonth)
  }

  /// Every date range of a scanned line, with `asOfMonth` standing for "Present"; the ranges are of `scan.line`.
  static func ranges(in scan: Scan, asOfMonth: Int) -> [Found] {
    let line = scan.line
    let asOfYear = asOfMonth / 12
    func range(_ offsets: Range<Int>?) -> Range<String.Index>? {
      offsets.flatMap { Range(NSRange(location: $0.lowerBound, length: $0.count), in: line) }
    }
    return scan.matches.compactMap { match in
      func group(_ index: Int) -> String? {
        range(match.groups[index]).map { String(line[$0]).lowercased() }
      }
      guard let whole = range(match.groups[0]),
        let start = date(group, offset: 1, asOfYear: asOfYear)
      else { return nil }
      let separator = group(2 + sideGroups) != nil
      let present = group(3 + sideGroups) != nil
      let end = date(group, offset: 3 + sideGroups, asOfYear: asOfYear)
      guard let end else {
        // "Present", "since 2019", or "2017 –" with nothing after: current. A lone date is no range.
        guard present || group(1) != nil || separator, asOfMonth >= start.month else { return nil }
        return Found(
          startMonth: start.month, endMonth: asOfMonth, isCurrent: true, startHasMonth: start.hasMonth,
          endHasMonth: false, range: whole)
      }
      // The end month counts in full.
      // A range written with its end before its start ("Oct18 - Jan18", a slip) is read as its start month.
      let endMonth = end.month < start.month ? start.month + 1 : end.month + 1
      guard endMonth > start.month, endMonth - start.month <= 50 * 12 else { return nil }
      return Found(
        startMonth: start.month, endMonth: min(endMonth, max(asOfMonth, start.month)), isCurrent: false,
        startHasMonth: start.hasMonth, endHasMonth: end.hasMonth, range: whole)
    }
  }

  /// The month number of one side whose groups start after `offset`; nil when the side did not match.
  private static func date(_ group: (Int) -> String?, offset: Int, asOfYear: Int) -> (month: Int, hasMonth: Bool)? {
    func year(_ text: String?) -> Int? {
      guard let text, let value = Int(text) else { return nil }
      guard text.count == 2 else { return value }
      // Two-digit years: this century up to next year, else the last.
      return value <= asOfYear % 100 + 1 ? 2000 + value : 1900 + value
    }
    func month(name: String?) -> Int? {
      name.flatMap { DateWords.months[$0.replacingOccurrences(of: ".", with: "")] }
    }
    if let monthNumber = month(name: group(offset + 1)), let year = year(group(offset + 2)) {
      return (year * 12 + monthNumber - 1, true)
    }
    if let monthNumber = group(offset + 3).flatMap(Int.init), (1...12).contains(monthNumber),
      let year = year(group(offset + 4))
    {
      return (year * 12 + monthNumber - 1, true)
    }
    if let season = group(offset + 5).flatMap({ DateWords.seasons[$0] }), let year = year(group(offset + 6)) {
      return (year * 12 + season - 1, true)
    }
    if let year = year(group(offset + 7)), let monthNumber = group(offset + 8).flatMap(Int.init) {
      return (year * 12 + monthNumber - 1, true)
    }
    if let year = year(group(offset + 9)) { return (year * 12 + yearOnlyMonth - 1, false) }
    return nil
  }

  /// The month number (year × 12 + month − 1) of a date, in UTC.
  ///
  /// Counted from the days since 1970 in the proleptic Gregorian calendar, which Foundation's Gregorian calendar
  /// follows after 1582: setting up a `Calendar` cost more than reading a resume's dates. Dates before 1600 or
  /// after 9999 are left to the calendar.
  static func monthNumber(of date: Date) -> Int {
    let seconds = date.timeIntervalSince1970
    // 1600-01-01 and 10000-01-01, UTC.
    guard seconds >= -11_676_096_000, seconds < 253_402_300_800 else { return calendarMonthNumber(of: date) }
    // Howard Hinnant's days-to-civil-date algorithm: years that start in March, in eras of 400 years.
    let days = Int((seconds / 86_400).rounded(.down)) + 719_468
    let era = (days >= 0 ? days : days - 146_096) / 146_097
    let dayOfEra = days - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthFromMarch = (5 * dayOfYear + 2) / 153
    let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return year * 12 + month - 1
  }

  /// The month number of a date by a Gregorian calendar in UTC: the reference ``monthNumber(of:)`` counts as.
  static func calendarMonthNumber(of date: Date) -> Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
    let parts = calendar.dateComponents([.year, .month], from: date)
    return (parts.year ?? 2000) * 12 + (parts.month ?? 1) - 1
  }
}
