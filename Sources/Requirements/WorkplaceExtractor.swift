/// Finds where the work of a role is done.
enum WorkplaceExtractor {
  /// One statement of a work arrangement, with how sure it is to be about this role.
  private struct Mention {
    var arrangement: WorkArrangement
    var officeDays: Int?
    var score: Int
    var index: Int
  }

  private static let wordsAfterRemote: WordSet = [
    "first", "friendly", "role", "position", "job", "opportunity", "work", "working", "option", "options",
    "eligible", "ok", "okay", "within", "in", "from", "across", "anywhere", "us", "usa", "uk", "eu", "only",
    "based", "basis", "or", "possible", "available", "contract", "setup", "europe", "emea", "apac", "canada",
    "india", "latam", "americas", "global", "worldwide", "optional", "policy", "company", "organisation",
    "organization", "team", "culture", "environment",
  ]
  private static let wordsBeforeRemote: WordSet = [
    "fully", "completely", "entirely", "is", "be", "are", "work", "working", "role", "position", "job",
    "location", "remain", "stay", "100", "or", "primarily", "mostly", "also",
  ]
  private static let wordsAfterArrangement: WordSet = [
    "role", "roles", "position", "positions", "job", "jobs", "work", "working", "schedule", "model", "arrangement",
    "setup", "policy", "basis", "presence", "attendance", "only", "in", "at", "from", "with", "near", "within",
    "opportunity", "environment", "days", "day", "office", "based", "or", "and", "flexibility", "option",
    "options", "company", "team", "culture", "requirement", "expectation",
  ]
  /// Nouns that make "hybrid" or "on-site" something other than a way of working.
  private static let notArrangements: WordSet = [
    "cloud", "clouds", "infrastructure", "app", "apps", "mobile", "vehicle", "vehicles", "car", "cars", "saas",
    "integration", "integrations", "solution", "solutions", "architecture", "architectures", "search", "learning",
    "training", "quantum", "engine", "engines", "deployment", "deployments", "evidence", "approach", "events",
  ]
  private static let wordsBeforeArrangement: WordSet = [
    "is", "be", "are", "fully", "role", "position", "job", "work", "working", "completely", "entirely", "primarily",
    "mostly", "location", "remain", "and", "or",
  ]
  private static let wordsBeforeRemotely: WordSet = [
    "work", "working", "works", "worked", "operate", "operating", "based", "perform", "performed", "done", "be",
    "fully", "entirely", "completely", "can", "job", "role", "position", "collaborate", "collaborating",
  ]
  private static let wordsAfterRemotely: WordSet = ["from", "within", "in", "anywhere", "across"]
  private static let officeWords: WordSet = [
    "office", "offices", "onsite", "site", "person", "hq", "headquarters", "studio",
  ]
  private static let roleWords: WordSet = [
    "role", "position", "job", "opportunity", "you", "you'll", "your", "you're", "candidate", "hire",
  ]
  private static let companyWords: WordSet = [
    "we", "we're", "we've", "our", "company", "companies", "culture", "teams", "many", "most", "some", "policy",
    "everyone", "employees", "organisation", "organization", "team",
  ]
  private static let locationLeadIns: WordSet = [
    "location", "locations", "workplace", "arrangement", "model", "type", "based", "where",
  ]
  private static let clauseBreaks: WordSet = [",", ";", "but", "however", "while", "whereas", "although", "|"]
  private static let negations: WordSet = ["not", "no", "non", "never"]
  /// Words without which a sentence states no arrangement.
  static let topicWords: WordSet = [
    "remote", "remotely", "wfh", "hybrid", "onsite", "site", "office", "person", "day", "days", "home", "anywhere",
  ]
  private static let homePerks: WordSet = [
    "stipend", "allowance", "budget", "equipment", "setup", "days", "day", "fridays", "kit",
  ]

