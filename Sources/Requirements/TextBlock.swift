/// A block of posting or resume text under a heading.
public struct TextBlock: Sendable, Equatable {
  /// The heading the text sits under, such as "Requirements" or "Nice to have"; nil for text with no heading.
  public var heading: String?
  /// The text of the block, possibly several lines and bullets.
  public var text: String

  /// Creates a block of text under an optional heading.
  ///
  /// - Parameters:
  ///   - heading: The heading above the text, if any.
  ///   - text: The text under the heading.
  public init(heading: String?, text: String) {
    self.heading = heading
    self.text = text
  }
}
