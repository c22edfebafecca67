/// Text from a piece of HTML that is all content, such as a JSON-LD `description`.
enum HTMLFragment {
  /// The blocks of an HTML fragment; HTML that arrived entity-escaped (`&lt;p&gt;`) is unescaped first.
  static func blocks(_ html: String) -> [ContentBlock] {
    guard let tree = HTMLTree(utf8: Array(html.utf8)) else { return [] }
    let blocks = ContentExtractor(tree: tree).extractAll()
    let joined = blocks.map(\.text).joined(separator: "\n")
    let looksEscaped = joined.contains("<p>") || joined.contains("<li>") || joined.contains("<br")
      || joined.contains("</")
    if looksEscaped, !html.contains("<p>"), let unescaped = HTMLTree(utf8: Array(joined.utf8)) {
      return ContentExtractor(tree: unescaped).extractAll()
    }
    return blocks
  }
}
