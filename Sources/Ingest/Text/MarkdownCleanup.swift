import Foundation

/// Rewrites the Markdown that people and site generators write, before the Markdown parser (cmark-gfm, see
/// ``MarkdownRenderer``) sees it, so that it reads as it was meant:
///
/// - setext headings (`Experience` over `----------`, `Name` over `=====`) become ATX headings; an underline
///   below a paragraph's last line or a long line is a rule (`---`) or text (`===`), not a heading made of
///   the whole paragraph;
/// - template tags that were never rendered (`{% include base_path %}`, `{{ .Title }}`) are removed;
/// - pandoc simple-table rules (`-------- ------`) are dropped, and blockquote markers (`> `) removed so a
///   quoted block reads as its lines;
/// - a backslash at a line's end (pandoc's hard line break) becomes a line break the parser keeps, and so
///   does the end of a short line holding a year next to another line of its paragraph ("Title", "Fall 2008 –
///   Spring 2010", "University" on three lines are three lines, not one run of words);
/// - autolinks (`<name@example.com>`, `<https://…>`) become their text, not links (a paragraph that is one
///   short link is read as navigation and dropped);
/// - struck-through text (`~~weekly~~`) loses its marks and keeps its words, as a page shows them. (cmark-gfm's
///   strikethrough extension would do the same, but it marks `~` special in a table every parser shares, for
///   the length of each parse: Markdown read on several threads at once would race on it.)
/// - a line with more than ``maxTableColumns`` `|` has them escaped: text, not a table row.
enum MarkdownCleanup {
  /// Cells a table row may have. cmark-gfm 0.29.0.gfm.6 appends each cell of a row to a list by walking the
  /// list, so a row costs the square of its cells: 20,000 took seconds, and one line of a 20 MB file could
  /// hold millions.
  static let maxTableColumns = 256

