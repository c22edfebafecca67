import Tokenization

/// A posting's salient terms outside the lexicon ("marketplace", "fintech", "KYC", "SaaS"): the words a
/// screener or ATS would look for that the competency lexicon does not cover.
public struct KeywordProfile: Codable, Sendable, Equatable {
  /// One term and how much the posting leans on it.
  public struct Term: Codable, Sendable, Equatable {
    /// The stemmed key matched against the resume.
    public var key: String
    /// The term as the posting first writes it.
    public var surface: String
    /// Section-weighted count in the posting.
    public var count: Double

    /// Creates a term.
    public init(key: String, surface: String, count: Double) {
      self.key = key
      self.surface = surface
      self.count = count
    }
  }

  /// Candidate terms, most frequent first (ties by key), at most ``candidateLimit``.
  public var terms: [Term]

  /// Creates a profile of `terms` (most frequent first).
  public init(terms: [Term]) { self.terms = terms }

  /// How many candidates a posting keeps for batch weighting.
  public static let candidateLimit = 40

  /// The candidate terms of tokenized posting sections; `excluded` holds token keys that are not
  /// keywords (the lexicon's own words, the company's name, the location).
  ///
  /// Only what the posting asks for counts (requirements, responsibilities, nice-to-haves and untitled
  /// text, not "about us" or benefits). Acronyms and mixed-case names (`HIPAA`, `SaaS`) count from their first
  /// mention, capitalised names (`Figma`) from their second; ordinary words need a section-weighted count of at least 2.5 (two mentions, one
  /// of them in the requirements, or three elsewhere).
  public init(sections: [TokenizedSection], excluded: Set<String>, weights: SectionWeights.Table) {
    self.init(sections: sections, excluded: excluded, alsoExcluded: [], weights: weights)
  }

  /// The candidate terms with keys excluded by two sets, so a large shared set (the lexicon's keys) is not
  /// copied to add a posting's own few (company, location).
  init(
    sections: [TokenizedSection], excluded: Set<String>, alsoExcluded: Set<String>, weights: SectionWeights.Table
  ) {
    // One tally per key, in the order keys are first met; spellings of one key share it.
    var tallies: [Tally] = []
    var tallyOfKey: [String: Int] = [:]
    // A word's tally (or -1, not a candidate) follows from the word: decided once per distinct word, so a
    // token is neither tested nor hashed again.
    var wordTallies = WordMemo<Int>()
    for section in sections where Self.countedKinds.contains(section.kind) {
      let weight = weights[section.kind]
      let tokens = section.text.tokens
      wordTallies.use(section.text)
      for index in tokens.indices {
        let tally = wordTallies.value(forWord: tokens[index].word) {
          let token = tokens[index]
          guard Self.isCandidate(token, excluded: excluded, alsoExcluded: alsoExcluded) else { return -1 }
          if let known = tallyOfKey[token.key] { return known }
          tallies.append(Tally(key: token.key, surface: token.surface))
          tallyOfKey[token.key] = tallies.count - 1
          return tallies.count - 1
        }
        guard tally >= 0 else { continue }
        let startsSentence = index == 0 || tokens[index - 1].sentence != tokens[index].sentence
        tallies[tally].add(tokens[index], weight: weight, startsSentence: startsSentence)
      }
    }
    terms = tallies.filter { $0.isName || $0.count >= 2.5 }
      .map { Term(key: $0.key, surface: $0.surface, count: $0.count) }
      .sorted { ($0.count, $1.key) > ($1.count, $0.key) }
      .prefix(Self.candidateLimit).map { $0 }
  }

  /// What a posting says of one candidate key.
  private struct Tally {
    /// The key.
    var key: String
    /// The term as the posting first writes it.
    var surface: String
    var count: Double = 0
    var capitalized = 0
    var isName = false

    mutating func add(_ token: Token, weight: Double, startsSentence: Bool) {
      count += weight
      if token.isAcronym || token.shape == .mixed {
        isName = true
      } else if token.shape == .capitalized && !startsSentence {
        // A capitalised word met twice is a product or technology name; once, often a person or place.
        capitalized += 1
        if capitalized >= 2 { isName = true }
      }
    }
  }

  private static func isCandidate(_ token: Token, excluded: Set<String>, alsoExcluded: Set<String>) -> Bool {
    isCandidate(token) && !excluded.contains(token.key) && !alsoExcluded.contains(token.key)
  }

  private static let countedKinds: Set<SectionKind> = [.requirements, .responsibilities, .preferred, .general]

  static func isCandidate(_ token: Token) -> Bool {
    guard !token.isStopword, !token.isNumber else { return false }
    var letters = 0
    if token.surface.utf8.allSatisfy({ $0 < 0x80 }) {
      for byte in token.surface.utf8 where (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { letters += 1 }
    } else {
      for scalar in token.surface.unicodeScalars where scalar.properties.isAlphabetic { letters += 1 }
    }
    // The cheap tests first; the generic-word lookup hashes.
    if token.isAcronym || token.shape == .mixed {
      guard letters >= 2 else { return false }
    } else {
      guard letters >= 5 && !token.key.hasSuffix("li") else { return false }
    }
    return !GenericTerms.keys.contains(token.key)
  }

  /// Every token key of every phrase of the lexicon.
  public static func lexiconKeys(_ lexicon: Lexicon) -> Set<String> {
    var keys = Set<String>()
    var words = WordTable()
    for competency in lexicon.competencies {
      for phrase in competency.phrases { keys.formUnion(Tokenizer.keys(of: phrase.text, words: &words)) }
    }
    for title in lexicon.titles { keys.formUnion(Tokenizer.keys(of: title, words: &words)) }
    return keys
  }
}
