/// ANSI colours and emphasis for the terminal tables, or none.
///
/// The caller decides whether to colour (the CLI does when standard output is a terminal and `NO_COLOR` is
/// unset); nothing here looks at the process's state.
struct TextStyle: Sendable {
  /// Whether to write escape codes at all.
  var colored: Bool

  /// The escape codes used.
  enum Code: Int {
    case bold = 1, dim = 2, underline = 4
    case red = 31, green = 32, yellow = 33, cyan = 36
  }

  /// The text between one escape sequence setting `codes` (colour first, as written) and a reset.
  ///
  /// - Parameters:
  ///   - text: Plain text (without escape codes).
  ///   - codes: What to set.
  /// - Returns: The text as it is when colouring is off or it is empty.
  func apply(_ text: String, _ codes: Code...) -> String {
    guard colored, !text.isEmpty, !codes.isEmpty else { return text }
    return "\u{1B}[" + codes.map { String($0.rawValue) }.joined(separator: ";") + "m" + text + "\u{1B}[0m"
  }

  func bold(_ text: String) -> String { apply(text, .bold) }
  func dim(_ text: String) -> String { apply(text, .dim) }
  func underline(_ text: String) -> String { apply(text, .underline) }
  func red(_ text: String) -> String { apply(text, .red) }
  func green(_ text: String) -> String { apply(text, .green) }
  func yellow(_ text: String) -> String { apply(text, .yellow) }
  func cyan(_ text: String) -> String { apply(text, .cyan) }
}
