import Foundation

/// Reads the timestamps that file formats keep in their metadata into a ``DocumentDate``: ISO 8601 and
/// W3CDTF ("2022-01-26T09:09:27Z", "2020-03-14", "2020-03"), also with a space or slashes
/// ("2020-08-08 10:00:00 +0000", "2020/08/08"), and HTTP dates ("Sat, 14 Mar 2020 10:00:00 GMT"). Anything
/// else, or a month out of range, gives nil: a malformed date is ignored, never guessed.
enum MetadataDate {
  /// The date `value` gives, read as coming from `source` under `key`.
  static func parse(_ value: String, source: DocumentDate.Source, key: String) -> DocumentDate? {
    guard value.utf8.count <= 256 else { return nil }
    var text = value.trimmingCharacters(in: .whitespacesAndNewlines)
    if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
      text = String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
    }
    guard text.count <= 64, text.contains(where: \.isNumber) else { return nil }
    let range = NSRange(text.startIndex..., in: text)
    if let match = iso.firstMatch(in: text, range: range),
      let year = Range(match.range(at: 1), in: text).flatMap({ Int(text[$0]) }),
      let month = Range(match.range(at: 2), in: text).flatMap({ Int(text[$0]) })
    {
      return DocumentDate(year: year, month: month, source: source, evidence: key)
    }
    if let match = http.firstMatch(in: text, range: range),
      let name = Range(match.range(at: 1), in: text).map({ text[$0].lowercased() }),
      let month = DateWords.months[name],
      let year = Range(match.range(at: 2), in: text).flatMap({ Int(text[$0]) })
    {
      return DocumentDate(year: year, month: month, source: source, evidence: key)
    }
    return nil
  }

  /// `YYYY-MM` at the start, then a day, a time or nothing.
  private static let iso = regex("^((?:19|20|21)\\d{2})[-/](0[1-9]|1[0-2])(?:[-/](?:0[1-9]|[12]\\d|3[01]))?(?:[T ]|$)")
  /// `[Day, ]DD Mon YYYY`.
  private static let http = regex(
    "^(?:[A-Za-z]{3},?\\s+)?\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\s+((?:19|20|21)\\d{2})\\b"
  )

  private static func regex(_ source: String) -> NSRegularExpression {
    do {
      return try NSRegularExpression(pattern: source, options: [.caseInsensitive])
    } catch {
      preconditionFailure("invalid metadata date pattern: \(error)")
    }
  }
}
