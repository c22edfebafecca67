/// Fitting text into the columns of a terminal table.
enum TextLayout {
  /// The text cut to `width` characters, ending in "…" when cut.
  static func fit(_ text: String, _ width: Int) -> String {
    guard text.count > width, width > 1 else { return text }
    return String(text.prefix(width - 1)) + "…"
  }

  /// A window of `sentence` at most `width` characters long that shows `phrase`, with "…" where cut,
  /// and the phrase emphasised.
  static func quote(_ sentence: String, phrase: String, width: Int, style: TextStyle) -> String {
    guard let range = sentence.range(of: phrase) else { return style.dim(fit("“\(sentence)”", width)) }
    let before = String(sentence[..<range.lowerBound])
    let after = String(sentence[range.upperBound...])
    let room = max(0, width - phrase.count - 4)
    var left = before
    var right = after
    if before.count + after.count > room {
      let leftRoom = min(before.count, max(room / 3, room - after.count))
      let rightRoom = room - leftRoom
      if before.count > leftRoom { left = "…" + String(before.suffix(max(0, leftRoom - 1))) }
      if after.count > rightRoom { right = String(after.prefix(max(0, rightRoom - 1))) + "…" }
    }
    return style.dim("“") + style.dim(left) + style.bold(phrase) + style.dim(right) + style.dim("”")
  }

  /// The text padded with spaces (or cut) to exactly `width` characters.
  static func pad(_ text: String, _ width: Int) -> String {
    let fitted = fit(text, width)
    return fitted + String(repeating: " ", count: max(0, width - fitted.count))
  }

  /// The widths of a table's columns: each as wide as its widest cell, then, while they take more than
  /// `available` columns, the widest one narrowed by a column at a time (never below its minimum).
  ///
  /// - Parameters:
  ///   - natural: Each column's widest cell.
  ///   - minimum: The narrowest each column may become.
  ///   - available: The room for all of them; nil for no limit.
  /// - Returns: One width per column.
  static func columnWidths(natural: [Int], minimum: [Int], available: Int?) -> [Int] {
    var widths = natural
    guard let available else { return widths }
    var excess = widths.reduce(0, +) - available
    while excess > 0 {
      let shrinkable = widths.indices.filter { widths[$0] > minimum[$0] }
      // The widest column first; ties go to the last, so the leading (title) column keeps the most.
      guard let widest = shrinkable.max(by: { (widths[$0], $0) < (widths[$1], $1) }) else { break }
      widths[widest] -= 1
      excess -= 1
    }
    return widths
  }

  /// A bar of `fraction` × `width` block characters.
  static func bar(_ fraction: Double, width: Int) -> String {
    let eighths = Int((max(0, min(1, fraction)) * Double(width * 8)).rounded())
    let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    return String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
  }

  /// Wraps text at word boundaries to `width` columns, indenting continuation lines.
  static func wrap(_ text: String, width: Int, indent: String) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      // Substrings appended to the line as they are: `line + word` is the generic `+`, whose first use has the
      // runtime look up conformances.
      if !line.isEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = indent
      } else if !line.isEmpty {
        line.append(" ")
      }
      line.append(contentsOf: word)
    }
    if !line.isEmpty { lines.append(line) }
    return lines.map { $0 + "\n" }.joined()
  }
}
