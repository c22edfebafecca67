/// Finds the level of a role in posting text when the title does not show it.
enum SeniorityExtractor {
  private static let hiringVerbs: WordSet = ["seeking", "hiring", "recruiting"]
  private static let employerLeadIns: WordSet = ["we", "we're", "are", "is", "currently", "now", "actively"]
  private static let articles: WordSet = ["a", "an", "our", "the", "their"]
  private static let firsts: WordSet = ["first", "new", "founding", "next", "inaugural", "first-ever"]
  private static let adjectives: WordSet = [
    "experienced", "talented", "strategic", "seasoned", "passionate", "visionary", "exceptional", "driven",
    "dynamic", "proven", "motivated", "creative", "accomplished", "outstanding", "skilled",
  ]
  private static let joinVerbs: WordSet = [
    "join", "joining", "joins", "hire", "hiring", "hired", "serve", "serving", "act", "acting", "step", "come",
    "appointed", "welcome",
  ]
  private static let phraseStops: WordSet = [
    "to", "who", "that", "with", "at", "for", "reporting", "responsible", "in", "and", "you", "will", "who's",
    ",", ".", ";", ":", "(", ")", "!", "|", "based", "on", "where", "within",
  ]

  /// The level of the first role named as this one ("as our first Chief Product Officer", "we're hiring a
  /// Director of Product", "this role is a VP-level position").
  static func extract(from sentences: [Sentence]) -> Seniority? {
    for sentence in sentences where sentence.section != .benefits {
      for i in sentence.tokens.indices {
        guard let start = phraseStart(at: i, in: sentence) else { continue }
        if let level = classifyPhrase(from: start, in: sentence) { return level }
      }
    }
    return nil
  }

  /// Where a title phrase starts when the token at an index introduces the role.
  private static func phraseStart(at i: Int, in sentence: Sentence) -> Int? {
    guard let word = sentence.text(i) else { return nil }
    var j: Int
    switch word {
    case "as":
      guard let next = sentence.text(i + 1) else { return nil }
      if next == "our" {
        j = i + 2
      } else if articles.contains(next), (max(0, i - 4)..<i).contains(where: { sentence.isAny($0, joinVerbs) }) {
        j = i + 2
      } else {
        return nil
      }
    case "looking", "searching":
      guard sentence.text(i + 1) == "for", sentence.isAny(i - 1, employerLeadIns) else { return nil }
      j = i + 2
    case _ where hiringVerbs.contains(word):
      // "We're hiring a…", not "experience hiring senior PMs".
      guard sentence.isAny(i - 1, employerLeadIns) else { return nil }
      j = i + 1
    case "role", "position":
      guard sentence.text(i + 1) == "is", sentence.isAny(i - 1, ["this", "the"]) else { return nil }
      j = i + 2
      if sentence.text(j) == "for" { j += 1 }
    default:
      return nil
    }
    if sentence.isAny(j, articles) { j += 1 }
    while sentence.isAny(j, firsts) || sentence.isAny(j, adjectives) { j += 1 }
    return j
  }

  private static func classifyPhrase(from start: Int, in sentence: Sentence) -> Seniority? {
    var words: [String] = []
    var j = start
    while let word = sentence.text(j), words.count < 7,
      !phraseStops.contains(word) || (word == "," && words.count == 1)
    {
      words.append(word)
      j += 1
    }
    return words.isEmpty ? nil : SeniorityClassifier.classify(words)
  }
}