  /// `text` with those shapes rewritten; other Markdown unchanged.
  static func prepare(_ text: String) -> String {
    let lines = Self.lines(of: withoutTemplateTags(text)).map { $0.last == "\r" ? $0.dropLast() : $0 }
    var output: [Substring] = []
    output.reserveCapacity(lines.count)
    var inFence = false
    // Whether the line continues a list item: its lines are the item's one run of words, never broken at
    // a year ("Led the launch in\n  2019 across…").
    var inListItem = false
    let struckThrough = containsStrikethrough(text)
    let manyPipes = occurrences(of: UInt8(ascii: "|"), in: text.utf8, upTo: maxTableColumns + 1) > maxTableColumns
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
      if manyPipes, occurrences(of: UInt8(ascii: "|"), in: line.utf8, upTo: maxTableColumns + 1) > maxTableColumns {
        line = escapingPipes(line)
      }
      let indent = indentation(of: line)
      if indent == line.utf8.count {
        inListItem = false
      } else if isListItemStart(line.utf8.dropFirst(indent)) {
        inListItem = true
      }
      // A heading's text stands alone: after a blank line, or first.
      if index < lines.count, let level = underlineLevel(lines[index]), isSetextText(line),
        output.last?.allSatisfy(\.isWhitespace) ?? true
      {
        output.append(Substring(String(repeating: "#", count: level) + " " + line.trimmingSpaces()))
        output.append("")
        index += 1
        continue
      }
      // An underline below a line that is no heading's (a paragraph's last line, a long line): a rule under
      // `---`, text under `===`, not the whole paragraph made a heading.
      if let level = underlineLevel(line), !line.hasPrefix("    "), !line.hasPrefix("\t"),
        !(output.last?.allSatisfy(\.isWhitespace) ?? true)
      {
        if level == 2 { output.append("") } else { line = "\\" + line }
      }
      if line.hasSuffix("\\"), !line.hasSuffix("\\\\") {
        line = line.dropLast() + "  "
      } else if index < lines.count, !inListItem, isLayoutLine(line) || isLayoutLine(lines[index]),
        !lines[index].allSatisfy(\.isWhitespace), !line.allSatisfy(\.isWhitespace), !lines[index].hasPrefix(":")
      {
        // (A pandoc definition, ":   text", continues its term's line: "2011–2015 : BEng, Dunmore University".)
        line += "  "
      }
      let plain = withoutAutolinks(String(line))
      output.append(Substring(struckThrough ? withoutStrikethrough(plain) : plain))
    }
    return output.joined(separator: "\n")
  }

  /// The text's lines, split where a line feed is a character of its own, as splitting the characters at
  /// "\n" does (a line feed after a carriage return is one character with it, "\r\n", and splits nothing),
  /// found on the bytes: splitting by characters walks every grapheme of the file.
  static func lines(of text: String) -> [Substring] {
    var lines: [Substring] = []
    let bytes = text.utf8
    var start = bytes.startIndex
    var previous: UInt8 = 0
    var index = bytes.startIndex
    while index != bytes.endIndex {
      let byte = bytes[index]
      if byte == 0x0A && previous != 0x0D {
        lines.append(text[start..<index])
        start = bytes.index(after: index)
      }
      previous = byte
      bytes.formIndex(after: &index)
    }
    lines.append(text[start..<bytes.endIndex])
    return lines
  }

  /// The number of spaces and tabs the line starts with, counted on its bytes (a line may be indented by
  /// thousands).
  private static func indentation(of line: Substring) -> Int {
    let counted = line.utf8.withContiguousStorageIfAvailable { bytes in
      var count = 0
      while count < bytes.count && (bytes[count] == 0x20 || bytes[count] == 0x09) { count += 1 }
      return count
    }
    return counted ?? line.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
  }

  /// Whether the bytes after a line's indentation start a list item: `- `, `* `, `+ `, `1. ` or `1) `.
  private static func isListItemStart(_ content: Substring.UTF8View.SubSequence) -> Bool {
    var bytes = content
    let digits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
    bytes = bytes.dropFirst(digits)
    guard let marker = bytes.first, bytes.dropFirst().first == 0x20 else { return false }
    if digits == 0 { return marker == UInt8(ascii: "-") || marker == UInt8(ascii: "*") || marker == UInt8(ascii: "+") }
    return digits <= 9 && (marker == UInt8(ascii: ".") || marker == UInt8(ascii: ")"))
  }

  /// A short line that holds a year: a date line of a resume or posting, laid out on its own.
  private static func isLayoutLine(_ line: Substring) -> Bool {
    let trimmed = line.trimmingSpaces()
    // No more bytes than 80 is no more characters than 80: most lines are told without counting characters.
    guard trimmed.utf8.count <= 80 || trimmed.count <= 80, !trimmed.hasPrefix("- "), !trimmed.hasPrefix("* "),
      !trimmed.hasPrefix("|")
    else {
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
    // A line without the byte of "<" has no autolink to rewrite: Foundation's search is not run on it.
    guard line.utf8.contains(UInt8(ascii: "<")), line.contains("<") else { return line }
    return line.replacingOccurrences(
      of: #"<((?:https?://|mailto:)[^<>\s]+|[^<>\s@]+@[^<>\s]+\.[a-zA-Z]+)>"#, with: "$1",
      options: .regularExpression)
  }

  /// How many times `byte` occurs in `bytes`, counted up to `limit`, found with `memchr`.
  private static func occurrences<Bytes: Collection<UInt8>>(of byte: UInt8, in bytes: Bytes, upTo limit: Int) -> Int {
    let counted = bytes.withContiguousStorageIfAvailable { buffer -> Int in
      guard let base = buffer.baseAddress else { return 0 }
      var count = 0
      var offset = 0
      while count < limit, offset < buffer.count, let found = memchr(base + offset, Int32(byte), buffer.count - offset)
      {
        offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        count += 1
      }
      return count
    }
    return counted ?? min(bytes.lazy.filter { $0 == byte }.count, limit)
  }

  /// The line with each `|` not yet escaped escaped.
  private static func escapingPipes(_ line: Substring) -> Substring {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(line.utf8.count * 2)
    // Whether the byte before is an escaping backslash (`\\|` is a backslash, then a cell's end).
    var escaped = false
    for byte in line.utf8 {
      if byte == UInt8(ascii: "|") && !escaped { bytes.append(UInt8(ascii: "\\")) }
      bytes.append(byte)
      escaped = byte == UInt8(ascii: "\\") && !escaped
    }
    return Substring(String(decoding: bytes, as: UTF8.self))
  }

  /// Whether the text holds `~~` anywhere, found with `memchr` on its bytes.
  private static func containsStrikethrough(_ text: String) -> Bool {
    if let found = text.utf8.withContiguousStorageIfAvailable(containsTwoTildes) { return found }
    return Array(text.utf8).withUnsafeBufferPointer(containsTwoTildes)
  }

  private static func containsTwoTildes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    var offset = 0
    while offset < bytes.count, let tilde = memchr(base + offset, 0x7E, bytes.count - offset) {
      offset = base.distance(to: tilde.assumingMemoryBound(to: UInt8.self)) + 1
      if offset < bytes.count && bytes[offset] == 0x7E { return true }
    }
    return false
  }

  /// `~~text~~` → `text`, each pair of marks on the line.
  static func withoutStrikethrough(_ line: String) -> String {
    line.replacingOccurrences(of: "~~([^~](?:.*?[^~])?)~~", with: "$1", options: .regularExpression)
  }

  /// 1 for a line of `=`, 2 for a line of `-` (three or more, spaces around allowed).
  private static func underlineLevel(_ line: Substring) -> Int? {
    // On the bytes: a run of "=" or "-" characters is a run of those bytes, as long.
    let trimmed = line.trimmingSpaces().utf8
    if trimmed.count >= 2, trimmed.allSatisfy({ $0 == UInt8(ascii: "=") }) { return 1 }
    if trimmed.count >= 3, trimmed.allSatisfy({ $0 == UInt8(ascii: "-") }) { return 2 }
    return nil
  }

  /// A line that can be a setext heading's text: not blank, not a list item, quote, table row or heading.
  private static func isSetextText(_ line: Substring) -> Bool {
    let trimmed = line.trimmingSpaces()
    guard !trimmed.isEmpty, line.first != " ", line.first != "\t" else { return false }
    for mark in ["- ", "* ", "+ ", "#", "|", ":", "<"] where trimmed.hasPrefix(mark) { return false }
    return underlineLevel(line) == nil && (trimmed.utf8.count <= 120 || trimmed.count <= 120)
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
