/// Rewrites the Markdown that people and site generators write but the Markdown parser (Ink) does not read,
/// before it sees the text:
///
/// - setext headings (`Experience` over `----------`, `Name` over `=====`) become ATX headings;
/// - template tags that were never rendered (`{% include base_path %}`, `{{ .Title }}`) are removed;
/// - pandoc simple-table rules (`-------- ------`) are dropped, and blockquote markers (`> `) removed so a
///   quoted block reads as its lines;
/// - a backslash at a line's end (pandoc's hard line break) becomes a line break the parser keeps.
enum MarkdownCleanup {
  /// `text` with those shapes rewritten; other Markdown unchanged.
  static func prepare(_ text: String) -> String {
    let lines = withoutTemplateTags(text).split(omittingEmptySubsequences: false) { $0 == "\n" }.map {
      $0.last == "\r" ? $0.dropLast() : $0
    }
    var output: [Substring] = []
    output.reserveCapacity(lines.count)
    var inFence = false
    var index = 0
    while index < lines.count {
      var line = lines[index]
      index += 1
      if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle() }
      if inFence {
        output.append(line)
        continue
      }
      while line.hasPrefix(">") {
        line = line.dropFirst()
        if line.first == " " { line = line.dropFirst() }
      }
      if isTableRule(line) { continue }
      // A heading's text stands alone: after a blank line, or first.
      if index < lines.count, let level = underlineLevel(lines[index]), isSetextText(line),
        output.last?.allSatisfy(\.isWhitespace) ?? true
      {
        output.append(Substring(String(repeating: "#", count: level) + " " + line.trimmingSpaces()))
        output.append("")
        index += 1
        continue
      }
      if line.hasSuffix("\\"), !line.hasSuffix("\\\\") {
        line = line.dropLast() + "  "
      }
      output.append(line)
    }
    return output.joined(separator: "\n")
  }

  /// 1 for a line of `=`, 2 for a line of `-` (three or more, spaces around allowed).
  private static func underlineLevel(_ line: Substring) -> Int? {
    let trimmed = line.trimmingSpaces()
    guard trimmed.count >= 2 else { return nil }
    if trimmed.allSatisfy({ $0 == "=" }) { return 1 }
    if trimmed.count >= 3, trimmed.allSatisfy({ $0 == "-" }) { return 2 }
    return nil
  }

  /// A line that can be a setext heading's text: not blank, not a list item, quote, table row or heading.
  private static func isSetextText(_ line: Substring) -> Bool {
    let trimmed = line.trimmingSpaces()
    guard !trimmed.isEmpty, line.first != " ", line.first != "\t" else { return false }
    for mark in ["- ", "* ", "+ ", "#", "|", ":", "<"] where trimmed.hasPrefix(mark) { return false }
    return underlineLevel(line) == nil && trimmed.count <= 120
  }

  /// A pandoc simple table's rule: two or more runs of dashes separated by spaces.
  private static func isTableRule(_ line: Substring) -> Bool {
    let trimmed = line.trimmingSpaces()
    guard trimmed.allSatisfy({ $0 == "-" || $0 == " " }) else { return false }
    return trimmed.split(separator: " ").count >= 2
  }

  /// Text without `{% … %}` and `{{ … }}` tags (each on one line, at most 200 characters).
  static func withoutTemplateTags(_ text: String) -> String {
    guard text.contains("{%") || text.contains("{{") else { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      output += rest[..<open]
      let next = rest.index(after: open)
      guard next < rest.endIndex, rest[next] == "%" || rest[next] == "{" else {
        output.append("{")
        rest = rest[next...]
        continue
      }
      let closer = rest[next] == "%" ? "%}" : "}}"
      let body = rest[rest.index(after: next)...]
      if let close = body.range(of: closer), body.distance(from: body.startIndex, to: close.lowerBound) <= 200,
        !body[..<close.lowerBound].contains("\n")
      {
        rest = body[close.upperBound...]
      } else {
        output.append("{")
        rest = rest[next...]
      }
    }
    return output + rest
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> Substring {
    var slice = self
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return slice
  }
}
