/// One word, number or symbol of a text, with where it is and the forms the readers compare.
///
/// A tokenized text holds two runs of tokens read in the same pass: its match tokens, whole domain terms
/// (`go-to-market`, `P&L`, `C++`, `240,000`) that phrases, term vectors and keywords are keyed on, and
/// its parts, the fine pieces rule readers compare (`go`, `-`, `to`, `-`, `market`; `$`, `240000`, `+`;
/// `B.S.` as the one word `bs`), with the symbols between words kept.
public struct Token: Sendable, Equatable {
  /// How the token was written, which decides whether a short term like `AI` or `Go` is meant.
  public enum Shape: UInt8, Sendable {
    /// No cased letters (numbers, `0-to-1`).
    case uncased
    /// All letters lowercase (`roadmap`).
    case lower
    /// First letter uppercase, the rest lowercase (`Roadmap`, `Go`).
    case capitalized
    /// All letters uppercase (`CPO`, `AI`, `P&L`); a trailing lowercase `s` is allowed (`KPIs`).
    case upper
    /// Any other mix (`SaaS`, `iOS`, `GitHub`).
    case mixed
  }

  /// What sort of text a token holds.
  public enum Kind: UInt8, Sendable {
    /// Letters, possibly with digits, inner apostrophes or joins (`bachelor`, `b2b`, `don't`).
    case word
    /// Digits with optional thousands separators and decimals (`240,000`, `2.5`).
    case number
    /// Any other single character of a part, dashes folded to `-` (only parts are symbols).
    case symbol
  }

  /// Byte offsets of the token in the text's UTF-8.
  public var start: Int
  /// Byte offset just past the token.
  public var end: Int
  /// The form tokens are compared on. A match token's is lowercased and stemmed (`prioritize` → `priorit`);
  /// a part's is lowercased without a possessive `'s` or the dots of an abbreviation (`Ph.D.` → `phd`),
  /// `#` for a number, and the folded character for a symbol.
  public var key: String
  /// The match token as written, with curly apostrophes made straight; empty for parts.
  public var surface: String
  /// How the token was written.
  public var shape: Shape
  /// The index of the sentence the token is in.
  public var sentence: Int
  /// Whether the token is an English stopword (`the`, `and`, `of`).
  public var isStopword: Bool
  /// Whether the token is a number (`10`, `240,000`, `1.5`).
  public var isNumber: Bool
  /// Whether the token is a word, a number or a symbol.
  public var kind: Kind
  /// The value of a number part; 0 otherwise.
  public var value: Double
  /// Whether whitespace (or the start of a line) comes right before the part.
  public var spaceBefore: Bool
  /// Whether the part had a possessive `'s` (`Master's`).
  public var isPossessive: Bool
  /// Whether every letter of the part is uppercase (`MBA`, `M.S.`).
  public var isUppercase: Bool
  /// Whether the first letter of the part is uppercase.
  public var isCapitalized: Bool
  /// Whether the part was a dotted abbreviation (`B.S.`, `p.a.`).
  public var isDotted: Bool
  /// The token's id in the ``WordTable`` that tokenized it, the same for every token of that table spelled the
  /// same way: among its words for a match token, among its part words for a word part; -1 for number and
  /// symbol parts and for tokens made by hand.
  public var word: Int32

  /// Creates a token.
  public init(
    start: Int, end: Int, key: String, surface: String, shape: Shape, sentence: Int, isStopword: Bool, isNumber: Bool,
    kind: Kind? = nil, value: Double = 0, spaceBefore: Bool = false, isPossessive: Bool = false,
    isUppercase: Bool = false, isCapitalized: Bool = false, isDotted: Bool = false, word: Int32 = -1
  ) {
    self.start = start
    self.end = end
    self.key = key
    self.surface = surface
    self.shape = shape
    self.sentence = sentence
    self.isStopword = isStopword
    self.isNumber = isNumber
    self.kind = kind ?? (isNumber ? .number : .word)
    self.value = value
    self.spaceBefore = spaceBefore
    self.isPossessive = isPossessive
    self.isUppercase = isUppercase
    self.isCapitalized = isCapitalized
    self.isDotted = isDotted
    self.word = word
  }

  /// Whether two tokens are the same text at the same place, whichever word table named them.
  public static func == (lhs: Token, rhs: Token) -> Bool {
    lhs.start == rhs.start && lhs.end == rhs.end && lhs.key == rhs.key && lhs.surface == rhs.surface
      && lhs.shape == rhs.shape && lhs.sentence == rhs.sentence && lhs.isStopword == rhs.isStopword
      && lhs.isNumber == rhs.isNumber && lhs.kind == rhs.kind && lhs.value == rhs.value
      && lhs.spaceBefore == rhs.spaceBefore && lhs.isPossessive == rhs.isPossessive
      && lhs.isUppercase == rhs.isUppercase && lhs.isCapitalized == rhs.isCapitalized && lhs.isDotted == rhs.isDotted
  }

  /// The token's byte range in the text's UTF-8.
  public var range: Range<Int> { start..<end }

  /// Whether the token is written as an acronym (`CPO`, `KPIs`, `OKRs`, `P&L`).
  public var isAcronym: Bool {
    shape == .upper && surface.utf8.count >= 2
  }
}
