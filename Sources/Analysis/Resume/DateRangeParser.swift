import Foundation

/// Finds employment date ranges in a line: "2014 – Present", "Mar 2016 - Jun 2019",
/// "01/2012–02/2016", "2009 to 2012", "September 2019 — current".
///
/// Months are counted as year × 12 + month − 1; a range runs from its start month up to, not including,
/// the month after its end month, so "Jan 2023 - Aug 2023" is eight months. A year alone starts in
/// January and ends in December; "Present" ends at the as-of month.
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

  private static let month = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
  private static let pattern: NSRegularExpression = {
    let side = "(?:\(month)\\s+|(\\d{1,2})[/.-])?((?:19|20)\\d{2})"
    let present = "(present|current|now|today|date)"
    let source = "\\b\(side)\\s*(?:–|—|-|‒|to|until|through|till)\\s*(?:\(present)|\(side))\\b"
    do {
      return try NSRegularExpression(pattern: source, options: [.caseInsensitive])
    } catch {
      preconditionFailure("invalid date range pattern: \(error)")
    }
  }()

  private static let monthNumbers: [String: Int] = [
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
  ]

  /// Every date range in `line`, with `asOfMonth` (year × 12 + month − 1) standing for "Present".
  static func ranges(in line: String, asOfMonth: Int) -> [Found] {
    let matches = pattern.matches(in: line, range: NSRange(line.startIndex..., in: line))
    return matches.compactMap { match in
      func group(_ index: Int) -> String? {
        Range(match.range(at: index), in: line).map { String(line[$0]).lowercased() }
      }
      guard let startYear = group(3).flatMap(Int.init), let whole = Range(match.range, in: line) else { return nil }
      let startMonthNumber =
        group(1).flatMap { monthNumbers[String($0.prefix(3))] }
        ?? group(2).flatMap(Int.init).flatMap { (1...12).contains($0) ? $0 : nil }
      let start = startYear * 12 + (startMonthNumber ?? 1) - 1
      if group(4) != nil {
        guard asOfMonth >= start else { return nil }
        return Found(
          startMonth: start, endMonth: asOfMonth, isCurrent: true, startHasMonth: startMonthNumber != nil,
          endHasMonth: false, range: whole)
      }
      guard let endYear = group(7).flatMap(Int.init) else { return nil }
      let endMonthNumber =
        group(5).flatMap { monthNumbers[String($0.prefix(3))] }
        ?? group(6).flatMap(Int.init).flatMap { (1...12).contains($0) ? $0 : nil }
      // The end month counts in full; a year alone ends in December ("2010 to 2012" is three years).
      let end = endYear * 12 + (endMonthNumber ?? 12)
      guard end >= start, end - start <= 50 * 12 else { return nil }
      return Found(
        startMonth: start, endMonth: min(end, max(asOfMonth, start)), isCurrent: false,
        startHasMonth: startMonthNumber != nil, endHasMonth: endMonthNumber != nil, range: whole)
    }
  }

  /// The month number (year × 12 + month − 1) of a date.
  static func monthNumber(of date: Date) -> Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
    let parts = calendar.dateComponents([.year, .month], from: date)
    return (parts.year ?? 2000) * 12 + (parts.month ?? 1) - 1
  }
}
