/// A word, number or symbol of posting text, normalised for matching.
struct Token: Sendable, Equatable {
  /// What sort of text a token holds.
  enum Kind: Sendable, Equatable {
    /// Letters, possibly with digits or inner apostrophes ("bachelor", "b2b", "don't").
    case word
    /// Digits with optional thousands commas and decimals ("240,000", "2.5").
    case number
    /// Any other single character, dashes folded to "-".
    case symbol
  }

  /// What sort of text the token holds.
  let kind: Kind
  /// The lowercased text, with a possessive "'s" and the dots of abbreviations ("Ph.D." → "phd") removed.
  let text: String
  /// The value of a number token; 0 for other kinds. The text of a number token is "#".
  let value: Double
  /// Where the token sits in the source text, as UTF-8 offsets.
  let range: Range<Int>
  /// Whether whitespace (or the start of a line) comes right before the token.
  let spaceBefore: Bool
  /// Whether the source had a possessive "'s" ("Master's").
  let isPossessive: Bool
  /// Whether every letter in the source is uppercase ("MBA", "M.S.").
  let isUppercase: Bool
  /// Whether the first letter in the source is uppercase.
  let isCapitalized: Bool
  /// Whether the source was a dotted abbreviation ("B.S.", "p.a.").
  let isDotted: Bool
}
