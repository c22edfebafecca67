/// Decides whether each requirement mentioned in a sentence is required, preferred or only mentioned, from the
/// words around it, the sentence's voice and the section it sits in.
enum ImportanceCues {
  /// A word that tells how strongly something is asked for.
  enum Cue: Sendable, Equatable {
    /// "required", "must", "essential"…
    case required
    /// "preferred", "a plus", "nice to have", "ideally"…
    case preferred
    /// "not always required", "is common", "can bolster": mentioned, not asked for.
    case hedged
    /// "not required", "no degree needed": the requirement is waived.
    case waived
  }

  private static let preferredWords: WordSet = [
    "preferred", "preferable", "preferably", "prefer", "desirable", "desired", "ideally", "bonus", "advantage",
    "advantageous", "asset", "beneficial", "optional", "pluses", "helpful", "plus", "nice", "welcome",
    "welcomed", "extra", "good", "great", "love", "ideal", "willing", "hurt",
  ]
  private static let requiredWords: WordSet = [
    "required", "require", "requires", "requirement", "must", "mandatory", "essential", "necessary",
    "minimum", "min", "need", "needed", "needs",
  ]
  /// Words that make a negated "required" a hedge rather than a waiver ("not always required").
  private static let negationHedges: WordSet = ["always", "necessarily", "strictly", "absolutely", "usually"]
  /// Words that say how common something is among people in general ("is particularly common", "commonly held").
  private static let commonnessWords: WordSet = [
    "common", "commonly", "uncommon", "prevalent", "widespread", "popular",
  ]
  private static let wordsBeforeCommon: WordSet = [
    "is", "are", "was", "were", "be", "been", "particularly", "especially", "very", "quite", "fairly",
    "increasingly", "more", "most", "also", "remains", "remain", "become", "becoming", "relatively", "extremely",
  ]
  private static let modals: WordSet = ["can", "could", "may", "might"]
  /// Verbs that say how much something counts, before "less" ("a degree matters less to us than…").
  private static let weighingVerbs: WordSet = ["matters", "matter", "counts", "count", "weighs", "weigh"]
  /// Verbs of earning a credential after "willing to" ("…or be willing to earn one"; not "willing to travel").
  private static let earningVerbs: WordSet = [
    "earn", "obtain", "get", "pursue", "complete", "acquire", "gain", "achieve", "attain", "work",
  ]
  /// Nouns after "ideal" that name the person hired ("the ideal candidate has…").
  private static let idealNouns: WordSet = [
    "candidate", "candidates", "applicant", "applicants", "hire", "person", "profile", "fit", "background",
  ]
  /// What a credential "can" do for someone: a benefit, not an ask ("can bolster a CPO's credibility").
  private static let benefitVerbs: WordSet = [
    "bolster", "boost", "strengthen", "enhance", "help", "improve", "signal", "demonstrate", "lend", "increase",
    "open", "raise", "complement", "differentiate", "elevate", "accelerate", "add",
  ]
  private static let wordsBeforePlus: WordSet = [
    "a", "big", "huge", "definite", "major", "strong", "added", "real", "great", "is", "are", "another",
    "nice", "bonus", "considered",
  ]
  private static let negations: WordSet = ["not", "no", "never", "without"]
  private static let clauseBreaks: WordSet = [";", "|"]
  private static let clauseOpeners: WordSet = [
    "with", "and", "plus", "including", "especially", "ideally", "preferably", "bonus", "as", "where", "while",
    "typically", "usually", "often", "generally",
  ]
  private static let connectors: WordSet = [
    "or", "and", "/", ",", "a", "an", "the", "-", "(", ")", "degree", "degrees", "equivalent", "similar",
    "certification", "certifications", "certified", "other", "either", "&",
  ]

