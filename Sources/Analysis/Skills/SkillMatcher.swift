import Tokenization

/// Finds a ``SkillVocabulary``'s labels in tokenized text: one trie over the labels' tokens, walked from
/// every token; the longest label starting at a token wins and matching resumes after it, so "machine
/// learning engineering" is one match.
///
/// A label word is compared by its stemmed key (ESCO's phrases: "managing teams" is "manage teams"), or,
/// for technology names and one-word labels, as written in lower case ("Express" is not "expression",
/// "securities" not "security"). Short labels are matched by case, as the lexicon's phrases are: a word of
/// one or two letters (`R`, `C`, `UX`) or of three capitals only matches text in capitals, a short
/// capitalised word (`Go`) only that spelling, and a form the vocabulary marks exact (`Swift`) only as
/// written. Labels never span sentences.
///
/// The trie is one open-addressing table from (node, edge) to child, keyed by 64-bit hashes of the edge
/// text, so a compiled lexicon keeps it as it is (``write(to:)``) instead of tokenizing 100,000 labels at
/// every start.
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

  /// How an edge compares a token.
  enum EdgeKind: UInt8 {
    case key = 0, capitals = 1, exact = 2, literal = 3
  }

  /// The vocabulary it matches.
  public let vocabulary: SkillVocabulary
  /// The skill ending at each node, or -1.
  let terminal: CompiledArray<Int32>
  /// Hash-table keys (0 = empty) and the child node of each; read from a compiled lexicon, they stay in its
  /// mapped file.
  let keys: CompiledArray<UInt64>
  let children: CompiledArray<Int32>

  /// Builds the trie of every label of `vocabulary`; of two labels ending at the same node the first
  /// (technology names first, then ESCO's preferred labels, then its alternatives) keeps it. An ESCO
  /// concept that a technology entry stands for (its `esco` links) is found as that technology: "machine
  /// learning" in one document and "ML" in another are one skill, not two.
  public init(vocabulary: SkillVocabulary) {
    var counterpart: [Int32: Int32] = [:]
    for (index, skill) in vocabulary.skills.enumerated() where skill.source == .technology {
      for esco in skill.esco where counterpart[esco] == nil { counterpart[esco] = Int32(index) }
    }
    var terminal: [Int32] = [-1]
    var edges: [UInt64: Int32] = [:]
    for label in vocabulary.labels {
      let tokens = Tokenizer.tokenize(label.text).tokens
      guard !tokens.isEmpty else { continue }
      let literal = label.literal || tokens.count == 1
      var node: Int32 = 0
      for token in tokens {
        let (kind, text) = Self.edge(for: token, exact: label.exactCase, literal: literal)
        let key = Self.key(node: node, kind: kind, text: text)
        if let child = edges[key] {
          node = child
        } else {
          terminal.append(-1)
          let child = Int32(terminal.count - 1)
          edges[key] = child
          node = child
        }
      }
      if terminal[Int(node)] < 0 { terminal[Int(node)] = counterpart[label.skill] ?? label.skill }
    }
    var capacity = 16
    while capacity < edges.count * 2 { capacity *= 2 }
    var keys = [UInt64](repeating: 0, count: capacity)
    var children = [Int32](repeating: 0, count: capacity)
    for (key, child) in edges.sorted(by: { $0.key < $1.key }) {
      var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
      while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      keys[slot] = key
      children[slot] = child
    }
    self.init(
      vocabulary: vocabulary, terminal: CompiledArray(terminal), keys: CompiledArray(keys),
      children: CompiledArray(children))
  }

  /// A matcher from its saved parts (a compiled lexicon's).
  init(
    vocabulary: SkillVocabulary, terminal: CompiledArray<Int32>, keys: CompiledArray<UInt64>,
    children: CompiledArray<Int32>
  ) {
    self.vocabulary = vocabulary
    self.terminal = terminal
    self.keys = keys
    self.children = children
  }

  /// The number of trie nodes (for tests and speed figures).
  public var nodeCount: Int { terminal.count }

  /// How a label token is stored: by key, for capitals only, exactly as written, or lowercased as written.
  static func edge(for token: Token, exact: Bool, literal: Bool) -> (EdgeKind, String) {
    if exact { return (.exact, token.surface) }
    switch PhraseMatcher.caseRule(for: token) {
    case .any: return literal ? (.literal, token.surface.lowercased()) : (.key, token.key)
    case .capitals: return (.capitals, token.key)
    case .exact(let surface): return (.exact, surface)
    }
  }

  /// The table key of the edge from `node` over `text` compared as `kind`: FNV-1a of the kind and the
  /// text's bytes, mixed with the node; never 0.
  static func key(node: Int32, kind: EdgeKind, text: String) -> UInt64 {
    mix(hash(kind: kind, text), node: node)
  }

  private static func mix(_ hash: UInt64, node: Int32) -> UInt64 {
    var value = hash ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)
    value ^= value >> 29
    return value == 0 ? 1 : value
  }

  private func child(_ key: UInt64) -> Int32? {
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: key) & mask
    while true {
      let stored = keys[slot]
      if stored == key { return children[slot] }
      if stored == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }

  /// Every label found in `text`, in order, none overlapping.
  public func matches(in text: TokenizedText) -> [Match] {
    var wordHashes = WordMemo<EdgeHashes>()
    return matches(in: text, wordHashes: &wordHashes)
  }

  /// The labels found in `text` (``matches(in:)``), with each word's edge hashes computed once through
  /// `wordHashes`, which the texts of one document share.
  func matches(in text: TokenizedText, wordHashes: inout WordMemo<EdgeHashes>) -> [Match] {
    guard !keys.isEmpty else { return [] }
    let tokens = text.tokens
    // A token's edge hashes before the node is mixed in, computed once per token.
    // They follow from the token's word alone, so each distinct word is hashed once.
    var edgeHashes: [EdgeHashes] = []
    edgeHashes.reserveCapacity(tokens.count)
    wordHashes.use(text)
    for index in tokens.indices {
      // Read in place: a copy of the token would retain its strings.
      edgeHashes.append(wordHashes.value(forWord: tokens[index].word) { self.edgeHashes(of: tokens[index]) })
    }
    var found: [Match] = []
    var start = 0
    // A token may follow up to four edges (stem, capitals, as written, lowercased), so the walk keeps every
    // node still alive, as an automaton would.
    var active: [Int32] = []
    var next: [Int32] = []
    while start < tokens.count {
      // Most tokens start no label: turned away at the root (decided once per word) before any walk is set up.
      guard edgeHashes[start].startsLabel else {
        start += 1
        continue
      }
      var best: (end: Int, skill: Int32)?
      var index = start
      let sentence = tokens[start].sentence
      active.removeAll(keepingCapacity: true)
      active.append(0)
      while index < tokens.count, tokens[index].sentence == sentence, !active.isEmpty {
        // A label's words run together: "Design, build and operate" names no skill "design buildings".
        if index > start, Self.breaksLabel(text.utf8, from: tokens[index - 1].end, to: tokens[index].start) { break }
        next.removeAll(keepingCapacity: true)
        let hashes = edgeHashes[index]
        // By index: iterating the array itself would copy (retain) it at every token.
        for position in active.indices {
          let node = active[position]
          if let child = child(Self.mix(hashes.key, node: node)) { next.append(child) }
          if let capitals = hashes.capitals, let child = child(Self.mix(capitals, node: node)) { next.append(child) }
          if let child = child(Self.mix(hashes.exact, node: node)) { next.append(child) }
          if let child = child(Self.mix(hashes.literal, node: node)) { next.append(child) }
        }
        swap(&active, &next)
        index += 1
        if let node = active.first(where: { terminal[Int($0)] >= 0 }) { best = (index, terminal[Int(node)]) }
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

  /// Whether the text between two tokens holds punctuation no label runs across: a comma, semicolon,
  /// bracket or bar between list items or clauses.
  static func breaksLabel(_ utf8: [UInt8], from lower: Int, to upper: Int) -> Bool {
    guard lower < upper, upper <= utf8.count, lower >= 0 else { return false }
    for index in lower..<upper {
      switch utf8[index] {
      case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "|"): return true
      default: continue
      }
    }
    return false
  }

  /// The edge hashes of one text token, before the node is mixed in, and whether any of them leaves the root.
  typealias EdgeHashes = (key: UInt64, capitals: UInt64?, exact: UInt64, literal: UInt64, startsLabel: Bool)

  private func edgeHashes(of token: Token) -> EdgeHashes {
    let key = Self.hash(kind: .key, token.key)
    let capitals = token.shape == .upper ? Self.hash(kind: .capitals, token.key) : nil
    let exact = Self.hash(kind: .exact, token.surface)
    let literal = Self.lowercaseHash(token.surface)
    let startsLabel =
      child(Self.mix(key, node: 0)) != nil || capitals.flatMap({ child(Self.mix($0, node: 0)) }) != nil
      || child(Self.mix(exact, node: 0)) != nil || child(Self.mix(literal, node: 0)) != nil
    return (key, capitals, exact, literal, startsLabel)
  }

  private static func hash(kind: EdgeKind, _ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    hash = (hash ^ UInt64(kind.rawValue)) &* 0x100_0000_01b3
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }

  /// The literal edge hash of a surface: its lowercase form's, without building the string when it is ASCII.
  private static func lowercaseHash(_ surface: String) -> UInt64 {
    guard surface.utf8.allSatisfy({ $0 < 0x80 }) else { return hash(kind: .literal, surface.lowercased()) }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    hash = (hash ^ UInt64(EdgeKind.literal.rawValue)) &* 0x100_0000_01b3
    for var byte in surface.utf8 {
      if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return hash
  }
}
