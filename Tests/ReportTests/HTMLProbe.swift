import Foundation

/// Reading what the report wrote.
enum HTMLProbe {
  /// How many times `needle` occurs in `html`.
  static func count(_ needle: String, in html: String) -> Int {
    html.components(separatedBy: needle).count - 1
  }

  /// A tag with an event-handler attribute (`<b onmouseover=`), outside any quoted attribute value.
  nonisolated(unsafe) static let eventHandler = /<[a-zA-Z][a-zA-Z0-9-]*(\s+[^\s"'<>=\/]+(="[^"]*")?)*\s+on[a-z]+=/

  /// The element that starts with `start` (an opening tag, up to its first attribute or more), through its
  /// closing tag: `<article class="fit" id="posting-2"` gives that posting's whole details section.
  static func section(of html: String, from start: String) -> String? {
    guard let open = html.range(of: start), let name = start.dropFirst().split(separator: " ").first,
      let close = html.range(of: "</\(name)>", range: open.upperBound..<html.endIndex)
    else { return nil }
    return String(html[open.lowerBound..<close.upperBound])
  }

  /// The ranking table's rows, in document order: each row's rank and the score in its score cell.
  static func tableRows(_ html: String) -> [(rank: Int, score: Int)] {
    guard let start = html.range(of: "<tbody"),
      let end = html.range(of: "</tbody>", range: start.upperBound..<html.endIndex)
    else { return [] }
    let body = String(html[start.upperBound..<end.lowerBound])
    let rowPattern = /<tr data-rank="(\d+)">.*?class="num score" data-value="(\d+)"/
    return body.matches(of: rowPattern).compactMap { match in
      guard let rank = Int(match.output.1), let score = Int(match.output.2) else { return nil }
      return (rank, score)
    }
  }
}
