/// One line of extracted text: a heading, a paragraph, a list item or preformatted text.
struct ContentBlock: Equatable, Sendable {
  /// What kind of line this is.
  enum Kind: Equatable, Sendable {
    case heading(level: Int)
    case paragraph
    case listItem
    case preformatted
  }

  var kind: Kind
  var text: String

  var isHeading: Bool {
    if case .heading = kind { return true }
    return false
  }
}
