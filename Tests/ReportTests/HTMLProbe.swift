import Foundation

/// Reading what the report wrote.
enum HTMLProbe {
  /// How many times `needle` occurs in `html`.
  static func count(_ needle: String, in html: String) -> Int {
    html.components(separatedBy: needle).count - 1
  }

  /// A tag with an event-handler attribute (`<b onmouseover=`), outside any quoted attribute value.
  nonisolated(unsafe) static let eventHandler = /<[a-zA-Z][a-zA-Z0-9-]*(\s+[^\s"'<>=\/]+(="[^"]*")?)*\s+on[a-z]+=/

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
