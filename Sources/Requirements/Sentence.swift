import Tokenization

/// A sentence of a posting, as tokens, with the kind of section it sits in.
struct Sentence {
  /// The tokenized text the token ranges point into.
  let source: TokenizedText
  /// The tokens of the sentence, a run of the source's parts; never empty.
  let tokens: TokenRun
  /// The kind of section the sentence sits in.
  let section: SectionKind
  /// What the sentence may be about, from its trigger words.
  let topics: Topics
  /// Whether the sentence has a number written in digits.
  let hasDigits: Bool
  /// What the rules have asked of the document's words (``isAny(_:_:)``), shared by its sentences.
  let memo: WordSetMemo

  /// The first letters of "a dozen" and the number words one to hundred, one bit per letter from "a".
  private static let numberWordInitials: UInt32 = "aotfsenhd".utf8.reduce(0) { $0 | 1 << UInt32($1 - 0x61) }

  /// Creates a sentence from a non-empty run of tokens.
  init(source: TokenizedText, tokens: TokenRun, section: SectionKind) {
    var wordTopics = WordMemo<Topics>(parts: true)
    wordTopics.use(source)
    self.init(
      source: source, tokens: tokens, section: section, topics: &wordTopics,
      memo: WordSetMemo(table: source.wordTable))
  }

  /// Creates a sentence from a non-empty run of tokens, its words' topics looked up through `wordTopics` and its
  /// rule words through `memo`, which the sentences of one document share (readied for `source`, and made for
  /// its word table).
  init(
    source: TokenizedText, tokens: TokenRun, section: SectionKind, topics wordTopics: inout WordMemo<Topics>,
    memo: WordSetMemo
  ) {
    self.source = source
    self.tokens = tokens
    self.section = section
    self.memo = memo
    var topics: Topics = []
    var hasDigits = false
    for token in tokens {
      switch token.kind {
      case .word: topics.formUnion(wordTopics.value(for: token) { Topics.of($0.text) })
      case .number: hasDigits = true
      case .symbol: break
      }
    }
    self.topics = topics
    self.hasDigits = hasDigits
  }

  /// The sentence as written, for evidence.
  var evidence: String {
    guard let first = tokens.first, let last = tokens.last else { return "" }
    return source(first.range.lowerBound..<last.range.upperBound)
  }

  /// The source text from one token through another, as written.
  func source(fromToken first: Int, throughToken last: Int) -> String {
    guard let lower = token(first), let upper = token(last), lower.range.lowerBound <= upper.range.upperBound else {
      return ""
    }
    return source(lower.range.lowerBound..<upper.range.upperBound)
  }

  private func source(_ range: Range<Int>) -> String {
    source.source(range)
  }

  /// The number of tokens.
  var count: Int { tokens.count }

  /// The text of the token at an index, or nil when the index is out of range.
  func text(_ index: Int) -> String? {
    index >= 0 && index < tokens.count ? tokens[index].key : nil
  }

  /// The token at an index, or nil when the index is out of range.
  func token(_ index: Int) -> Token? {
    index >= 0 && index < tokens.count ? tokens[index] : nil
  }

  /// The source text of the token at an index.
  func raw(_ index: Int) -> String {
    source(fromToken: index, throughToken: index)
  }

  /// Whether the token at an index has one of the texts; each distinct word is looked up once per document.
  func isAny(_ index: Int, _ candidates: WordSet) -> Bool {
    // Read in place: copying the token would retain its strings.
    guard index >= 0 && index < tokens.count, tokens[index].kind != .number else { return false }
    return memo.contains(word: tokens[index].word, key: tokens[index].key, in: candidates)
  }

  /// Whether the token at an index has one of a few texts; a linear search that hashes nothing, for short
  /// lists written in place.
  func isAny(_ index: Int, _ candidates: [String]) -> Bool {
    guard index >= 0 && index < tokens.count, tokens[index].kind != .number else { return false }
    return candidates.contains(tokens[index].key)
  }

  /// Whether the tokens from an index spell out a phrase.
  func matches(_ phrase: [String], at index: Int) -> Bool {
    guard index >= 0, index + phrase.count <= tokens.count else { return false }
    for (offset, word) in phrase.enumerated() where tokens[index + offset].text != word { return false }
    return true
  }

  /// Whether the sentence contains a phrase anywhere.
  func contains(phrase: [String]) -> Bool {
    tokens.indices.contains { matches(phrase, at: $0) }
  }

  /// Whether the sentence has a number, in digits or in words: ``number(at:)`` finds none in a sentence
  /// without.
  var hasNumber: Bool { hasDigits || topics.contains(.numberWord) }

  /// Whether the sentence may be about a topic; cheap, for skipping sentences.
  func mayConcern(_ topic: Topics) -> Bool {
    !topics.isDisjoint(with: topic)
  }

  /// Whether the sentence has any of the words.
  func mentions(anyOf candidates: WordSet) -> Bool {
    tokens.indices.contains { tokens[$0].kind == .word && isAny($0, candidates) }
  }

  /// Whether the sentence has any of a few words written in place.
  func mentions(anyOf candidates: [String]) -> Bool {
    tokens.contains { $0.kind == .word && candidates.contains($0.text) }
  }

  /// Reads a number written in digits or words ("10", "ten", "twenty-five", "a dozen") at an index.
  ///
  /// - Returns: The value and the index after the number, or nil when no number starts there.
  func number(at index: Int) -> (value: Double, next: Int)? {
    guard index >= 0 && index < tokens.count else { return nil }
    let kind = tokens[index].kind
    if kind == .number { return (tokens[index].value, index + 1) }
    // Number words all start with one of these letters; most words are turned away before any hashing.
    guard kind == .word, let initial = tokens[index].key.utf8.first, initial >= 0x61, initial <= 0x7A,
      Self.numberWordInitials >> UInt32(initial - 0x61) & 1 == 1
    else { return nil }
    let word = tokens[index].key
    if word == "a" || word == "one", text(index + 1) == "dozen" { return (12, index + 2) }
    guard let value = NumberWords.value(of: word) else { return nil }
    if value >= 20, value % 10 == 0 {
      let unitIndex = text(index + 1) == "-" ? index + 2 : index + 1
      if let unit = text(unitIndex).flatMap(NumberWords.value(of:)), unit > 0, unit < 10 {
        return (Double(value + unit), unitIndex + 1)
      }
    }
    return (Double(value), index + 1)
  }
}
