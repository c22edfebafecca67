/// Text from a piece of HTML that is all content, such as a JSON-LD `description`.
enum HTMLFragment {
  /// Tags that, seen in the text, show the HTML arrived entity-escaped.
  private static let escapedMarkers: [[UInt8]] = ["<p>", "<li>", "<br", "</"].map { Array($0.utf8) }

  /// The blocks of an HTML fragment; HTML that arrived entity-escaped (`&lt;p&gt;`) is unescaped first.
  static func blocks(_ html: String) -> [ContentBlock] {
    guard let tree = HTMLTree(utf8: Array(html.utf8)) else { return [] }
    let blocks = ContentExtractor(tree: tree).extractAll()
    let joined = blocks.map(\.text).joined(separator: "\n")
    let joinedBytes = Array(joined.utf8)
    let looksEscaped = escapedMarkers.contains { ASCIIBytes.contains(joinedBytes, $0) }
    if looksEscaped, !ASCIIBytes.contains(Array(html.utf8), escapedMarkers[0]),
      let unescaped = HTMLTree(utf8: joinedBytes)
    {
      return ContentExtractor(tree: unescaped).extractAll()
    }
    return blocks
  }
}
