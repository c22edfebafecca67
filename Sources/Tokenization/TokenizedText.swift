/// A text with its tokens and sentences, keeping offsets so evidence can be quoted exactly.
public struct TokenizedText: Sendable {
  /// The text that was tokenized (after NFKC normalisation).
  public let text: String
  /// The text's UTF-8 bytes, which token and sentence offsets index.
  public let utf8: [UInt8]
  /// The match tokens in order: whole words, numbers and domain terms, never symbols.
  public let tokens: [Token]
  /// Each sentence's byte range, in order; tokens name their sentence by index into this array.
  public let sentences: [Range<Int>]
  /// The parts in order: the fine words, numbers and symbols rule readers compare, each naming the sentence
  /// it belongs to (symbols before a sentence's first word included); empty unless asked for.
  public let parts: [Token]
  /// How many words the ``WordTable`` that tokenized the text held after it: every token's ``Token/word`` is
  /// below it (or -1), so a reader can keep what it decides per word in an array of this size.
  public let wordCount: Int
  /// How many part words that table held after the text: every word part's ``Token/word`` is below it.
  public let partWordCount: Int
  /// The table whose ids the tokens carry; texts of one table (a document's sections) share their ids. Nil for a
  /// text made by hand.
  public let wordTable: WordTable.Identity?

  /// Creates a tokenized text from its parts.
  public init(
    text: String, utf8: [UInt8], tokens: [Token], sentences: [Range<Int>], parts: [Token] = [], wordCount: Int = 0,
    partWordCount: Int = 0, wordTable: WordTable.Identity? = nil
  ) {
    self.text = text
    self.utf8 = utf8
    self.tokens = tokens
    self.sentences = sentences
    self.parts = parts
    self.wordCount = wordCount
    self.partWordCount = partWordCount
    self.wordTable = wordTable
  }

  /// The text of the sentence at `index`, trimmed.
  public func sentence(_ index: Int) -> String {
    guard sentences.indices.contains(index) else { return "" }
    return slice(sentences[index])
  }

  /// The text between two byte offsets.
  public func slice(_ range: Range<Int>) -> String {
    let lower = max(0, min(range.lowerBound, utf8.count))
    let upper = max(lower, min(range.upperBound, utf8.count))
    let raw = String(decoding: utf8[lower..<upper], as: UTF8.self)
    return raw.trimmingCharacters(where: { $0.isWhitespace })
  }

  /// The text between two byte offsets exactly as written, untrimmed.
  public func source(_ range: Range<Int>) -> String {
    let lower = max(0, min(range.lowerBound, utf8.count))
    let upper = max(lower, min(range.upperBound, utf8.count))
    return String(decoding: utf8[lower..<upper], as: UTF8.self)
  }
}

extension String {
  fileprivate func trimmingCharacters(where predicate: (Character) -> Bool) -> String {
    var slice = Substring(self)
    while let first = slice.first, predicate(first) { slice.removeFirst() }
    while let last = slice.last, predicate(last) { slice.removeLast() }
    return String(slice)
  }
}
