import Tokenization

/// A sentence's tokens as a range of its text's parts, indexed from 0, so a sentence shares the parts array
/// instead of copying its tokens.
struct TokenRun: RandomAccessCollection, Sendable {
  /// The text's parts the run lies in.
  let parts: [Token]
  /// Where the run starts in `parts`.
  let offset: Int
  /// How many tokens the run holds.
  let count: Int

  /// The tokens of `parts` in `range`.
  init(_ parts: [Token], _ range: Range<Int>) {
    self.parts = parts
    offset = range.lowerBound
    count = range.count
  }

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  subscript(position: Int) -> Token {
    parts[offset + position]
  }
}
