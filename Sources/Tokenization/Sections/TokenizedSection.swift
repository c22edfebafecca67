/// A section of a document, tokenized once for every reader, with the kind its heading gives it.
public struct TokenizedSection: Sendable {
  /// The heading, if any.
  public var heading: String?
  /// The kind of section.
  public var kind: SectionKind
  /// The tokenized text, with its parts.
  public var text: TokenizedText

  /// Creates a tokenized section.
  public init(heading: String?, kind: SectionKind, text: TokenizedText) {
    self.heading = heading
    self.kind = kind
    self.text = text
  }

  /// Tokenizes a section's text, with its parts, and classifies its heading.
  ///
  /// - Parameters:
  ///   - heading: The heading above the text, if any.
  ///   - text: The text under the heading.
  ///   - context: Whether the section is a posting's or a resume's, which decides what its heading means.
  public init(heading: String?, text: String, in context: SectionKind.Context = .posting) {
    self.init(
      heading: heading, kind: SectionKind.classify(heading, in: context), text: Tokenizer.tokenize(text, parts: true))
  }
}
