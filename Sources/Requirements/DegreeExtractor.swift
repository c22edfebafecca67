/// Finds the academic degrees a posting asks for.
enum DegreeExtractor {
  /// One degree named in a sentence.
  private struct Mention {
    var span: Range<Int>
    var level: DegreeLevel
    var field: String?
  }

  /// Abbreviations that are degrees in any context.
  private static let clearAbbreviations: [String: DegreeLevel] = [
    "bsc": .bachelor, "bba": .bachelor, "beng": .bachelor, "btech": .bachelor, "bcom": .bachelor,
    "bsba": .bachelor, "bse": .bachelor, "msc": .master, "meng": .master, "mtech": .master, "mps": .master,
    "mfa": .master, "mba": .mba, "emba": .mba, "phd": .phd, "dphil": .phd, "doctorate": .phd, "doctoral": .phd,
    "bachelors": .bachelor, "masters": .master, "baccalaureate": .bachelor,
  ]
  /// Abbreviations that are also ordinary words or places ("MA", "MS Office"); they need a degree context.
  private static let ambiguousAbbreviations: [String: DegreeLevel] = [
    "ba": .bachelor, "bs": .bachelor, "ab": .bachelor, "be": .bachelor, "ms": .master, "ma": .master,
    "me": .master,
  ]
  /// Abbreviations that are common words when undotted ("BE", "ME"), so only "B.E.", "M.E." count.
  private static let dottedOnly: WordSet = ["be", "me", "ab"]
  private static let degreeContextWords: WordSet = [
    "degree", "degrees", "bachelor", "bachelors", "master", "masters", "mba", "phd", "doctorate", "university",
    "college", "graduate", "education", "diploma",
  ]
  private static let softwareAfterMS: WordSet = [
    "office", "excel", "word", "project", "teams", "access", "powerpoint", "outlook", "sql", "dynamics", "azure",
    "visio", "sharepoint",
  ]
  private static let degreeNouns: WordSet = ["degree", "degrees", "diploma"]
  private static let degreeOfWords: WordSet = ["science", "arts", "engineering", "business", "technology"]
  private static let masterLeadIns: WordSet = ["graduate", "postgraduate", "advanced", "post"]
  private static let notDegreeBefore: WordSet = ["some", "certain", "high", "large", "great", "varying", "what"]
  private static let fieldStops: WordSet = [
    "or", "/", ",", ";", ".", ":", "(", ")", "from", "with", "is", "are", "required", "preferred", "plus",
    "highly", "strongly", "ideally", "degree", "to", "at", "for", "that", "which", "who", "+", "as", "and",
    "preferably", "a", "an", "the", "desired", "mandatory", "will", "would", "|", "-", "equivalent", "etc",
    "eg", "ie", "such", "including",
  ]
  private static let vagueFieldStarts: WordSet = [
    "a", "an", "the", "related", "relevant", "similar", "any", "appropriate", "comparable", "other", "their",
    "your", "his", "her", "its", "our", "my", "this", "that", "one",
  ]
  private static let fieldAbbreviations: [String: String] = [
    "cs": "Computer Science", "ee": "Electrical Engineering", "ce": "Computer Engineering",
    "hci": "Human-Computer Interaction", "cse": "Computer Science and Engineering",
  ]
  /// Capitalised words before "degree" that describe the degree rather than name its field.
  private static let notFieldWords: WordSet = [
    "university", "college", "undergraduate", "graduate", "strong", "solid", "good", "formal", "technical",
    "quantitative", "advanced", "accredited", "relevant", "related", "recognised", "recognized", "completed",
  ]
  private static let equivalenceWords: WordSet = ["equivalent", "comparable", "equivalently"]
  private static let experienceWords: WordSet = ["experience", "practical", "work", "professional", "industry"]
  private static let waivingLeadIns: WordSet = ["no", "without", "regardless", "lack", "non"]

  /// Words without which a sentence names no degree.
  static let topicWords: Set<String> = Set(clearAbbreviations.keys)
    .union(ambiguousAbbreviations.keys)
    .union(["bachelor", "master", "undergraduate", "undergrad", "degree", "degrees"])

