/// One block of a document's main text as the source marked it: a heading, a paragraph, a list item or
/// preformatted text. Later stages read headings and list items from here instead of guessing them again.
public struct Block: Codable, Sendable, Equatable {
  /// What the source made the block.
  public enum Kind: String, Codable, Sendable {
    /// A heading (`<h1>`–`<h6>`, a bold-only line, a Word heading style, a large PDF line, Markdown `#`).
    case heading
    /// A paragraph of running text.
    case paragraph
    /// One item of a list.
    case listItem
    /// Preformatted text, line breaks kept.
    case preformatted
  }

  /// What the source made the block.
  public var kind: Kind
  /// The heading level, 1–6, for a heading; nil otherwise.
  public var level: Int?
  /// The block's text, whitespace collapsed (except in preformatted text).
  public var text: String

  /// Creates a block.
  ///
  /// - Parameters:
  ///   - kind: What the source made the block.
  ///   - level: The heading level for a heading.
  ///   - text: The block's text.
  public init(kind: Kind, level: Int? = nil, text: String) {
    self.kind = kind
    self.level = level
    self.text = text
  }
}
