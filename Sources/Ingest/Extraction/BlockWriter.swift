import CLibXML2

/// Collects text while the extractor walks the chosen subtrees and cuts it into blocks at block
/// elements, so inline elements never split a word and block elements always do.
struct BlockWriter {
  private var blocks: [ContentBlock] = []
  private var buffer: [UInt8] = []
  private var textBytes = 0
  private var boldBytes = 0
  private var boldDepth = 0
  private var linkDepth = 0
  private var linkBytes = 0
  private var preDepth = 0
  private var listItemDepth = 0
  private var headingLevels: [Int] = []

  /// Longest text a bold-only line may have to count as a heading.
  private static let boldHeadingMaxLength = 100

  mutating func open(_ tag: Tag) {
    if tag.isBlock { flush() }
    switch tag {
    case .b, .strong: boldDepth += 1
    case .a: linkDepth += 1
    case .pre: preDepth += 1
    case .li, .dd, .dt: listItemDepth += 1
    default:
      if let level = tag.headingLevel { headingLevels.append(level) }
    }
  }

  mutating func close(_ tag: Tag) {
    if tag.isBlock { flush() }
    switch tag {
    case .b, .strong: boldDepth -= 1
    case .a: linkDepth -= 1
    case .pre: preDepth -= 1
    case .li, .dd, .dt: listItemDepth -= 1
    default:
      if tag.isHeading, !headingLevels.isEmpty { headingLevels.removeLast() }
    }
  }

  mutating func appendText(_ content: UnsafePointer<xmlChar>) {
    var length = 0
    var visible = 0
    while true {
      let byte = content[length]
      if byte == 0 { break }
      if !TextNormalizer.isSpace(byte) { visible += 1 }
      length += 1
    }
    // Copied at once, not byte by byte: this runs on every text node of the chosen content.
    buffer.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
    textBytes += visible
    if boldDepth > 0 { boldBytes += visible }
    if linkDepth > 0 { linkBytes += visible }
  }

  /// Ends the text and returns the blocks.
  mutating func finish() -> [ContentBlock] {
    flush()
    return blocks
  }

  private mutating func flush() {
    defer {
      buffer.removeAll(keepingCapacity: true)
      textBytes = 0
      boldBytes = 0
      linkBytes = 0
    }
    guard textBytes > 0 else { return }
    if preDepth > 0 {
      let text = String(decoding: buffer, as: UTF8.self)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.replacingTabsAndTrailingSpace() }
      let joined = lines.joined(separator: "\n").trimmingNewlines()
      if !joined.isEmpty { blocks.append(ContentBlock(kind: .preformatted, text: joined)) }
      return
    }
    let text = buffer.withUnsafeBufferPointer { TextNormalizer.collapsedString($0) }
    guard !text.isEmpty, !BoilerplatePatterns.isChromeLine(text) else { return }
    if let level = headingLevels.last {
      blocks.append(ContentBlock(kind: .heading(level: level), text: text))
    } else if isBoldHeading(text) {
      blocks.append(ContentBlock(kind: .heading(level: 6), text: text))
    } else if listItemDepth == 0 && isCallToAction(text) {
      // A paragraph that is one short link ("Apply now", "← All open positions") is navigation.
      return
    } else {
      blocks.append(ContentBlock(kind: listItemDepth > 0 ? .listItem : .paragraph, text: text))
    }
  }

  /// Whether the paragraph is nothing but a link of at most four words.
  private func isCallToAction(_ text: String) -> Bool {
    linkBytes > 0 && linkBytes + 2 >= textBytes && text.split(separator: " ").count <= 4
  }

  /// A short line that is all bold and not a sentence acts as a heading.
  private func isBoldHeading(_ text: String) -> Bool {
    guard boldBytes > 0, boldBytes + 2 >= textBytes, text.count <= Self.boldHeadingMaxLength else { return false }
    guard let last = text.last else { return false }
    return last != "." && last != "," && last != ";"
  }
}

extension Substring {
  fileprivate func replacingTabsAndTrailingSpace() -> String {
    var line = String(self)
    while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
    return line
  }
}

extension String {
  fileprivate func trimmingNewlines() -> String {
    var text = Substring(self)
    while let first = text.first, first == "\n" { text.removeFirst() }
    while let last = text.last, last == "\n" { text.removeLast() }
    return String(text)
  }
}
