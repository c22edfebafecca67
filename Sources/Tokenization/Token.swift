/// One word, number or domain term of a text, with where it is and the form used for matching.
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

  /// Byte offsets of the token in the text's UTF-8.
  public var start: Int
  /// Byte offset just past the token.
  public var end: Int
  /// The lowercased, stemmed form that phrases are matched on (`prioritize` → `priorit`).
  public var key: String
  /// The token as written, with curly apostrophes made straight.
  public var surface: String
  /// How the token was written.
  public var shape: Shape
  /// The index of the sentence the token is in.
  public var sentence: Int
  /// Whether the token is an English stopword (`the`, `and`, `of`).
  public var isStopword: Bool
  /// Whether the token is a number (`10`, `240,000`, `1.5`).
  public var isNumber: Bool

  /// Creates a token.
  public init(
    start: Int, end: Int, key: String, surface: String, shape: Shape, sentence: Int, isStopword: Bool, isNumber: Bool
  ) {
    self.start = start
    self.end = end
    self.key = key
    self.surface = surface
    self.shape = shape
    self.sentence = sentence
    self.isStopword = isStopword
    self.isNumber = isNumber
  }

  /// Whether the token is written as an acronym (`CPO`, `KPIs`, `OKRs`, `P&L`).
  public var isAcronym: Bool {
    shape == .upper && surface.utf8.count >= 2
  }
}
