import Testing

@testable import Tokenization

@Suite("Word memo")
struct WordMemoTests {
  @Test("each distinct word is decided once across the texts of one table")
  func oncePerWord() {
    var table = WordTable()
    let first = Tokenizer.tokenize("Plan the roadmap. Ship the roadmap", words: &table)
    let second = Tokenizer.tokenize("the roadmap again", words: &table)
    var memo = WordMemo<String>()
    var decided: [String] = []
    var values: [String] = []
    for text in [first, second] {
      memo.use(text)
      for token in text.tokens {
        values.append(
          memo.value(for: token) {
            decided.append($0.surface)
            return $0.key
          })
      }
    }
    #expect(decided == ["Plan", "the", "roadmap", "Ship", "again"])
    #expect(values == (first.tokens + second.tokens).map(\.key))
  }

  @Test("a text of another table, or made by hand, starts afresh")
  func otherTables() {
    let one = Tokenizer.tokenize("alpha beta")
    let other = Tokenizer.tokenize("gamma delta")
    var memo = WordMemo<String>()
    memo.use(one)
    #expect(one.tokens.map { memo.value(for: $0, \.key) } == ["alpha", "beta"])
    // The same ids (0 and 1) name other words in the other table.
    memo.use(other)
    #expect(other.tokens.map { memo.value(for: $0, \.key) } == ["gamma", "delta"])
    let byHand = TokenizedText(text: "x", utf8: Array("x".utf8), tokens: other.tokens, sentences: [0..<1])
    memo.use(byHand)
    var calls = 0
    for token in byHand.tokens {
      _ = memo.value(for: token) {
        calls += 1
        return $0.key
      }
    }
    #expect(calls == 2)
  }

  @Test("part words have a memo of their own")
  func parts() {
    var table = WordTable()
    let text = Tokenizer.tokenize("A Master's degree, a master's degree", parts: true, words: &table)
    var memo = WordMemo<String>(parts: true)
    memo.use(text)
    var calls = 0
    let keys = text.parts.filter { $0.kind == .word }.map { part in
      memo.value(for: part) {
        calls += 1
        return $0.key
      }
    }
    #expect(keys == ["a", "master", "degree", "a", "master", "degree"])
    // "A" and "a", "Master's" and "master's" are different spellings; "degree" is one.
    #expect(calls == 5)
  }
}
