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

  /// The block as a document hands it over.
  var block: Block {
    switch kind {
    case .heading(let level): Block(kind: .heading, level: level, text: text)
    case .paragraph: Block(kind: .paragraph, text: text)
    case .listItem: Block(kind: .listItem, text: text)
    case .preformatted: Block(kind: .preformatted, text: text)
    }
  }

  var isHeading: Bool {
    if case .heading = kind { return true }
    return false
  }
}