  /// The importance of each mention in a sentence, or nil for a mention the sentence waives.
  ///
  /// - Parameters:
  ///   - spans: The token ranges of the mentions, in order and not overlapping.
  ///   - sentence: The sentence holding them.
  ///   - next: The sentence after it, which may hedge the mentions by referring back ("While these
  ///     certifications are not always required, …").
  /// - Returns: One entry per span.
  static func resolve(_ spans: [Range<Int>], in sentence: Sentence, next: Sentence? = nil) -> [Importance?] {
    guard !spans.isEmpty else { return [] }
    let cues = self.cues(in: sentence)
    let fallback = sentence.section.defaultImportance
    let prefix = cues.last { $0.index < spans[0].lowerBound }?.cue
    var resolved = [Cue?](repeating: nil, count: spans.count)

    for k in spans.indices.reversed() {
      let windowEnd = k + 1 < spans.count ? spans[k + 1].lowerBound : sentence.count
      let clauseEnd = (spans[k].upperBound..<windowEnd).first { isClauseEnd(at: $0, in: sentence) } ?? windowEnd
      var cue = decide(cues.filter { $0.index >= spans[k].upperBound && $0.index < clauseEnd })
      if cue == nil, k + 1 < spans.count, isJoined(spans[k], spans[k + 1], in: sentence) {
        cue = resolved[k + 1]
      }
      if cue == nil, k > 0 {
        let gap = spans[k - 1].upperBound..<spans[k].lowerBound
        if let lastBreak = gap.last(where: { sentence.isAny($0, clauseBreaks) }) {
          cue = cues.last { $0.index > lastBreak && $0.index < spans[k].lowerBound }?.cue
        }
      }
      resolved[k] = cue ?? prefix ?? (fallback == .preferred ? .preferred : .required)
    }
    // The sentence's voice and the section cap what the words ask for: "Most CPOs must…" asks nothing of you.
    var cap = min(sentence.section.strongestImportance, SentenceVoice.of(sentence).strongestImportance)
    if let next, let referred = backReference(in: next, after: sentence) { cap = min(cap, referred) }
    return resolved.map { cue in
      let importance: Importance? =
        switch cue {
        case .required: .required
        case .preferred: .preferred
        case .hedged: .notRequired
        case .waived, nil: nil
        }
      return importance.map { min($0, cap) }
    }
  }

  private static func min(_ a: Importance, _ b: Importance) -> Importance {
    a.rank <= b.rank ? a : b
  }

  /// Where a mention's own words stop: at ";", or where a comma or bracket opens a new point ("10+ years of
  /// experience, ideally in fintech": the years are required, the fintech is not).
  private static func isClauseEnd(at i: Int, in sentence: Sentence) -> Bool {
    if sentence.isAny(i, clauseBreaks) { return true }
    guard sentence.isAny(i, [",", "("]) else { return false }
    return sentence.isAny(i + 1, clauseOpeners)
  }

  /// The first cue of a window decides, unless a preferring cue follows closely ("not required but preferred").
  private static func decide(_ cues: [(index: Int, cue: Cue)]) -> Cue? {
    guard let first = cues.first else { return nil }
    if first.cue == .preferred { return .preferred }
    if cues.contains(where: { $0.cue == .preferred && $0.index - first.index <= 5 }) { return .preferred }
    return first.cue
  }

  /// Whether two mentions are one list ("CSPO or PMP", "BA/BS"); an abbreviation in brackets between them
  /// ("Certified Scrum Product Owner (CSPO) or …") does not break it.
  private static func isJoined(_ left: Range<Int>, _ right: Range<Int>, in sentence: Sentence) -> Bool {
    var gap = Array(left.upperBound..<right.lowerBound)
    if sentence.isAny(gap.first ?? -1, ["("]), let close = gap.firstIndex(where: { sentence.isAny($0, [")"]) }),
      close <= 3
    {
      gap.removeFirst(close + 1)
    }
    return gap.count <= 4 && gap.allSatisfy { sentence.isAny($0, connectors) }
  }

  /// Words that refer back to credentials named in the sentence before ("these certifications", "such degrees").
  private static let demonstratives: WordSet = ["these", "those", "such", "this", "that", "both", "either", "they"]
  private static let credentialNouns: WordSet = [
    "certifications", "certification", "certificates", "certificate", "credentials", "credential", "degrees",
    "degree", "qualifications", "designations", "programs", "programmes", "requirements",
  ]

  /// How a sentence that refers back to the one before ("While these certifications are not always required,
  /// they can bolster a CPO's credibility") weakens that sentence's mentions; nil when it does not refer back
  /// or asks for nothing.
  private static func backReference(in next: Sentence, after sentence: Sentence) -> Importance? {
    guard next.section == sentence.section else { return nil }
    let head = 0..<Swift.min(next.count, 8)
    let refers = head.contains { i in
      guard next.isAny(i, demonstratives) else { return false }
      if next.text(i) == "they" { return true }
      return next.isAny(i + 1, credentialNouns) || next.isAny(i + 2, credentialNouns)
    }
    guard refers else { return nil }
    switch decide(cues(in: next)) {
    case .hedged, .waived: return .notRequired
    case .preferred: return .preferred
    case .required, nil: return nil
    }
  }

