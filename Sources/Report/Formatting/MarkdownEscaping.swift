/// Escaping for text from postings, resumes and file names in Markdown output.
enum MarkdownEscaping {
  /// Markdown-safe text: table pipes and emphasis markers escaped, newlines flattened.
  ///
  /// - Parameter text: Any text.
  /// - Returns: The text with `|`, `*`, `_`, `` ` ``, `[`, `]`, `<`, `>` and `\` escaped and each newline a
  ///   space, safe in a table cell or a list item.
  static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "|", "*", "_", "`", "[", "]", "<", ">", "\\": escaped += "\\" + String(character)
      case "\n": escaped += " "
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