  /// The degrees of a posting: one per level, the strongest ask winning (required over preferred over
  /// mentioned), lowest level first.
  static func extract(from sentences: [Sentence]) -> [DegreeRequirement] {
    var byLevel: [DegreeLevel: DegreeRequirement] = [:]
    for (index, sentence) in sentences.enumerated()
    where sentence.section.yieldsRequirements && sentence.mayConcern(.degree) {
      let mentions = self.mentions(in: sentence)
      guard !mentions.isEmpty else { continue }
      let next = index + 1 < sentences.count ? sentences[index + 1] : nil
      let importances = ImportanceCues.resolve(mentions.map(\.span), in: sentence, next: next)
      let acceptsEquivalent = acceptsEquivalentExperience(sentence)
      for (mention, importance) in zip(mentions, importances) {
        guard let importance, !isWaived(mention, in: sentence) else { continue }
        let candidate = DegreeRequirement(
          level: mention.level, field: mention.field, importance: importance,
          acceptsEquivalentExperience: acceptsEquivalent, evidence: sentence.evidence)
        byLevel[mention.level] = merged(byLevel[mention.level], candidate)
      }
    }
    return byLevel.values.sorted { $0.level < $1.level }
  }

  /// "or equivalent experience", "or equivalent practical experience", "in lieu of a degree", or a bare
  /// "or equivalent" closing the statement.
  private static func acceptsEquivalentExperience(_ sentence: Sentence) -> Bool {
    if sentence.contains(phrase: ["in", "lieu"]) { return true }
    for i in sentence.tokens.indices where sentence.isAny(i, equivalenceWords) {
      if (i + 1..<min(i + 4, sentence.count)).contains(where: { sentence.isAny($0, experienceWords) }) {
        return true
      }
      if sentence.text(i - 1) == "or", sentence.token(i + 1).map({ $0.kind == .symbol }) ?? true { return true }
    }
    return false
  }

  private static func merged(_ current: DegreeRequirement?, _ candidate: DegreeRequirement) -> DegreeRequirement {
    guard var current else { return candidate }
    if candidate.importance.rank > current.importance.rank { return candidate }
    if current.field == nil, candidate.importance == current.importance { current.field = candidate.field }
    return current
  }

  private static func isWaived(_ mention: Mention, in sentence: Sentence) -> Bool {
    let start = mention.span.lowerBound
    return (max(0, start - 2)..<start).contains { sentence.isAny($0, waivingLeadIns) }
  }

  private static func mentions(in sentence: Sentence) -> [Mention] {
    var mentions: [Mention] = []
    var i = 0
    while i < sentence.count {
      if let (level, end) = level(at: i, in: sentence) {
        let spanEnd = extendOverDegreeWords(from: end, in: sentence)
        let field = self.field(after: spanEnd, in: sentence)
        if let last = mentions.last, last.level == level, last.span.upperBound >= i - 1 {
          // "BA/BS" names one level twice.
          mentions[mentions.count - 1].span = last.span.lowerBound..<spanEnd
          if mentions[mentions.count - 1].field == nil { mentions[mentions.count - 1].field = field }
        } else {
          mentions.append(Mention(span: i..<spanEnd, level: level, field: field))
        }
        i = spanEnd
      } else {
        i += 1
      }
    }
    if mentions.isEmpty, let plain = plainDegree(in: sentence) { mentions.append(plain) }
    shareFields(&mentions, in: sentence)
    return mentions
  }

  /// "Bachelor's or Master's degree in Computer Science": the field named after the last applies to all.
  private static func shareFields(_ mentions: inout [Mention], in sentence: Sentence) {
    guard mentions.count > 1 else { return }
    // An MBA's field is business by definition, whatever the other degree's field.
    for k in stride(from: mentions.count - 2, through: 0, by: -1)
    where mentions[k].field == nil && mentions[k].level != .mba {
      let gap = mentions[k].span.upperBound..<mentions[k + 1].span.lowerBound
      if gap.count <= 3, gap.allSatisfy({ sentence.isAny($0, ["or", "and", "/", ",", "an", "a"]) }) {
        mentions[k].field = mentions[k + 1].field
      }
    }
  }

