import Tokenization

/// Finds a ``SkillVocabulary``'s labels in tokenized text: one trie over the labels' token keys (stemmed
/// and lowercased, as the tokenizer gives them), walked from every token; the longest label starting at
/// a token wins and matching resumes after it, so "machine learning engineering" is one match.
///
/// Short labels are matched by case, as the lexicon's phrases are: a label word of one or two letters
/// (`R`, `C`, `UX`) or of three capitals only matches text in capitals, a short capitalised word (`Go`)
/// only that spelling, and a label the vocabulary marks exact (`Swift`, `Rust`) only as written. Labels
/// never span sentences.
public struct SkillMatcher: Sendable {
  /// One label found in a text.
  public struct Match: Sendable, Equatable {
    /// The skill's index in the vocabulary.
    public var skill: Int32
    /// Index of the first token.
    public var firstToken: Int
    /// Index just past the last token.
    public var endToken: Int
    /// The sentence it is in.
    public var sentence: Int
  }

  private struct Node: Sendable {
    var children: [String: Int32] = [:]
    var skill: Int32 = -1
  }

  /// The vocabulary it matches.
  public let vocabulary: SkillVocabulary
  private var nodes: [Node] = [Node()]

  /// Builds the trie of every label of `vocabulary`; of two skills with the same label, the technology
  /// entry keeps it (and records the ESCO concept as its counterpart), else the first.
  public init(vocabulary: SkillVocabulary) {
    self.vocabulary = vocabulary
    for label in vocabulary.labels {
      insert(label)
    }
  }

  private mutating func insert(_ label: SkillVocabulary.Label) {
    let tokens = Tokenizer.tokenize(label.text).tokens
    guard !tokens.isEmpty else { return }
    // Names and one-word labels are compared as written (lowercased), not stemmed: "Express" is not
    // "expression", "securities" not "security".
    let literal = label.literal || tokens.count == 1
    var node = 0
    for token in tokens {
      let edge = Self.edge(for: token, exact: label.exactCase, literal: literal)
      if let child = nodes[node].children[edge] {
        node = Int(child)
      } else {
        nodes.append(Node())
        nodes[node].children[edge] = Int32(nodes.count - 1)
        node = nodes.count - 1
      }
    }
    if nodes[node].skill < 0 { nodes[node].skill = label.skill }
  }

  /// How a label token is stored: its key, or marked for the case it needs.
  static func edge(for token: Token, exact: Bool, literal: Bool) -> String {
    if exact { return "\u{2}" + token.surface }
    switch PhraseMatcher.caseRule(for: token) {
    case .any: return literal ? "\u{3}" + token.surface.lowercased() : token.key
    case .capitals: return "\u{1}" + token.key
    case .exact(let surface): return "\u{2}" + surface
    }
  }

  /// The number of trie nodes (for tests and speed figures).
  public var nodeCount: Int { nodes.count }

  /// Every label found in `text`, in order, none overlapping.
  public func matches(in text: TokenizedText) -> [Match] {
    let tokens = text.tokens
    var found: [Match] = []
    var start = 0
    // A token may follow up to three edges (its stem, its capitals form, its literal form), so the walk
    // keeps every node still alive, as an automaton would.
    var active: [Int32] = []
    var next: [Int32] = []
    while start < tokens.count {
      var best: (end: Int, skill: Int32)?
      var index = start
      let sentence = tokens[start].sentence
      active.removeAll(keepingCapacity: true)
      active.append(0)
      while index < tokens.count, tokens[index].sentence == sentence, !active.isEmpty {
        next.removeAll(keepingCapacity: true)
        let token = tokens[index]
        var literal: String?
        for node in active {
          let children = nodes[Int(node)].children
          if children.isEmpty { continue }
          if let child = children[token.key] { next.append(child) }
          if token.shape == .upper, let child = children["\u{1}" + token.key] { next.append(child) }
          if token.shape != .lower, let child = children["\u{2}" + token.surface] { next.append(child) }
          if literal == nil { literal = "\u{3}" + token.surface.lowercased() }
          if let literal, let child = children[literal] { next.append(child) }
        }
        swap(&active, &next)
        index += 1
        for node in active where nodes[Int(node)].skill >= 0 {
          best = (index, nodes[Int(node)].skill)
          break
        }
      }
      if let best {
        found.append(Match(skill: best.skill, firstToken: start, endToken: best.end, sentence: sentence))
        start = best.end
      } else {
        start += 1
      }
    }
    return found
  }
}
