/// Decides whether each requirement mentioned in a sentence is required or preferred, from the words around it.
enum ImportanceCues {
  /// A word that tells how strongly something is asked for.
  enum Cue: Sendable, Equatable {
    /// "required", "must", "essential"…
    case required
    /// "preferred", "a plus", "nice to have", "ideally"…
    case preferred
    /// "not required", "no degree needed": the requirement is waived.
    case waived
  }

  private static let preferredWords: Set<String> = [
    "preferred", "preferable", "preferably", "prefer", "desirable", "desired", "ideally", "bonus", "advantage",
    "advantageous", "asset", "beneficial", "optional", "pluses", "helpful", "plus", "nice", "welcome",
    "welcomed", "extra", "good", "great",
  ]
  private static let requiredWords: Set<String> = [
    "required", "require", "requires", "requirement", "must", "mandatory", "essential", "necessary",
    "minimum", "min", "need", "needed", "needs",
  ]
  private static let wordsBeforePlus: Set<String> = [
    "a", "big", "huge", "definite", "major", "strong", "added", "real", "great", "is", "are", "another",
    "nice", "bonus", "considered",
  ]
  private static let negations: Set<String> = ["not", "no", "never", "without"]
  private static let clauseBreaks: Set<String> = [";", "|"]
  private static let clauseOpeners: Set<String> = [
    "with", "and", "plus", "including", "especially", "ideally", "preferably", "bonus", "as", "where", "while",
  ]
  private static let connectors: Set<String> = [
    "or", "and", "/", ",", "a", "an", "the", "-", "(", ")", "degree", "degrees", "equivalent", "similar",
    "certification", "certifications", "certified", "other", "either", "&",
  ]

  /// The importance of each mention in a sentence, or nil for a mention the sentence waives.
  ///
  /// - Parameters:
  ///   - spans: The token ranges of the mentions, in order and not overlapping.
  ///   - sentence: The sentence holding them.
  /// - Returns: One entry per span.
  static func resolve(_ spans: [Range<Int>], in sentence: Sentence) -> [Importance?] {
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
    return resolved.map { cue in
      switch cue {
      case .required: .required
      case .preferred: .preferred
      case .waived, nil: nil
      }
    }
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

  private static func isJoined(_ left: Range<Int>, _ right: Range<Int>, in sentence: Sentence) -> Bool {
    let gap = left.upperBound..<right.lowerBound
    return gap.count <= 4 && gap.allSatisfy { sentence.isAny($0, connectors) }
  }

  /// The cues of a sentence with their token indices, in order.
  static func cues(in sentence: Sentence) -> [(index: Int, cue: Cue)] {
    var cues: [(index: Int, cue: Cue)] = []
    for (i, token) in sentence.tokens.enumerated() where token.kind == .word {
      if preferredWords.contains(token.text), isPreferring(at: i, in: sentence) {
        cues.append((i, .preferred))
      } else if requiredWords.contains(token.text) {
        cues.append((i, isNegated(at: i, in: sentence) ? .waived : .required))
      }
    }
    return cues
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
    default:
      return true
    }
  }

  private static func isNegated(at i: Int, in sentence: Sentence) -> Bool {
    for j in max(0, i - 3)..<i {
      guard let word = sentence.text(j) else { continue }
      if negations.contains(word) || word.hasSuffix("n't") { return true }
    }
    return false
  }
}