  /// The level of a degree named at a token, and the index after its name.
  private static func level(at i: Int, in sentence: Sentence) -> (DegreeLevel, Int)? {
    guard let token = sentence.token(i), token.kind == .word else { return nil }
    let text = token.text
    if let level = clearAbbreviations[text] {
      if level == .master, text == "masters", sentence.text(i - 1) == "scrum" { return nil }
      // "Meng" is a common surname; the degree is written "MEng" or "M.Eng.".
      if text == "meng", !token.isDotted, sentence.raw(i).utf8.filter({ $0 >= 0x41 && $0 <= 0x5A }).count < 2 {
        return nil
      }
      return (level, i + 1)
    }
    switch text {
    case "bachelor":
      if sentence.text(i + 1) == "of", sentence.isAny(i + 2, degreeOfWords) { return (.bachelor, i + 3) }
      return (.bachelor, i + 1)
    case "master":
      if sentence.text(i - 1) == "scrum" { return nil }
      if sentence.matches(["master", "of", "business", "administration"], at: i) { return (.mba, i + 4) }
      if sentence.text(i + 1) == "of", sentence.isAny(i + 2, degreeOfWords) { return (.master, i + 3) }
      let next = sentence.text(i + 1)
      if token.isPossessive || next == "degree" || next == "in" || next == "or" || next == "/" {
        return (.master, i + 1)
      }
      return nil
    case "undergraduate", "undergrad":
      return sentence.isAny(i + 1, degreeNouns) ? (.bachelor, i + 1) : nil
    default:
      break
    }
    if masterLeadIns.contains(text), sentence.isAny(i + 1, degreeNouns) { return (.master, i + 1) }
    if let level = ambiguousAbbreviations[text], token.isDotted || token.isUppercase && !dottedOnly.contains(text),
      hasDegreeContext(abbreviationAt: i, in: sentence)
    {
      return (level, i + 1)
    }
    return nil
  }

  private static func hasDegreeContext(abbreviationAt i: Int, in sentence: Sentence) -> Bool {
    if sentence.isAny(i + 1, softwareAfterMS) { return false }
    let next = sentence.text(i + 1)
    if next == "in" || next == "degree" || next == "degrees" { return true }
    if sentence.text(i - 1) == "/" || next == "/" { return true }
    return sentence.mentions(anyOf: degreeContextWords)
  }

  private static func extendOverDegreeWords(from end: Int, in sentence: Sentence) -> Int {
    var j = end
    while sentence.isAny(j, degreeNouns) { j += 1 }
    return j
  }

  /// A "degree" with no level ("a university degree in Economics") counts as a bachelor's.
  private static func plainDegree(in sentence: Sentence) -> Mention? {
    for i in sentence.tokens.indices where sentence.isAny(i, ["degree"]) {
      let previous = sentence.token(i - 1)
      if previous?.kind == .number || previous?.text == "-" {
        continue  // "360-degree feedback", "low-degree polynomial", "non-degree training"
      }
      if sentence.text(i + 1) == "of" || sentence.isAny(i - 1, notDegreeBefore) { continue }
      let field = self.field(after: i + 1, in: sentence) ?? field(before: i, in: sentence)
      return Mention(span: i..<(i + 1), level: .bachelor, field: field)
    }
    return nil
  }

  /// The field of study written before "degree" ("a CS degree", "a Computer Science degree").
  private static func field(before degree: Int, in sentence: Sentence) -> String? {
    if let previous = sentence.token(degree - 1), previous.isUppercase,
      let expanded = fieldAbbreviations[previous.text]
    {
      return expanded
    }
    var start = degree
    while start > max(0, degree - 3), let token = sentence.token(start - 1), token.kind == .word,
      token.isCapitalized, !token.isUppercase, !vagueFieldStarts.contains(token.text),
      !notFieldWords.contains(token.text)
    {
      start -= 1
    }
    // A capitalised word at the very start of the sentence may be capitalised only for being first.
    guard start < degree, start > 0 || degree - start > 1 else { return nil }
    return sentence.source(fromToken: start, throughToken: degree - 1)
  }

  /// The field of study after "in" ("in Computer Science, Engineering or…" gives "Computer Science").
  private static func field(after end: Int, in sentence: Sentence) -> String? {
    guard sentence.text(end) == "in" else { return nil }
    var start = end + 1
    if sentence.isAny(start, ["both", "either"]) { start += 1 }
    guard let first = sentence.token(start), first.kind == .word, !vagueFieldStarts.contains(first.text) else {
      return nil
    }
    var j = start
    while j < sentence.count, j - start < 4 {
      guard let token = sentence.token(j), token.kind == .word || token.text == "&" else { break }
      if token.text == "and" {
        // "Business and Economics" stays one field; "Economics and 5 years…" does not.
        guard sentence.token(j + 1)?.isCapitalized == true, sentence.token(j - 1)?.isCapitalized == true else {
          break
        }
      } else if token.kind == .word && fieldStops.contains(token.text) {
        break
      }
      j += 1
    }
    guard j > start, let last = sentence.token(j - 1) else { return nil }
    if last.text == "and" || last.text == "&" { j -= 1 }
    guard j > start else { return nil }
    if j - start == 1, let expanded = fieldAbbreviations[first.text], first.isUppercase { return expanded }
    return sentence.source(fromToken: start, throughToken: j - 1)
  }
}
