import Foundation

/// Rewrites the Markdown that people and site generators write but the Markdown parser (Ink) does not read,
/// before it sees the text:
///
/// - setext headings (`Experience` over `----------`, `Name` over `=====`) become ATX headings;
/// - template tags that were never rendered (`{% include base_path %}`, `{{ .Title }}`) are removed;
/// - pandoc simple-table rules (`-------- ------`) are dropped, and blockquote markers (`> `) removed so a
///   quoted block reads as its lines;
/// - a backslash at a line's end (pandoc's hard line break) becomes a line break the parser keeps, and so
///   does the end of a short line holding a year next to another line of its paragraph ("Title", "Fall 2008 –
///   Spring 2010", "University" on three lines are three lines, not one run of words);
/// - autolinks (`<name@example.com>`, `<https://…>`) become their text, which the parser would otherwise
///   take for the start of an HTML block and swallow what follows.
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
      } else if index < lines.count, isLayoutLine(line) || isLayoutLine(lines[index]),
        !lines[index].allSatisfy(\.isWhitespace), !line.allSatisfy(\.isWhitespace), !lines[index].hasPrefix(":")
      {
        // (A pandoc definition, ":   text", continues its term's line: "2011–2015 : BEng, Dunmore University".)
        line += "  "
      }
      output.append(Substring(withoutAutolinks(String(line))))
    }
    return output.joined(separator: "\n")
  }

  /// A short line that holds a year: a date line of a resume or posting, laid out on its own.
  private static func isLayoutLine(_ line: Substring) -> Bool {
    let trimmed = line.trimmingSpaces()
    guard trimmed.count <= 80, !trimmed.hasPrefix("- "), !trimmed.hasPrefix("* "), !trimmed.hasPrefix("|") else {
      return false
    }
    return containsYear(trimmed.utf8)
  }

  /// Whether the bytes hold a run of exactly four digits starting 19 or 20 (a year), read on the bytes: this
  /// runs for every line of every Markdown file.
  static func containsYear<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
    var run = 0
    var first: UInt8 = 0
    var second: UInt8 = 0
    for byte in bytes {
      if byte >= 0x30 && byte <= 0x39 {
        if run == 0 { first = byte }
        if run == 1 { second = byte }
        run += 1
      } else {
        if run == 4, (first == 0x31 && second == 0x39) || (first == 0x32 && second == 0x30) { return true }
        run = 0
      }
    }
    return run == 4 && ((first == 0x31 && second == 0x39) || (first == 0x32 && second == 0x30))
  }

  /// `<name@example.com>` → `name@example.com`, `<https://example.com>` → `https://example.com`.
  static func withoutAutolinks(_ line: String) -> String {
    guard line.contains("<") else { return line }
    return line.replacingOccurrences(
      of: #"<((?:https?://|mailto:)[^<>\s]+|[^<>\s@]+@[^<>\s]+\.[a-zA-Z]+)>"#, with: "$1",
      options: .regularExpression)
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
    // A byte scan: Foundation's `contains` bridges the whole text to search it, twice.
    var previousWasBrace = false
    let hasTag = text.utf8.contains { byte in
      defer { previousWasBrace = byte == UInt8(ascii: "{") }
      return previousWasBrace && (byte == UInt8(ascii: "%") || byte == UInt8(ascii: "{"))
    }
    guard hasTag else { return text }
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
  /// Without leading and trailing spaces and tabs, found on the UTF-8 bytes: a line indented thousands of
  /// columns costs no more than its bytes.
  fileprivate func trimmingSpaces() -> Substring {
    let bytes = utf8
    guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
      let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })
    else { return self[endIndex...] }
    return self[first...last]
  }
}
