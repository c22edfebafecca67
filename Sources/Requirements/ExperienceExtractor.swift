/// Finds the years of experience a posting asks for.
enum ExperienceExtractor {
  /// One statement of years in a sentence.
  private struct Mention {
    var span: Range<Int>
    var minYears: Double
    var maxYears: Double?
  }

  private static let yearUnits: WordSet = ["years", "year", "yrs", "yr", "y"]
  private static let decadeUnits: WordSet = ["decade", "decades"]
  /// Words without which a sentence states no years.
  static let topicWords = yearUnits.union(decadeUnits)
  private static let rangeSeparators: WordSet = ["-", "to", "~"]
  private static let excludedBefore: WordSet = [
    "within", "after", "next", "past", "last", "first", "every", "since", "age", "aged", "ages", "following",
    "coming", "initial",
  ]
  private static let excludedAfter: WordSet = [
    "ago", "old", "history", "anniversary", "running", "row", "later", "from", "time", "warranty", "contract",
    "runway", "vesting", "cliff", "degree", "degrees", "program", "programme", "plan", "roadmap", "horizon",
    "term", "business", "existence", "young", "journey", "innovation", "excellence", "heritage", "legacy",
    "growth", "success", "partnership", "olds", "guarantee", "commitment", "older", "age", "since",
  ]
  private static let hyphenatedNouns: WordSet = ["experience", "track", "background", "career", "tenure"]
  private static let companyHistoryWords: WordSet = ["founded", "established", "anniversary"]
  /// Words of a narrator other than the candidate: the company ("we", "our") or a writer ("I", "my").
  private static let narrators: WordSet = [
    "we", "we're", "we've", "our", "us", "ours", "i", "i've", "i'm", "my", "me",
  ]
  /// Words that turn a sentence towards the candidate ("you", "we're looking for someone with…").
  private static let candidateWords: WordSet = [
    "you", "your", "you've", "you're", "you'll", "candidate", "candidates", "applicant", "applicants",
    "looking", "seeking", "someone", "require", "requires", "required", "need", "needs", "want", "hiring",
    "ideal", "ideally", "person", "leader", "minimum", "must", "preferred",
  ]
  private static let orMore: WordSet = ["more", "longer", "greater", "above"]

  /// The experience requirement of a posting: the largest minimum among required statements, else among
  /// preferred ones, else among those only mentioned.
  static func extract(from sentences: [Sentence]) -> ExperienceRequirement? {
    var best: ExperienceRequirement?
    for (index, sentence) in sentences.enumerated() where sentence.section.yieldsRequirements {
      guard sentence.mayConcern(.experience) else { continue }
      if isAboutCompany(sentence) { continue }
      let mentions = self.mentions(in: sentence)
      guard !mentions.isEmpty else { continue }
      let next = index + 1 < sentences.count ? sentences[index + 1] : nil
      let importances = ImportanceCues.resolve(mentions.map(\.span), in: sentence, next: next)
      for (mention, importance) in zip(mentions, importances) {
        guard let importance else { continue }
        let candidate = ExperienceRequirement(
          minYears: Int(mention.minYears), maxYears: mention.maxYears.map { Int($0) },
          importance: importance, evidence: sentence.evidence)
        if isBetter(candidate, than: best) { best = candidate }
      }
    }
    return best
  }

  private static func isBetter(_ candidate: ExperienceRequirement, than current: ExperienceRequirement?) -> Bool {
    guard let current else { return true }
    if candidate.importance != current.importance { return candidate.importance.rank > current.importance.rank }
    return candidate.minYears > current.minYears
  }

  /// Company-history sentences ("founded 25 years ago", "we've been building for 15 years") state no requirement.
  private static func isAboutCompany(_ sentence: Sentence) -> Bool {
    if sentence.mentions(anyOf: companyHistoryWords) { return true }
    return sentence.mentions(anyOf: narrators) && !sentence.mentions(anyOf: candidateWords)
  }

  private static func mentions(in sentence: Sentence) -> [Mention] {
    var mentions: [Mention] = []
    var i = 0
    while i < sentence.count {
      if let mention = mention(at: i, in: sentence) {
        mentions.append(mention)
        i = mention.span.upperBound
      } else {
        i += 1
      }
    }
    return mentions
  }

  /// Reads "10+ years", "7–10 years", "at least ten years", "a decade", "15 years or more" starting at a token.
  private static func mention(at start: Int, in sentence: Sentence) -> Mention? {
    var minYears: Double
    var maxYears: Double?
    var j: Int
    var isHyphenated = false

    if sentence.isAny(start, ["a", "one"]), sentence.text(start + 1) == "decade", sentence.text(start + 2) != "-" {
      minYears = 10
      j = start + 2
    } else if let (value, next) = sentence.number(at: start) {
      minYears = value
      j = next
      if sentence.text(j) == "+" { j += 1 }
      if sentence.isAny(j, rangeSeparators), let (upper, after) = sentence.number(at: j + 1), upper > value {
        maxYears = upper
        j = after
        if sentence.text(j) == "+" { j += 1 }
      }
      if sentence.text(j) == "or", sentence.isAny(j + 1, orMore) { j += 2 }
      if sentence.text(j) == ")" { j += 1 }
      if sentence.text(j) == "-" {
        isHyphenated = true
        j += 1
      }
      if sentence.isAny(j, decadeUnits) {
        minYears *= 10
        maxYears = maxYears.map { $0 * 10 }
        j += 1
      } else if sentence.isAny(j, yearUnits) {
        j += 1
      } else {
        return nil
      }
    } else {
      return nil
    }
    guard minYears > 0, minYears < 60 else { return nil }
    if sentence.text(j) == "+" { j += 1 }
    if sentence.text(j) == "or", sentence.isAny(j + 1, orMore) { j += 2 }

    if isExcludedBefore(start, in: sentence) { return nil }
    // "For nearly thirty years, Acme has…", "monitored for two years": a span of time, not a requirement,
    // unless the sentence speaks to the candidate ("you have led teams for 5 years").
    if (max(0, start - 3)..<start).contains(where: { sentence.text($0) == "for" }),
      !sentence.mentions(anyOf: candidateWords)
    {
      return nil
    }
    for k in j..<min(j + 3, sentence.count) where sentence.isAny(k, excludedAfter) { return nil }
    if isHyphenated, !(j..<min(j + 3, sentence.count)).contains(where: { sentence.isAny($0, hyphenatedNouns) }) {
      return nil
    }
    return Mention(span: start..<j, minYears: minYears, maxYears: maxYears)
  }

  private static func isExcludedBefore(_ start: Int, in sentence: Sentence) -> Bool {
    // "in 2 years", "in the next 3 years", but not "experience in 5+ years" (never written that way).
    if sentence.text(start - 1) == "in" { return true }
    for k in max(0, start - 3)..<start where sentence.isAny(k, excludedBefore) { return true }
    return false
  }
}
