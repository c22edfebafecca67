import Testing

@testable import Tokenization

@Suite("Word table")
struct WordTableTests {
  /// Words of every kind the tokenizer decides differently: plain and inflected, capitalised, acronyms, short
  /// case-sensitive terms, non-ASCII letters, straight and curly apostrophes, ASCII and Unicode hyphens,
  /// symbol-joined terms and numbers.
  static let words = [
    "roadmap", "Roadmaps", "ROADMAP", "managing", "stakeholders", "the", "The", "and", "Go", "AI", "KPIs", "SaaS",
    "GitHub", "Café", "naïve", "Résumé", "Zürich", "ÉCOLE", "don't", "don’t", "company’s", "Master's",
    "go-to-market", "co‑founder", "cross‐functional", "0-to-1", "P&L", "UX/UI", "C++", "C#", "Node.js", "B2B",
    "240,000", "2.5", "10", "1st", "you’ll", "straße",
  ]

  private func decided(_ token: Token) -> WordTable.Word {
    WordTable.Word(
      key: token.key, surface: token.surface, shape: token.shape, isStopword: token.isStopword,
      isNumber: token.isNumber)
  }

  @Test("a word met again gets what a fresh tokenization decides", arguments: words)
  func sameAsFresh(word: String) throws {
    let alone = try #require(Tokenizer.tokenize(word).tokens.first)
    var table = WordTable()
    // Seen in one section, then again in a second one: the second time comes from the table.
    let first = Tokenizer.tokenize("Intro \(word) text", parts: true, words: &table)
    let second = Tokenizer.tokenize("More \(word) here", parts: true, words: &table)
    let firstToken = try #require(first.tokens.first { $0.start == 6 })
    let secondToken = try #require(second.tokens.first { $0.start == 5 })
    #expect(decided(firstToken) == decided(alone))
    #expect(decided(secondToken) == decided(alone))
    #expect(secondToken.word == firstToken.word)
    #expect(table[secondToken.word] == decided(alone))
  }

  @Test("keys and stopword flags are the stemmer's and the stopword list's", arguments: words)
  func directComputation(word: String) throws {
    guard word.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return }
    var table = WordTable()
    let token = try #require(Tokenizer.tokenize("\(word) \(word)", words: &table).tokens.last)
    let lowered = word.lowercased()
    #expect(token.key == (lowered.utf8.count >= 3 ? EnglishStemmer.stem(lowered) : lowered))
    #expect(token.isStopword == Stopwords.contains(lowered))
    #expect(token.surface == word)
  }

  @Test(
    "a part word met again gets what a fresh tokenization decides",
    arguments: words + ["a Master's degree", "5 years' experience", "B.S. or Ph.D.", "the company’s teams's", "MBA's"])
  func partsSameAsFresh(text: String) {
    let fresh = Tokenizer.tokenize(text, parts: true)
    var table = WordTable()
    let first = Tokenizer.tokenize(text, parts: true, words: &table)
    let second = Tokenizer.tokenize(text, parts: true, words: &table)
    #expect(first.parts == fresh.parts)
    #expect(second.parts == fresh.parts)
    #expect(second.parts.map(\.word) == first.parts.map(\.word))
    #expect(second.partWordCount == first.partWordCount)
    for part in second.parts {
      #expect((part.word >= 0) == (part.kind == .word))
    }
  }

  @Test("one id per spelling, shared across a document's sections")
  func ids() {
    var table = WordTable()
    let text = Tokenizer.tokenize("Roadmap roadmap ROADMAP roadmap. The roadmap", words: &table)
    let ids = text.tokens.map(\.word)
    #expect(ids == [0, 1, 2, 1, 3, 1])
    #expect(text.wordCount == 4)
    #expect(table.count == 4)
    let next = Tokenizer.tokenize("roadmap Roadmap", words: &table)
    #expect(next.tokens.map(\.word) == [1, 0])
    #expect(next.wordCount == 4)
    // Part words have ids of their own; numbers and symbols none.
    let parts = Tokenizer.tokenize("Roadmap roadmap, 10", parts: true).parts
    #expect(parts.map(\.word) == [0, 1, -1, -1])
  }

  @Test("the table keeps every word as it grows")
  func growth() {
    var table = WordTable()
    let words = (0..<2_000).map { "word\($0)x" }
    let text = Tokenizer.tokenize(words.joined(separator: " "), words: &table)
    #expect(table.count == 2_000)
    #expect(text.tokens.map(\.word) == (0..<2_000).map { Int32($0) })
    let again = Tokenizer.tokenize(words.reversed().joined(separator: " "), words: &table)
    #expect(again.tokens.map(\.word) == (0..<2_000).reversed().map { Int32($0) })
    #expect(again.tokens.map(\.surface) == Array(words.reversed()))
  }
}
