import Tokenization

/// Finds a lexicon's phrases, patterns and cue groups in tokenized text in one pass over each
/// sentence's tokens, with tries over stemmed token keys.
///
/// At each token the longest phrase starting there wins and matching resumes after it, so
/// "product strategy" is one match, not also "strategy". Phrases never span sentences.
/// Short terms are matched by case: a phrase word of one or two letters (`AI`, `UX`, `R`), or one of
/// three letters written in capitals (`PMF`), only matches text written in capitals; a short word
/// written capitalised in the lexicon (`Go`) only matches exactly that spelling. In pattern and cue
/// words, a lowercase stopword of one or two letters (`to`, `of`) matches in any case.
///
/// Patterns (a verb, then one of its objects within a window of words) and cue groups (enough
/// different weak words in one sentence) widen recall where a sentence paraphrases a competency.
/// Both are inferred rather than curated, so a match counts like a weak phrase (½). They are a
/// fallback: each counts at most once per competency and sentence, and only in a sentence where none
/// of that competency's phrases matched, so a sentence that already names the competency is not
/// counted twice.
public struct PhraseMatcher: Sendable {
  /// What kind of lexicon entry a match comes from.
  public enum Source: Sendable, Equatable {
    /// A phrase (`phrases` or `weak`).
    case phrase
    /// A verb + object pattern (`patterns`).
    case pattern
    /// A cue group (`cues`).
    case cues
  }

  /// One phrase, pattern or cue group found in a text.
  public struct Match: Sendable, Equatable {
    /// Index into ``PhraseMatcher/phrase(_:)``.
    public var phrase: Int
    /// Index of the competency in the lexicon.
    public var competency: Int
    /// Index of the first token of the match (for a pattern, the verb; for cues, the first cue).
    public var firstToken: Int
    /// Index just past the last token (for a pattern, the object; for cues, the last cue counted).
    public var endToken: Int
    /// The sentence the match is in.
    public var sentence: Int
    /// Whether a phrase, a pattern or a cue group matched.
    public var source: Source = .phrase
  }

  /// What a phrase word requires of the text token, beyond an equal key.
  enum CaseRule: Sendable, Equatable {
    case any
    case capitals
    case exact(String)
  }

  struct Node: Sendable {
    var children: [String: Int32] = [:]
    /// The phrase (in the phrase trie) or term (in the term trie) that ends here, or -1.
    var terminal: Int32 = -1
  }

  struct Entry: Sendable {
    var text: String
    var competency: Int
    var strength: LexiconPhrase.Strength
    var source: Source
  }

  /// What a pattern or cue word does when it is found.
  struct Role: Sendable {
    enum Kind: UInt8, Sendable { case object, cue, verb, boilerplate }
    var kind: Kind
    /// The pattern's or the cue group's index.
    var slot: Int32
    /// Unique per role, so a cue word found twice in a sentence counts once.
    var id: Int32
  }

  struct PatternSlot: Sendable {
    var entry: Int
    var competency: Int
    var window: Int
  }

  struct CueSlot: Sendable {
    var entry: Int
    var competency: Int
    var needs: Int
  }

  // The tries by edge text, while they are built (a compiled lexicon's matcher has none).
  private var nodes: [Node] = [Node()]
  private var termNodes: [Node] = [Node()]
  // What matching reads (and a compiled lexicon keeps, ``write(to:)``).
  private(set) var entries: [Entry] = []
  private(set) var termRoles: [[Role]] = []
  private(set) var roleCount = 0
  private(set) var patterns: [PatternSlot] = []
  private(set) var cueGroups: [CueSlot] = []
  let competencyCount: Int
  /// The tries again, over label numbers, which matching walks.
  private(set) var labels = TrieLabels([])
  private(set) var phraseTrie = TrieLabels.Trie(root: [], edges: [], terminal: [])
  private(set) var termTrie = TrieLabels.Trie(root: [], edges: [], terminal: [])