  /// The most specific statement about the role's arrangement: explicit office days beat a bare word, a
  /// statement about "this role" beats one about the company, and the earliest wins a tie.
  static func extract(from sentences: [Sentence], title: Sentence?) -> Workplace? {
    var best: (mention: Mention, evidence: String)?
    var hybridDays: (days: Int, score: Int)?
    var order = 0
    func read(_ sentence: Sentence, isTitle: Bool) {
      for var mention in mentions(in: sentence) {
        if isTitle || sentence.section == .location { mention.score += 2 }
        mention.index = order
        order += 1
        if best.map({ mention.score > $0.mention.score }) ?? true {
          best = (mention, sentence.evidence)
        }
        if mention.arrangement == .hybrid, let days = mention.officeDays,
          hybridDays.map({ mention.score > $0.score }) ?? true
        {
          hybridDays = (days, mention.score)
        }
      }
    }
    // The title first, then the sentences, in place (an array of them all would copy each).
    if let title { read(title, isTitle: true) }
    for sentence in sentences { read(sentence, isTitle: false) }
    guard let best else { return nil }
    // "Head of Product (Hybrid)" in the title, "2 days a week in the office" below: both describe the role.
    let days = best.mention.officeDays ?? (best.mention.arrangement == .hybrid ? hybridDays?.days : nil)
    return Workplace(arrangement: best.mention.arrangement, officeDaysPerWeek: days, evidence: best.evidence)
  }

  private static func mentions(in sentence: Sentence) -> [Mention] {
    guard sentence.mayConcern(.workplace) else { return [] }
    var found: [(arrangement: WorkArrangement, officeDays: Int?, base: Int, index: Int)] = []
    for (i, token) in sentence.tokens.enumerated() where token.kind == .word {
      switch token.text {
      case "remote", "remotely":
        let isWorkplace =
          token.text == "remotely"
          ? sentence.isAny(i - 1, wordsBeforeRemotely) || sentence.isAny(i + 1, wordsAfterRemotely)
          : isWorkplaceRemote(at: i, in: sentence)
        guard isWorkplace else { continue }
        // "not remote", "non-remote", "Remote: No"
        let answeredNo = sentence.isAny(i + 1, [":", "-"]) && sentence.isAny(i + 2, ["no", "not"])
        if isNegated(at: i, in: sentence) || answeredNo {
          found.append((.onSite, nil, 2, i))
        } else {
          let emphatic =
            sentence.isAny(i - 1, ["fully", "completely", "entirely", "100"])
            || sentence.text(i - 1) == "%"
          found.append((.remote, nil, emphatic ? 2 : 1, i))
        }
      case "wfh":
        found.append((.remote, nil, 1, i))
      case "work"
      where sentence.matches(["work", "from", "home"], at: i)
        || sentence.matches(["work", "from", "anywhere"], at: i):
        // A "work from home stipend" or "work from home days" is a perk, not the arrangement.
        guard !sentence.isAny(i + 3, homePerks) else { continue }
        found.append((.remote, nil, 1, i))
      case "hybrid":
        guard isOfficeStatement(at: i, after: i + 1, in: sentence) else { continue }
        found.append((.hybrid, nil, 1, i))
      case "days", "day":
        if let days = officeDays(at: i, in: sentence) {
          found.append((days >= 5 ? .onSite : .hybrid, days, 3, i))
        }
      case "onsite" where isOfficeStatement(at: i, after: i + 1, in: sentence):
        found.append((.onSite, nil, 1, i))
      case "on"
      where sentence.matches(["on", "-", "site"], at: i) && isOfficeStatement(at: i, after: i + 3, in: sentence)
        || sentence.matches(["on", "site"], at: i) && isOfficeStatement(at: i, after: i + 2, in: sentence):
        found.append((.onSite, nil, 1, i))
      case "in"
      where (sentence.matches(["in", "-", "office"], at: i) || sentence.matches(["in", "-", "person"], at: i))
        && isOfficeStatement(at: i, after: i + 3, in: sentence)
        || sentence.matches(["in", "office"], at: i) && isOfficeStatement(at: i, after: i + 2, in: sentence):
        found.append((.onSite, nil, 1, i))
      case "office"
      where sentence.matches(["office", "-", "based"], at: i)
        || sentence.matches(["office", "based"], at: i):
        found.append((.onSite, nil, 1, i))
      default:
        continue
      }
    }
    // Days in office already say hybrid or on-site; the bare "in office" beside them adds nothing.
    if found.contains(where: { $0.officeDays != nil }) {
      found.removeAll { $0.officeDays == nil && $0.arrangement == .onSite }
    }
    let isShort = sentence.tokens.filter { $0.kind == .word }.count <= 5
    let isLocationLine = sentence.isAny(0, locationLeadIns) || sentence.isAny(1, locationLeadIns)
    let hybridDays = found.first { $0.arrangement == .hybrid && $0.officeDays != nil }?.officeDays
    return found.map { entry in
      var score = entry.base
      let clause = self.clause(around: entry.index, in: sentence)
      if clause.contains(where: { sentence.isAny($0, roleWords) }) {
        score += 2
      } else if entry.officeDays == nil, clause.contains(where: { sentence.isAny($0, companyWords) }) {
        score -= 1
      }
      if isShort || isLocationLine { score += 2 }
      let days = entry.officeDays ?? (entry.arrangement == .hybrid ? hybridDays : nil)
      return Mention(arrangement: entry.arrangement, officeDays: days, score: score, index: entry.index)
    }
  }

