/// Defuses the Markdown that makes Ink, the Markdown parser, take exponential time or recurse without
/// bound, before it sees the text: twenty unclosed `[` in one paragraph took seconds and thirty would take
/// hours (every `[` is retried as a link with every later one), and a list nested a few thousand levels
/// deep overflowed the stack.
///
/// Brackets that open no link (never closed in their paragraph, or nested more than ``maxBracketDepth``
/// deep) are escaped, and indentation is capped at ``maxIndent`` columns. Ordinary Markdown is returned
/// unchanged.
enum MarkdownGuard {
  /// Links inside link text are not Markdown; two levels allow `[![image](…)](…)`.
  static let maxBracketDepth = 2
  /// Columns of leading whitespace kept on a line: sixteen levels of list nesting.
  static let maxIndent = 64

  /// `text` with hostile brackets escaped and deep indentation cut back.
  static func defuse(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var escapeAt = Set<Int>()
    var trimmedIndent: [(start: Int, end: Int)] = []
    var open: [Int] = []
    var lineStart = 0
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      var column = 0
      var index = lineStart
      while index < lineEnd && (bytes[index] == 0x20 || bytes[index] == 0x09) {
        column += bytes[index] == 0x09 ? 4 - column % 4 : 1
        index += 1
      }
      if index == lineEnd || (index == lineEnd - 1 && bytes[index] == 0x0D) {
        // A blank line ends the paragraph: its unclosed brackets open nothing.
        escapeAt.formUnion(open)
        open.removeAll()
      } else {
        if column > maxIndent {
          var keep = lineStart
          var kept = 0
          while kept + (bytes[keep] == 0x09 ? 4 - kept % 4 : 1) <= maxIndent {
            kept += bytes[keep] == 0x09 ? 4 - kept % 4 : 1
            keep += 1
          }
          trimmedIndent.append((keep, index))
        }
        var position = index
        while position < lineEnd {
          switch bytes[position] {
          case 0x5C:
            position += 1
          case 0x5B:
            open.append(position)
          case 0x5D:
            if let last = open.popLast(), open.count >= maxBracketDepth { escapeAt.insert(last) }
          default: break
          }
          position += 1
        }
      }
      lineStart = lineEnd + 1
    }
    escapeAt.formUnion(open)
    guard !escapeAt.isEmpty || !trimmedIndent.isEmpty else { return text }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + escapeAt.count)
    var cuts = trimmedIndent.makeIterator()
    var cut = cuts.next()
    var index = 0
    while index < bytes.count {
      if let range = cut, index == range.start {
        index = range.end
        cut = cuts.next()
        continue
      }
      if escapeAt.contains(index) { output.append(0x5C) }
      output.append(bytes[index])
      index += 1
    }
    return String(decoding: output, as: UTF8.self)
  }
}