  /// Builds the tries for every phrase, pattern and cue group of every competency of `lexicon`.
  ///
  /// - Parameters:
  ///   - lexicon: The lexicon.
  ///   - extensions: Whether to match `patterns` and `cues`; false matches phrases only, as lexicons
  ///     without those keys do (the tagging benchmark compares both).
  public init(lexicon: Lexicon, extensions: Bool = true) {
    competencyCount = lexicon.competencies.count
    defer { compileTries() }
    for (competencyIndex, competency) in lexicon.competencies.enumerated() {
      for phrase in competency.phrases {
        insert(phrase.text, competency: competencyIndex, strength: phrase.strength)
      }
    }
    // Boilerplate words share the term trie, so they are found in the same walk as pattern and cue words.
    for word in lexicon.boilerplate { addRole(word, kind: .boilerplate, slot: -1) }
    guard extensions else { return }
    for (competencyIndex, competency) in lexicon.competencies.enumerated() {
      for pattern in competency.patterns {
        let slot = Int32(patterns.count)
        entries.append(
          Entry(
            text: "pattern at line \(pattern.line)", competency: competencyIndex, strength: .weak, source: .pattern))
        patterns.append(PatternSlot(entry: entries.count - 1, competency: competencyIndex, window: pattern.window))
        for verb in pattern.verbs { addRole(verb, kind: .verb, slot: slot) }
        for object in pattern.objects { addRole(object, kind: .object, slot: slot) }
      }
      if let cues = competency.cues {
        let slot = Int32(cueGroups.count)
        entries.append(
          Entry(text: "cues at line \(cues.line)", competency: competencyIndex, strength: .weak, source: .cues))
        cueGroups.append(CueSlot(entry: entries.count - 1, competency: competencyIndex, needs: cues.needs))
        for word in cues.words { addRole(word, kind: .cue, slot: slot) }
      }
    }
    // Objects before verbs: a word that is both checks the verb before it, then becomes the verb.
    for index in termRoles.indices { termRoles[index].sort { $0.kind.rawValue < $1.kind.rawValue } }
  }

  /// A matcher from its parts (a compiled lexicon's, ``init(from:)``).
  init(
    entries: [Entry], termRoles: [[Role]], roleCount: Int, patterns: [PatternSlot], cueGroups: [CueSlot],
    competencyCount: Int, labels: TrieLabels, phraseTrie: TrieLabels.Trie, termTrie: TrieLabels.Trie
  ) {
    self.entries = entries
    self.termRoles = termRoles
    self.roleCount = roleCount
    self.patterns = patterns
    self.cueGroups = cueGroups
    self.competencyCount = competencyCount
    self.labels = labels
    self.phraseTrie = phraseTrie
    self.termTrie = termTrie
  }

  private mutating func compileTries() {
    labels = TrieLabels([nodes.map(\.children), termNodes.map(\.children)])
    phraseTrie = labels.compile(children: nodes.map(\.children), terminal: nodes.map(\.terminal))
    termTrie = labels.compile(children: termNodes.map(\.children), terminal: termNodes.map(\.terminal))
  }

  /// The text, competency and strength of the phrase (or pattern, or cue group) at `index`.
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
  private static func edgeLabel(for token: Token, lenient: Bool = false) -> String {
    switch caseRule(for: token, lenient: lenient) {
    case .any: return token.key
    case .capitals: return "\u{1}" + token.key
    case .exact(let surface): return "\u{2}" + surface
    }
  }

