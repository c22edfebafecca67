import Foundation

/// Turns a PDF's lines, in reading order, into headings, paragraphs and list items.
///
/// Lines join into a paragraph while they sit at the usual line spacing in the same column and size. A
/// line that starts with a bullet starts a list item. A line set larger than the body text, or all bold,
/// and short, is a heading; heading levels follow the sizes, largest first. Across a column or page break
/// a paragraph goes on only when its sentence does. A word hyphenated at a line's end is joined, keeping
/// the hyphen only when the document spells the word with one elsewhere.
struct PDFBlockBuilder {
  /// The blocks, and the first one's text when it is the largest heading (a name or a job title).
  struct Result: Equatable {
    var blocks: [ContentBlock]
    var title: String?
  }

  private let lines: [PDFLine]
  /// The size most text is set in.
  private let bodySize: Double
  /// The usual space between two lines of a paragraph.
  private let lineGap: Double
  /// Hyphenated word pairs the document prints inside a line ("three-year" gives "three-year").
  private let compounds: Set<String>

  /// Bullets that start a list item even when glued to the word after them.
  private static let bullets: Set<Character> = [
    "•", "◦", "▪", "▫", "‣", "⁃", "∙", "●", "○", "■", "□", "◆", "◇", "►", "▶", "➢", "➤", "✓", "✔",
  ]
  /// Markers that start a list item when they stand alone before the text.
  private static let dashes: Set<String> = ["-", "–", "—", "*", "·", "o"]

  init(lines: [PDFLine]) {
    self.lines = lines
    var letters: [Double: Int] = [:]
    for line in lines { letters[line.size, default: 0] += line.text.count }
    bodySize = letters.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 10
    var gaps: [Double] = []
    for (previous, line) in zip(lines, lines.dropFirst())
    where previous.column == line.column && abs(previous.size - line.size) < 0.5 {
      let gap = line.box.y0 - previous.box.y1
      if gap > -0.3 * line.box.height && gap < 1.5 * line.box.height { gaps.append(gap) }
    }
    lineGap = gaps.isEmpty ? 0.2 * bodySize : gaps.sorted()[gaps.count / 2]
    var compounds = Set<String>()
    for line in lines {
      for word in line.words where word.text.dropFirst().dropLast().contains("-") {
        let parts = word.text.lowercased().split(separator: "-").map { String($0.filter(\.isLetter)) }
        for (left, right) in zip(parts, parts.dropFirst()) where !left.isEmpty && !right.isEmpty {
          compounds.insert("\(left)-\(right)")
        }
      }
    }
    self.compounds = compounds
  }

  private enum Kind: Equatable {
    case heading(size: Double)
    case paragraph
    case listItem
  }

  private struct Pending {
    var kind: Kind
    var text: String
    var last: PDFLine
    /// Where the text of a list item starts, right of its bullet.
    var textX: Double
    var lineCount: Int
  }

  private enum Join {
    case space, newline, hyphen
  }

  /// The blocks of the lines.
  func build() -> Result {
    var pending: [Pending] = []
    var current: Pending?
    for line in lines {
      if var heading = current, continuesHeading(heading, line) {
        heading.text += " " + line.text
        heading.last = line
        heading.lineCount += 1
        current = heading
        continue
      }
      if isHeading(line) {
        if let current { pending.append(current) }
        current = Pending(
          kind: .heading(size: line.size), text: line.text, last: line, textX: line.box.x0, lineCount: 1)
        continue
      }
      if let (words, textX) = listItemWords(line) {
        if let current { pending.append(current) }
        let text = words.map(\.text).joined(separator: " ")
        current = Pending(kind: .listItem, text: text, last: line, textX: textX, lineCount: 1)
        continue
      }
      if var block = current, let join = join(block, line) {
        block.text = joined(block.text, line, join)
        block.last = line
        block.lineCount += 1
        current = block
        continue
      }
      if let current { pending.append(current) }
      current = Pending(kind: .paragraph, text: line.text, last: line, textX: line.box.x0, lineCount: 1)
    }
    if let current { pending.append(current) }
    return result(pending)
  }

  private func result(_ pending: [Pending]) -> Result {
    let sizes = Set(
      pending.compactMap { block -> Double? in
        if case .heading(let size) = block.kind { return size }
        return nil
      }
    ).sorted(by: >)
    var blocks: [ContentBlock] = []
    for block in pending {
      let text = PDFText.withoutSoftHyphens(block.text).trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else { continue }
      switch block.kind {
      case .heading(let size):
        let level = min((sizes.firstIndex(of: size) ?? 0) + 1, 6)
        blocks.append(ContentBlock(kind: .heading(level: level), text: text))
      case .paragraph:
        blocks.append(ContentBlock(kind: .paragraph, text: text))
      case .listItem:
        blocks.append(ContentBlock(kind: .listItem, text: text))
      }
    }
    let title = blocks.first.flatMap { $0.kind == .heading(level: 1) ? $0.text : nil }
    return Result(blocks: blocks, title: title)
  }

  // MARK: Kinds of line

