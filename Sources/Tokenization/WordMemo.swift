/// What a reader decided about each word of a document, kept by ``Token/word`` so each distinct word is decided
/// once however many tokens and sections repeat it. The texts of one ``WordTable`` share the memo; a text of
/// another table (or one made by hand) starts it afresh, so ids of different tables never meet.
public struct WordMemo<Value> {
  @usableFromInline var table: WordTable.Identity?
  @usableFromInline var values: [Value?] = []
  @usableFromInline let parts: Bool

  /// An empty memo for match tokens' words, or with `parts`, for part words.
  public init(parts: Bool = false) {
    self.parts = parts
  }

  /// Readies the memo for the tokens of `text`: kept when it shares the last text's table, else emptied.
  @inlinable
  public mutating func use(_ text: TokenizedText) {
    if text.wordTable == nil || table !== text.wordTable {
      table = text.wordTable
      values.removeAll(keepingCapacity: true)
    }
    let count = parts ? text.partWordCount : text.wordCount
    if values.count < count { values.append(contentsOf: repeatElement(nil, count: count - values.count)) }
  }

  /// What `decide` says of `token`'s word: decided at its first token, remembered for the rest. A token without
  /// an id the memo knows is decided on its own.
  @inlinable
  public mutating func value(for token: Token, _ decide: (Token) -> Value) -> Value {
    value(forWord: token.word) { decide(token) }
  }

  /// What `decide` says of the word with id `word` (a token's ``Token/word``), as ``value(for:_:)`` does; for
  /// a reader that would rather not copy the token (and retain its strings) to ask.
  @inlinable
  public mutating func value(forWord word: Int32, _ decide: () -> Value) -> Value {
    let word = Int(word)
    guard word >= 0 && word < values.count else { return decide() }
    if let known = values[word] { return known }
    let decided = decide()
    values[word] = decided
    return decided
  }
}
