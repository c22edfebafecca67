import Tokenization

/// Finds a lexicon's phrases in tokenized text in one pass, with a trie over stemmed token keys.
///
/// At each token the longest phrase starting there wins and matching resumes after it, so
/// "product strategy" is one match, not also "strategy". Phrases never span sentences.
/// Short terms are matched by case: a phrase word of one or two letters (`AI`, `UX`, `R`), or one of
/// three letters written in capitals (`PMF`), only matches text written in capitals; a short word
/// written capitalised in the lexicon (`Go`) only matches exactly that spelling.
public struct PhraseMatcher: Sendable {
  /// One phrase found in a text.
  public struct Match: Sendable, Equatable {
    /// Index into ``PhraseMatcher/phrase(_:)``.
    public var phrase: Int
    /// Index of the competency in the lexicon.
    public var competency: Int
    /// Index of the first token of the match.
    public var firstToken: Int
    /// Index just past the last token.
    public var endToken: Int
    /// The sentence the match is in.
    public var sentence: Int
  }

  /// What a phrase word requires of the text token, beyond an equal key.
  enum CaseRule: Sendable, Equatable {
    case any
    case capitals
    case exact(String)
  }

  private struct Node: Sendable {
    var children: [String: Int32] = [:]
    var phrase: Int32 = -1
  }

  private struct Entry: Sendable {
    var text: String
    var competency: Int
    var strength: LexiconPhrase.Strength
  }

  private var nodes: [Node] = [Node()]
  private var entries: [Entry] = []

  /// Builds the trie for every phrase of every competency of `lexicon`.
  public init(lexicon: Lexicon) {
    for (competencyIndex, competency) in lexicon.competencies.enumerated() {
      for phrase in competency.phrases {
        insert(phrase.text, competency: competencyIndex, strength: phrase.strength)
      }
    }
  }

  /// The text, competency and strength of the phrase at `index`.
  public func phrase(_ index: Int) -> (text: String, competency: Int, strength: LexiconPhrase.Strength) {
    let entry = entries[index]
    return (entry.text, entry.competency, entry.strength)
  }

  /// The key two phrases share exactly when they would match the same text, used to find a phrase
  /// claimed twice.
  static func claimKey(_ phrase: String) -> String {
    Tokenizer.tokenize(phrase).tokens.map { edgeLabel(for: $0) }.joined(separator: " ")
  }

  /// How a phrase token is stored in the trie: its key, marked by the case rule it needs.
  private static func edgeLabel(for token: Token) -> String {
    switch caseRule(for: token) {
    case .any: return token.key
    case .capitals: return "\u{1}" + token.key
    case .exact(let surface): return "\u{2}" + surface
    }
  }

  static func caseRule(for token: Token) -> CaseRule {
    let letters = token.surface.unicodeScalars.filter { $0.properties.isAlphabetic }.count
    let isPlainWord = letters == token.surface.unicodeScalars.count
    guard isPlainWord else { return .any }
    if token.shape == .capitalized || token.shape == .mixed, letters <= 3 { return .exact(token.surface) }
    if letters <= 2 { return .capitals }
    if letters == 3 && token.shape == .upper { return .capitals }
    return .any
  }

  private mutating func insert(_ text: String, competency: Int, strength: LexiconPhrase.Strength) {
    let tokens = Tokenizer.tokenize(text).tokens
    guard !tokens.isEmpty else { return }
    var node = 0
    for token in tokens {
      let label = Self.edgeLabel(for: token)
      if let child = nodes[node].children[label] {
        node = Int(child)
      } else {
        nodes.append(Node())
        nodes[node].children[label] = Int32(nodes.count - 1)
        node = nodes.count - 1
      }
    }
    guard nodes[node].phrase < 0 else { return }
    entries.append(Entry(text: text, competency: competency, strength: strength))
    nodes[node].phrase = Int32(entries.count - 1)
  }

  /// The trie children a text token can follow from `node`.
  @inline(__always)
  private func children(of node: Int, for token: Token, into next: inout [Int]) {
    let children = nodes[node].children
    if let child = children[token.key] { next.append(Int(child)) }
    if token.shape == .upper || token.shape == .uncased, let child = children["\u{1}" + token.key] {
      next.append(Int(child))
    }
    if token.shape == .capitalized || token.shape == .mixed, token.surface.utf8.count <= 3,
      let child = children["\u{2}" + token.surface]
    {
      next.append(Int(child))
    }
  }

  /// Every phrase found in `text`, leftmost-longest and not overlapping, in order.
  public func matches(in text: TokenizedText) -> [Match] {
    var found: [Match] = []
    let tokens = text.tokens
    var start = 0
    var frontier: [Int] = []
    var next: [Int] = []
    while start < tokens.count {
      var best: (end: Int, phrase: Int32)?
      frontier.removeAll(keepingCapacity: true)
      frontier.append(0)
      var position = start
      let sentence = tokens[start].sentence
      while position < tokens.count, tokens[position].sentence == sentence, !frontier.isEmpty {
        next.removeAll(keepingCapacity: true)
        for node in frontier { children(of: node, for: tokens[position], into: &next) }
        position += 1
        for node in next where nodes[node].phrase >= 0 {
          if best == nil || position > best!.end { best = (position, nodes[node].phrase) }
        }
        swap(&frontier, &next)
      }
      if let best {
        let entry = entries[Int(best.phrase)]
        found.append(
          Match(
            phrase: Int(best.phrase), competency: entry.competency, firstToken: start, endToken: best.end,
            sentence: sentence))
        start = best.end
      } else {
        start += 1
      }
    }
    return found
  }
}