  /// The cues of a sentence with their token indices, in order.
  static func cues(in sentence: Sentence) -> [(index: Int, cue: Cue)] {
    var cues: [(index: Int, cue: Cue)] = []
    // Tokens are read in place and their words looked up through the document's memo.
    for i in sentence.tokens.indices where sentence.tokens[i].kind == .word {
      if sentence.isAny(i, preferredWords), isPreferring(at: i, in: sentence) {
        cues.append((i, .preferred))
      } else if sentence.isAny(i, requiredWords) || isHaveTo(at: i, in: sentence) {
        if let negation = negation(before: i, in: sentence) {
          let hedged = (negation + 1..<i).contains { sentence.isAny($0, negationHedges) }
          cues.append((i, hedged ? .hedged : .waived))
        } else {
          cues.append((i, .required))
        }
      } else if sentence.isAny(i, commonnessWords), isCommonness(at: i, in: sentence) {
        cues.append((i, .hedged))
      } else if sentence.tokens[i].text == "less",
        sentence.isAny(i - 1, weighingVerbs) || sentence.isAny(i + 1, ["important"])
      {
        // "matters less to us than…", "less important than…": mentioned, not asked for.
        cues.append((i, .hedged))
      } else if sentence.isAny(i, modals),
        sentence.isAny(i + 1, benefitVerbs)
          || sentence.isAny(i + 1, ["also", "further", "really"])
            && sentence.isAny(i + 2, benefitVerbs)
      {
        cues.append((i, .hedged))
      }
    }
    return cues
  }

  /// "is particularly common", "common among CPOs", "commonly held", "Common certifications include…", but not
  /// "common design patterns".
  private static func isCommonness(at i: Int, in sentence: Sentence) -> Bool {
    let word = sentence.tokens[i].text
    if word == "commonly" { return sentence.text(i + 1) != "used" }
    if word == "uncommon" { return sentence.isAny(i - 1, ["not"]) || sentence.text(i - 1)?.hasSuffix("n't") == true }
    if i == 0 || sentence.isAny(i - 1, wordsBeforeCommon) { return true }
    // "common among CPOs", "a common credential among CPOs"
    return sentence.isAny(i + 1, ["among", "for", "across"]) || sentence.isAny(i + 2, ["among", "across"])
  }

  private static func isPreferring(at i: Int, in sentence: Sentence) -> Bool {
    let previous = sentence.text(i - 1)
    let next = sentence.text(i + 1)
    switch sentence.tokens[i].text {
    case "plus":
      return previous.map { wordsBeforePlus.contains($0) } ?? true
        || next == nil || sentence.token(i + 1)?.kind == .symbol
    case "nice":
      return next == "to" || next == "-" || previous == "be" || previous == "is" || previous == "are"
    case "good", "great":
      return next == "to" && sentence.text(i + 2) == "have"
    case "extra":
      return next == "credit" || next == "points"
    case "advantage":
      return previous != "take" && previous != "taking" && next != "of"
    case "prefer":
      return previous == "we" || previous == "would"
    case "love":
      return previous == "we'd" || previous == "would" || previous == "i'd"
    case "ideal":
      // "The ideal candidate has…" describes a wish, not a minimum.
      return next.map { idealNouns.contains($0) } ?? false
    case "willing":
      // "…or be willing to earn one": the credential itself is not demanded.
      return next == "to" && sentence.isAny(i + 2, earningVerbs)
    case "hurt":
      // "an MBA won't hurt", "it doesn't hurt to have…"
      return negation(before: i, in: sentence) != nil
    default:
      return true
    }
  }

  /// "have to" or "has to" followed by a verb: an ask like "must" ("you have to be…"), waived when negated
  /// ("That doesn't mean you have to be a PhD").
  private static func isHaveTo(at i: Int, in sentence: Sentence) -> Bool {
    sentence.isAny(i, ["have", "has"]) && sentence.isAny(i + 1, ["to"]) && sentence.token(i + 2)?.kind == .word
  }

  /// The index of a negation among the three words before a token ("not required", "isn't needed").
  private static func negation(before i: Int, in sentence: Sentence) -> Int? {
    for j in Swift.max(0, i - 3)..<i {
      guard let word = sentence.text(j) else { continue }
      if negations.contains(word) || word.hasSuffix("n't") { return j }
    }
    return nil
  }
}