  private func isHeading(_ line: PDFLine) -> Bool {
    let text = line.text
    guard text.contains(where: \.isLetter), text.count <= 120, listItemWords(line) == nil,
      let last = text.last, !".,;".contains(last)
    else { return false }
    return line.size >= bodySize * 1.15 || (line.boldShare >= 0.85 && line.size >= bodySize * 0.9)
  }

  /// Whether the line is the next line of a heading that wrapped: same size and weight, the usual line
  /// spacing, at most three lines in all.
  private func continuesHeading(_ heading: Pending, _ line: PDFLine) -> Bool {
    guard case .heading(let size) = heading.kind, abs(size - line.size) < 0.5, heading.lineCount < 3,
      line.column == heading.last.column, (heading.last.boldShare >= 0.85) == (line.boldShare >= 0.85),
      listItemWords(line) == nil, let last = line.text.last, !".,;".contains(last)
    else { return false }
    return line.box.y0 - heading.last.box.y1 <= lineGap + 0.25 * line.box.height
  }

  /// The words of a list item's text and where they start, when the line starts with a bullet.
  private func listItemWords(_ line: PDFLine) -> (words: [PDFWord], textX: Double)? {
    guard let first = line.words.first, let mark = first.text.first else { return nil }
    let rest = Array(line.words.dropFirst())
    let isMarker =
      (first.text.count == 1 && Self.bullets.contains(mark)) || Self.dashes.contains(first.text)
      || Self.isNumberMarker(first.text)
    if isMarker, let next = rest.first { return (rest, next.box.x0) }
    if Self.bullets.contains(mark), first.text.count > 1 {
      var glued = first
      glued.text = String(first.text.dropFirst()).trimmingCharacters(in: .whitespaces)
      return ([glued] + rest, first.box.x0)
    }
    return nil
  }

  /// "1." to "99." or "a)": a numbered list's marker.
  private static func isNumberMarker(_ text: String) -> Bool {
    guard let last = text.last, last == "." || last == ")" else { return false }
    let body = text.dropLast()
    if body.count == 1, let letter = body.first, letter.isASCII, letter.isLowercase { return true }
    return (1...2).contains(body.count) && body.allSatisfy { $0.isASCII && $0.isNumber }
  }

  // MARK: Joining lines

  private func join(_ block: Pending, _ line: PDFLine) -> Join? {
    let previous = block.last
    let height = max(previous.box.height, line.box.height, 1)
    guard abs(line.size - previous.size) <= 0.15 * max(line.size, previous.size) else { return nil }
    let hyphenated = endsWithHyphen(previous) && startsLowercase(line)
    guard previous.column == line.column else {
      // Another column or page: only a sentence that runs on.
      guard !endsSentence(previous), let first = line.text.first, !first.isUppercase else { return nil }
      return hyphenated ? .hyphen : .space
    }
    let gap = line.box.y0 - previous.box.y1
    guard gap <= lineGap + 0.25 * height, gap >= -0.5 * height else { return nil }
    switch block.kind {
    case .listItem:
      if line.box.x0 < block.textX - 0.5 * line.size { return nil }
    case .paragraph:
      // An indented first line starts a paragraph, and so does a switch into or out of italics (a
      // company's one-line description under a role).
      if line.box.x0 > previous.box.x0 + 0.8 * line.size { return nil }
      if (line.italicShare >= 0.9) != (previous.italicShare >= 0.9) { return nil }
    case .heading:
      return nil
    }
    if hyphenated { return .hyphen }
    if brokenOnPurpose(previous, before: line) { return endsSentence(previous) ? nil : .newline }
    return .space
  }

  private func joined(_ text: String, _ line: PDFLine, _ join: Join) -> String {
    switch join {
    case .space: return text + " " + line.text
    case .newline: return text + "\n" + line.text
    case .hyphen:
      var head = text
      let hyphen = head.unicodeScalars.removeLast()
      if hyphen != PDFText.softHyphen {
        let prefix = String(head.reversed().prefix { $0.isLetter }.reversed())
        let suffix = String(line.text.prefix { $0.isLetter })
        if compounds.contains("\(prefix)-\(suffix)".lowercased()) { head += "-" }
      }
      return head + line.text
    }
  }

  /// Whether the line ended before the column's edge although the next line's first word would have
  /// fitted: a break the author made, not the layout.
  private func brokenOnPurpose(_ line: PDFLine, before next: PDFLine) -> Bool {
    guard let word = next.words.first else { return false }
    let room = line.columnRight - line.box.x1
    return room > word.box.width + 0.4 * line.size
  }

  private func endsWithHyphen(_ line: PDFLine) -> Bool {
    let scalars = line.text.unicodeScalars
    guard let last = scalars.last, PDFText.hyphens.contains(last) else { return false }
    let before = scalars.dropLast().last
    return before.map { $0.properties.isAlphabetic } ?? false
  }

  private func startsLowercase(_ line: PDFLine) -> Bool {
    line.text.first?.isLowercase ?? false
  }

  private func endsSentence(_ line: PDFLine) -> Bool {
    let trimmed = line.text.reversed().drop { "\"”’')]".contains($0) }
    return trimmed.first.map { ".!?:;".contains($0) } ?? false
  }
}
