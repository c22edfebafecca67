/// Splits plain text into blocks: paragraphs at blank lines, bullets as list items, and short
/// stand-alone lines in capitals or ending in a colon as headings.
enum PlainTextReader {
  /// The blocks of a plain-text posting or resume.
  static func blocks(_ text: String) -> [ContentBlock] {
    var blocks: [ContentBlock] = []
    var paragraph: [String] = []
    var paragraphKind = ContentBlock.Kind.paragraph
    func flush() {
      let joined = TextNormalizer.collapse(paragraph.joined(separator: " "))
      if !joined.isEmpty { blocks.append(ContentBlock(kind: paragraphKind, text: joined)) }
      paragraph = []
      paragraphKind = .paragraph
    }
    let lines = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    for (number, rawLine) in lines.enumerated() {
      let line = TextNormalizer.collapse(String(rawLine))
      if line.isEmpty || isRule(line) {
        flush()
        continue
      }
      if let item = bulletText(line) {
        flush()
        paragraph = [item]
        paragraphKind = .listItem
        continue
      }
      let nextIsUnderline = number + 1 < lines.count && isUnderline(String(lines[number + 1]))
      if paragraph.isEmpty && (isHeading(line) || nextIsUnderline) {
        blocks.append(ContentBlock(kind: .heading(level: 2), text: trimHeading(line)))
        continue
      }
      paragraph.append(line)
    }
    flush()
    return blocks
  }

  private static let bulletMarks: [String] = ["- ", "* ", "• ", "· ", "– ", "— ", "▪ ", "◦ ", "‣ ", "o "]

  private static func bulletText(_ line: String) -> String? {
    for mark in bulletMarks where line.hasPrefix(mark) {
      return String(line.dropFirst(mark.count))
    }
    // "1. text" or "1) text"
    let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
    if !digits.isEmpty && digits.count <= 2 {
      let rest = line.dropFirst(digits.count)
      if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return String(rest.dropFirst(2)) }
    }
    return nil
  }

  /// A short line in capitals ("REQUIREMENTS") or ending in a colon ("What you'll do:").
  static func isHeading(_ line: String) -> Bool {
    guard line.count <= 70, let last = line.last, last != "." && last != "," else { return false }
    let letters = line.filter(\.isLetter)
    guard letters.count >= 3 else { return false }
    if letters.allSatisfy(\.isUppercase) { return true }
    return last == ":" && line.count <= 50 && line.split(separator: " ").count <= 7
  }

  private static func trimHeading(_ line: String) -> String {
    var heading = Substring(line)
    while let last = heading.last, last == " " { heading.removeLast() }
    while let first = heading.first, first == "#" || first == " " { heading.removeFirst() }
    return String(heading)
  }

  private static func isUnderline(_ line: String) -> Bool {
    let trimmed = line.trimmingSpaces()
    return trimmed.count >= 3 && (trimmed.allSatisfy { $0 == "=" } || trimmed.allSatisfy { $0 == "-" })
  }

  private static func isRule(_ line: String) -> Bool {
    line.count >= 3 && line.allSatisfy { $0 == "=" || $0 == "-" || $0 == "_" || $0 == "*" }
  }
}

extension String {
  fileprivate func trimmingSpaces() -> Substring {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return slice
  }
}
