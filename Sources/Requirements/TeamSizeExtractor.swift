/// Finds how many people a role leads.
enum TeamSizeExtractor {
  private static let groupNouns: WordSet = [
    "team", "teams", "organisation", "organization", "org", "group", "department", "function", "division", "unit",
    "practice",
  ]
  private static let peopleNouns: WordSet = [
    "people", "person", "persons", "pms", "pm", "managers", "manager", "designers", "engineers", "reports",
    "employees", "staff", "leaders", "directors", "analysts", "owners", "members", "professionals",
    "researchers", "scientists", "ics", "fte", "ftes", "individuals", "heads", "strong", "headcount",
    "marketers", "specialists", "contributors", "developers", "writers", "strategists", "leads",
  ]
  private static let modifiers: WordSet = [
    "product", "senior", "direct", "talented", "high", "performing", "-", "cross", "functional", "full", "time",
    "global", "distributed", "world", "class", "remote", "engineering", "design", "technical", "experienced",
    "+", "individual", "people", "line", "program", "programme", "project", "data", "ux", "marketing",
    "dedicated", "growing", "total", "hybrid", "product-", "group", "principal",
  ]
  private static let qualifiers: WordSet = [
    "approximately", "about", "around", "over", "more", "than", "nearly", "almost", "up", "to", "at", "least",
    "~", "roughly", "some", "circa", "c", "+", "a", "an",
  ]
  private static let leadVerbs: WordSet = [
    "lead", "leads", "leading", "led", "manage", "manages", "managing", "managed", "oversee", "oversees",
    "overseeing", "run", "runs", "running", "build", "building", "grow", "growing", "scale", "scaling",
    "mentor", "mentoring", "coach", "coaching", "head", "heading", "direct", "directing", "responsible", "own",
    "owning", "inherit", "develop", "developing", "hire", "hiring", "supervise", "supervising", "guide",
    "guiding", "leadership", "span",
  ]
  /// Words without which a sentence states no team the role leads.
  static let topicWords = leadVerbs.union(["reports"])
  private static let joinedWords: WordSet = [
    "with", "join", "joining", "alongside", "within", "into", "among", "part", "of", "in", "inside",
  ]
  private static let skippedBeforeGroup: WordSet = ["a", "an", "the", "our", "this", "your", "its", "their"]

  /// The largest group the role leads, from "lead a team of 40", "manage 12 product managers",
  /// "an organisation of 60+" or "a 25-person team", only where a leading verb comes first.
  static func extract(from sentences: [Sentence]) -> TeamSizeRequirement? {
    var best: TeamSizeRequirement?
    for sentence in sentences where sentence.section.yieldsRequirements {
      guard sentence.mayConcern(.teamSize), sentence.hasNumber else { continue }
      for (people, start, isManagerial) in sizes(in: sentence)
      where isManagerial || hasLeadVerb(before: start, in: sentence) {
        if best.map({ people > $0.people }) ?? true {
          best = TeamSizeRequirement(people: people, evidence: sentence.evidence)
        }
      }
    }
    return best
  }

  /// Sizes with the index where their phrase starts, and whether the phrase alone says the role leads them
  /// ("8 direct reports").
  private static func sizes(in sentence: Sentence) -> [(people: Int, start: Int, isManagerial: Bool)] {
    var sizes: [(people: Int, start: Int, isManagerial: Bool)] = []
    for i in sentence.tokens.indices {
      // "team of 40", "organisation of 60+", "org of approximately 100 people"
      if sentence.isAny(i, groupNouns), sentence.text(i + 1) == "of" {
        var j = i + 2
        while sentence.isAny(j, qualifiers), sentence.number(at: j) == nil { j += 1 }
        if let (value, next) = sentence.number(at: j), isPlausible(value),
          !isMoneyOrShare(at: j, next, in: sentence)
        {
          if !sentence.isAny(
            next, ["years", "year", "countries", "markets", "products", "offices", "cities"])
          {
            let start = groupStart(i, in: sentence)
            if !isJoined(before: start, in: sentence) { sizes.append((Int(value), start, false)) }
          }
        }
      }
      // "12 product managers", "8+ direct reports", "a 25-person team", "40-strong organisation"
      if let (number, next) = sentence.number(at: i), isPlausible(number),
        !isMoneyOrShare(at: i, next, in: sentence),
        !(sentence.isAny(i - 1, ["of"]) && sentence.isAny(i - 2, groupNouns)),
        !isUpperBound(at: i, in: sentence)
      {
        var value = number
        var j = next
        if sentence.isAny(j, ["-", "to"]), let (upper, after) = sentence.number(at: j + 1) {
          // "5-7 PMs" gives the lower end; "grow from 6 to 20 PMs" gives the team to come.
          if sentence.text(i - 1) == "from" { value = upper }
          j = after
        }
        var skipped = 0
        while sentence.isAny(j, modifiers), skipped < 4 {
          j += 1
          skipped += 1
        }
        if sentence.isAny(j, peopleNouns) {
          let start = sentence.isAny(i - 1, ["a", "an"]) ? i - 1 : i
          let isManagerial = sentence.text(j) == "reports" && sentence.text(j - 1) == "direct"
          if !isJoined(before: start, in: sentence) { sizes.append((Int(value), start, isManagerial)) }
        }
      }
    }
    return sizes
  }

  /// The second number of a range ("7" in "5-7"), already read with the first.
  private static func isUpperBound(at i: Int, in sentence: Sentence) -> Bool {
    sentence.isAny(i - 1, ["-", "to"]) && sentence.token(i - 2)?.kind == .number
  }

  private static func isPlausible(_ value: Double) -> Bool {
    value >= 2 && value < 100_000 && value == value.rounded()
  }

  private static func isMoneyOrShare(at i: Int, _ next: Int, in sentence: Sentence) -> Bool {
    if let previous = sentence.token(i - 1), previous.kind == .symbol, previous.text != "-", previous.text != "(",
      previous.text != "~", previous.text != ","
    {
      return true
    }
    return sentence.isAny(next, ["%", "k", "m", "x", "million", "billion"])
  }

  private static func groupStart(_ noun: Int, in sentence: Sentence) -> Int {
    var start = noun
    while start > 0, sentence.isAny(start - 1, skippedBeforeGroup) || sentence.isAny(start - 1, modifiers) {
      start -= 1
    }
    return start
  }

  /// "join a team of 40", "work with a team of 8", "part of an org of 200": a group the role belongs to.
  private static func isJoined(before start: Int, in sentence: Sentence) -> Bool {
    var k = start - 1
    while k >= 0, sentence.isAny(k, skippedBeforeGroup) { k -= 1 }
    return sentence.isAny(k, joinedWords)
  }

  private static func hasLeadVerb(before start: Int, in sentence: Sentence) -> Bool {
    (max(0, start - 10)..<start).contains { sentence.isAny($0, leadVerbs) && !isAdjective(at: $0, in: sentence) }
  }

  /// "leading brands", "leading organisations": "leading" describing a plural noun leads nobody.
  private static func isAdjective(at i: Int, in sentence: Sentence) -> Bool {
    guard sentence.isAny(i, ["leading", "growing"]), let next = sentence.token(i + 1), next.kind == .word else {
      return false
    }
    return next.text.hasSuffix("s") && !groupNouns.contains(next.text) && !peopleNouns.contains(next.text)
  }
}