  /// The case rule of a lexicon word. With `lenient` (pattern and cue words), a lowercase stopword of
  /// one or two letters (`to`, `of`) is a function word, not an acronym, and matches in any case.
  /// Phrases keep the stricter rule: relaxing it would revive phrases such as "lead a team" that
  /// postings have always been weighed without.
  static func caseRule(for token: Token, lenient: Bool = false) -> CaseRule {
    let letters: Int
    let isPlainWord: Bool
    if token.surface.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII, as nearly every phrase is: no Unicode property tables needed.
      letters = token.surface.utf8.reduce(0) { $0 + (($1 | 0x20) >= 0x61 && ($1 | 0x20) <= 0x7A ? 1 : 0) }
      isPlainWord = letters == token.surface.utf8.count
    } else {
      letters = token.surface.unicodeScalars.filter { $0.properties.isAlphabetic }.count
      isPlainWord = letters == token.surface.unicodeScalars.count
    }
    guard isPlainWord else { return .any }
    if token.shape == .capitalized || token.shape == .mixed, letters <= 3 { return .exact(token.surface) }
    if letters <= 2 { return lenient && token.isStopword && token.shape == .lower ? .any : .capitals }
    if letters == 3 && token.shape == .upper { return .capitals }
    return .any
  }

  /// Adds `text`'s tokens to `trie` and returns the node its last token ends at (nil for no tokens).
  private static func insertPath(_ text: String, into trie: inout [Node], lenient: Bool = false) -> Int? {
    let tokens = Tokenizer.tokenize(text).tokens
    guard !tokens.isEmpty else { return nil }
    var node = 0
    for token in tokens {
      let label = edgeLabel(for: token, lenient: lenient)
      if let child = trie[node].children[label] {
        node = Int(child)
      } else {
        trie.append(Node())
        trie[node].children[label] = Int32(trie.count - 1)
        node = trie.count - 1
      }
    }
    return node
  }

  private mutating func insert(_ text: String, competency: Int, strength: LexiconPhrase.Strength) {
    guard let node = Self.insertPath(text, into: &nodes), nodes[node].terminal < 0 else { return }
    entries.append(Entry(text: text, competency: competency, strength: strength, source: .phrase))
    nodes[node].terminal = Int32(entries.count - 1)
  }

  private mutating func addRole(_ text: String, kind: Role.Kind, slot: Int32) {
    guard let node = Self.insertPath(text, into: &termNodes, lenient: true) else { return }
    if termNodes[node].terminal < 0 {
      termRoles.append([])
      termNodes[node].terminal = Int32(termRoles.count - 1)
    }
    let term = Int(termNodes[node].terminal)
    // The loader rejects a word listed twice in one list; a word both verb and object of one pattern stays.
    guard !termRoles[term].contains(where: { $0.kind == kind && $0.slot == slot }) else { return }
    termRoles[term].append(Role(kind: kind, slot: slot, id: Int32(roleCount)))
    roleCount += 1
  }

  /// Scratch state for patterns and cues, indexed by slot, stamped with a number unique to each sentence read
  /// (``stampBase`` plus its index) so nothing has to be cleared between sentences, or between the texts of a
  /// document that share it.
  struct Scratch {
    /// Added to a text's sentence indices to make its stamps; moved past them after each text.
    var stampBase = 0
    var verbStamp: [Int]
    var verbStart: [Int]
    var verbEnd: [Int]
    var patternDone: [Int]
    var cueStamp: [Int]
    var cueCount: [Int]
    var cueStart: [Int]
    var roleSeen: [Int]
    var competencyStamp: [Int]
    var frontier: [Int] = []
    var next: [Int] = []
    var occurrences: [(term: Int, first: Int, end: Int)] = []

    init(patterns: Int, cues: Int, roles: Int, competencies: Int) {
      verbStamp = Array(repeating: -1, count: patterns)
      verbStart = Array(repeating: 0, count: patterns)
      verbEnd = Array(repeating: 0, count: patterns)
      patternDone = Array(repeating: -1, count: patterns)
      cueStamp = Array(repeating: -1, count: cues)
      cueCount = Array(repeating: 0, count: cues)
      cueStart = Array(repeating: 0, count: cues)
      roleSeen = Array(repeating: -1, count: roles)
      competencyStamp = Array(repeating: -1, count: competencies)
    }
  }

  /// Every phrase found in `text`, leftmost-longest and not overlapping, in order, each sentence's
  /// phrases followed by the patterns and cue groups of competencies none of its phrases matched.
  public func matches(in text: TokenizedText) -> [Match] {
    var wordLabels = WordMemo<TrieLabels.TokenLabels>()
    return matches(in: text, wordLabels: &wordLabels)
  }

  /// The matches in `text` (``matches(in:)``), with the labels of each word looked up once through
  /// `wordLabels`, which the texts of one document share.
  func matches(in text: TokenizedText, wordLabels: inout WordMemo<TrieLabels.TokenLabels>) -> [Match] {
    var scratch = makeScratch()
    return matches(in: text, wordLabels: &wordLabels, scratch: &scratch)
  }

  /// Scratch state for ``matches(in:wordLabels:scratch:)``, which the texts of one document can share.
  func makeScratch() -> Scratch {
    Scratch(patterns: patterns.count, cues: cueGroups.count, roles: roleCount, competencies: competencyCount)
  }

  /// The matches in `text` (``matches(in:)``), with word labels kept in `wordLabels` and the per-slot state in
  /// `scratch` (``makeScratch()``), both shared by the texts of one document.
  func matches(
    in text: TokenizedText, wordLabels: inout WordMemo<TrieLabels.TokenLabels>, scratch: inout Scratch
  ) -> [Match] {
    var found: [Match] = []
    let tokens = text.tokens
    // A token's labels follow from its word alone.
    wordLabels.use(text)
    var tokenLabels: [TrieLabels.TokenLabels] = []
    tokenLabels.reserveCapacity(tokens.count)
    for index in tokens.indices {
      tokenLabels.append(wordLabels.value(forWord: tokens[index].word) { labels.labels(of: tokens[index]) })
    }
    var start = 0
    var lastSentence = -1
    while start < tokens.count {
      let sentence = tokens[start].sentence
      var end = start + 1
      while end < tokens.count, tokens[end].sentence == sentence { end += 1 }
      matchSentence(
        tokenLabels, start..<end, sentence: sentence, stamp: scratch.stampBase + sentence, into: &found,
        scratch: &scratch)
      lastSentence = max(lastSentence, sentence)
      start = end
    }
    scratch.stampBase += lastSentence + 1
    return found
  }

  /// One walk over a sentence's tokens: the phrase trie from each position the phrase cursor reaches,
  /// and the term trie (pattern and cue words) from every position.
  private func matchSentence(
    _ tokens: [TrieLabels.TokenLabels], _ range: Range<Int>, sentence: Int, stamp: Int, into found: inout [Match],
    scratch: inout Scratch
  ) {
    let firstFound = found.count
    let hasTerms = !termRoles.isEmpty
    scratch.occurrences.removeAll(keepingCapacity: true)
    var phraseCursor = range.lowerBound
    for position in range {
      // A token with no label in either trie starts nothing.
      let labels = tokens[position]
      if labels.key < 0 && labels.capitals < 0 && labels.exact < 0 {
        if position == phraseCursor { phraseCursor = position + 1 }
        continue
      }
      if position == phraseCursor {
        if let best = longest(in: phraseTrie, tokens, from: position, before: range.upperBound, scratch: &scratch) {
          found.append(
            Match(
              phrase: best.terminal, competency: entries[best.terminal].competency, firstToken: position,
              endToken: best.end, sentence: sentence))
          phraseCursor = best.end
        } else {
          phraseCursor = position + 1
        }
      }
      if hasTerms {
        collect(in: termTrie, tokens, from: position, before: range.upperBound, scratch: &scratch)
      }
    }
    guard !scratch.occurrences.isEmpty else { return }
    // A boilerplate sentence (benefits, about us, equal opportunity) asks the candidate for nothing.
    if scratch.occurrences.contains(where: { termRoles[$0.term].contains { $0.kind == .boilerplate } }) {
      found.removeSubrange(firstFound...)
      return
    }
    for match in found[firstFound...] { scratch.competencyStamp[match.competency] = stamp }
    let occurrences = scratch.occurrences
    // Terms starting at one position are read twice: objects and cues first, then verbs, so a verb that
    // starts where an object starts ("order" in "defend the order of the work") cannot hide the verb before.
    var groupStart = 0
    while groupStart < occurrences.count {
      var groupEnd = groupStart + 1
      while groupEnd < occurrences.count, occurrences[groupEnd].first == occurrences[groupStart].first { groupEnd += 1 }
      for pass in 0..<2 {
        let verbs = pass == 1
        for occurrence in occurrences[groupStart..<groupEnd] {
          for role in termRoles[occurrence.term] where (role.kind == .verb) == verbs {
            record(role, occurrence, sentence: sentence, stamp: stamp, into: &found, scratch: &scratch)
          }
        }
      }
      groupStart = groupEnd
    }
    // Cue groups last, so a pattern of the same competency wins; the span runs to the last cue counted.
    for (slot, group) in cueGroups.enumerated()
    where scratch.cueStamp[slot] == stamp && scratch.cueCount[slot] >= group.needs
      && scratch.competencyStamp[group.competency] != stamp
    {
      scratch.competencyStamp[group.competency] = stamp
      let last = occurrences.last { occurrence in
        termRoles[occurrence.term].contains { $0.kind == .cue && Int($0.slot) == slot }
      }
      found.append(
        Match(
          phrase: group.entry, competency: group.competency, firstToken: scratch.cueStart[slot],
          endToken: last?.end ?? scratch.cueStart[slot] + 1, sentence: sentence, source: .cues))
    }
  }

  /// What one pattern or cue word found in a sentence does: a verb opens its pattern, an object closes
  /// it when a verb ended at most `window` words before, a cue is counted once per sentence.
  @inline(__always)
  private func record(
    _ role: Role, _ occurrence: (term: Int, first: Int, end: Int), sentence: Int, stamp: Int,
    into found: inout [Match], scratch: inout Scratch
  ) {
    let slot = Int(role.slot)
    switch role.kind {
    case .verb:
      scratch.verbStamp[slot] = stamp
      scratch.verbStart[slot] = occurrence.first
      scratch.verbEnd[slot] = occurrence.end
    case .object:
      let pattern = patterns[slot]
      guard scratch.verbStamp[slot] == stamp, scratch.patternDone[slot] != stamp,
        scratch.competencyStamp[pattern.competency] != stamp,
        scratch.verbEnd[slot] <= occurrence.first, occurrence.first - scratch.verbEnd[slot] <= pattern.window
      else { return }
      scratch.patternDone[slot] = stamp
      scratch.competencyStamp[pattern.competency] = stamp
      found.append(
        Match(
          phrase: pattern.entry, competency: pattern.competency, firstToken: scratch.verbStart[slot],
          endToken: occurrence.end, sentence: sentence, source: .pattern))
    case .boilerplate:
      return
    case .cue:
      let id = Int(role.id)
      guard scratch.roleSeen[id] != stamp else { return }
      scratch.roleSeen[id] = stamp
      if scratch.cueStamp[slot] != stamp {
        scratch.cueStamp[slot] = stamp
        scratch.cueCount[slot] = 0
        scratch.cueStart[slot] = occurrence.first
      }
      scratch.cueCount[slot] += 1
    }
  }

  /// The longest entry of `trie` whose path starts at `position` and ends before `limit`: of the longest paths,
  /// the first reached.
  @inline(__always)
  private func longest(
    in trie: TrieLabels.Trie, _ tokens: [TrieLabels.TokenLabels], from position: Int, before limit: Int,
    scratch: inout Scratch
  ) -> (terminal: Int, end: Int)? {
    guard startWalk(in: trie, tokens, from: position, before: limit, scratch: &scratch) else { return nil }
    var best: (terminal: Int, end: Int)?
    var cursor = position
    while cursor < limit, !scratch.frontier.isEmpty {
      step(in: trie, tokens[cursor], scratch: &scratch)
      cursor += 1
      // By index: iterating the array itself would copy (retain) it at every step.
      for index in scratch.next.indices where trie.terminal[scratch.next[index]] >= 0 {
        if best.map({ cursor > $0.end }) ?? true { best = (Int(trie.terminal[scratch.next[index]]), cursor) }
      }
      swap(&scratch.frontier, &scratch.next)
    }
    return best
  }

  /// Every entry of `trie` whose path starts at `position` and ends before `limit`, shortest first, added to
  /// `scratch.occurrences`.
  @inline(__always)
  private func collect(
    in trie: TrieLabels.Trie, _ tokens: [TrieLabels.TokenLabels], from position: Int, before limit: Int,
    scratch: inout Scratch
  ) {
    guard startWalk(in: trie, tokens, from: position, before: limit, scratch: &scratch) else { return }
    var cursor = position
    while cursor < limit, !scratch.frontier.isEmpty {
      step(in: trie, tokens[cursor], scratch: &scratch)
      cursor += 1
      for index in scratch.next.indices where trie.terminal[scratch.next[index]] >= 0 {
        scratch.occurrences.append((Int(trie.terminal[scratch.next[index]]), position, cursor))
      }
      swap(&scratch.frontier, &scratch.next)
    }
  }

  /// Readies a walk of `trie` from `position` with the root as its frontier; false when the token there
  /// leaves the root (most walks end there, before any frontier is built).
  @inline(__always)
  private func startWalk(
    in trie: TrieLabels.Trie, _ tokens: [TrieLabels.TokenLabels], from position: Int, before limit: Int,
    scratch: inout Scratch
  ) -> Bool {
    guard position < limit else { return false }
    let first = tokens[position]
    guard
      (first.key >= 0 && trie.root[Int(first.key)] >= 0) || (first.capitals >= 0 && trie.root[Int(first.capitals)] >= 0)
        || (first.exact >= 0 && trie.root[Int(first.exact)] >= 0)
    else { return false }
    scratch.frontier.removeAll(keepingCapacity: true)
    scratch.frontier.append(0)
    return true
  }

  /// The nodes the frontier reaches over one token, into `scratch.next`.
  @inline(__always)
  private func step(in trie: TrieLabels.Trie, _ token: TrieLabels.TokenLabels, scratch: inout Scratch) {
    scratch.next.removeAll(keepingCapacity: true)
    for index in scratch.frontier.indices {
      let node = scratch.frontier[index]
      // In the order the labels were tried before: key, capitals, exact spelling.
      if token.key >= 0, case let child = trie.child(of: node, token.key), child >= 0 {
        scratch.next.append(Int(child))
      }
      if token.capitals >= 0, case let child = trie.child(of: node, token.capitals), child >= 0 {
        scratch.next.append(Int(child))
      }
      if token.exact >= 0, case let child = trie.child(of: node, token.exact), child >= 0 {
        scratch.next.append(Int(child))
      }
    }
  }
}