  /// "hybrid", "on-site", "in-office" or "in-person" as the way the role works ("a hybrid role", "on-site in
  /// Austin", "Onsite 5 days a week"), not "hybrid cloud", "on-site training" or "in-person sessions".
  private static func isOfficeStatement(at start: Int, after end: Int, in sentence: Sentence) -> Bool {
    guard let next = sentence.token(end) else { return true }
    if next.kind != .word { return next.text != "-" || !sentence.isAny(end + 1, notArrangements) }
    if notArrangements.contains(next.text) { return false }
    return wordsAfterArrangement.contains(next.text) || sentence.isAny(start - 1, wordsBeforeArrangement)
  }

  /// "remote" as a way of working, not "remote control" or "remote teams".
  private static func isWorkplaceRemote(at i: Int, in sentence: Sentence) -> Bool {
    guard let next = sentence.token(i + 1) else { return true }
    if next.kind == .symbol {
      // "remote-first", "remote-friendly", but not "remote-controlled".
      if next.text == "-" {
        return sentence.isAny(i + 2, ["first", "friendly", "only", "based", "eligible", "ok"])
      }
      return true
    }
    if wordsAfterRemote.contains(next.text) {
      // "remote teams" and "remote team members" are about colleagues, unless the company is remote.
      if next.text == "team" || next.text == "teams" { return false }
      return true
    }
    return sentence.isAny(i - 1, wordsBeforeRemote)
  }

  private static func isNegated(at i: Int, in sentence: Sentence) -> Bool {
    for j in max(0, i - 3)..<i {
      guard let word = sentence.text(j) else { continue }
      if negations.contains(word) || word.hasSuffix("n't") { return true }
    }
    return false
  }

  /// Days a week in the office: "3 days a week in office", "in the office three days per week", "2 days onsite".
  private static func officeDays(at i: Int, in sentence: Sentence) -> Int? {
    guard let (value, next) = rangeLowerBound(before: i, in: sentence) ?? sentence.number(at: i - 1), next == i,
      value >= 1, value <= 5
    else { return nil }
    let window = max(0, i - 7)..<min(sentence.count, i + 7)
    let nearOffice = window.contains { sentence.isAny($0, officeWords) }
    if nearOffice { return Int(value) }
    // "2 days remote" leaves the rest of the week in the office.
    if sentence.isAny(i + 1, ["remote", "remotely", "from"]), sentence.text(i + 2) != "office" {
      return max(1, 5 - Int(value))
    }
    return nil
  }

  /// "2-3 days" gives 2 for the lower end.
  private static func rangeLowerBound(before i: Int, in sentence: Sentence) -> (value: Double, next: Int)? {
    guard sentence.isAny(i - 2, ["-", "to", "or"]), let (lower, _) = sentence.number(at: i - 3),
      sentence.number(at: i - 1) != nil
    else { return nil }
    return (lower, i)
  }

  private static func clause(around i: Int, in sentence: Sentence) -> Range<Int> {
    var start = i
    while start > 0, !sentence.isAny(start - 1, clauseBreaks) { start -= 1 }
    var end = i + 1
    while end < sentence.count, !sentence.isAny(end, clauseBreaks) { end += 1 }
    return start..<end
  }
}
