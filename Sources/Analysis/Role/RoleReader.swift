import Foundation
import Ingest
import Requirements

/// Reads the ``RoleProfile`` of a posting (its job title) or of a resume (the titles it holds).
public struct RoleReader: Sendable {
  /// The role families.
  public let vocabulary: RoleVocabulary

  /// Creates a reader for `vocabulary`.
  public init(vocabulary: RoleVocabulary) {
    self.vocabulary = vocabulary
  }

  /// The rung of a level: intern/entry 0, individual 1, senior 2, lead/manager 3, director/head 4, VP/chief 5.
  public static func rung(_ seniority: Seniority) -> Int {
    switch seniority {
    case .intern, .entry: return 0
    case .individual: return 1
    case .senior: return 2
    case .lead, .manager: return 3
    case .director, .head: return 4
    case .vicePresident, .chief: return 5
    }
  }

  /// The role of a posting: the first of its title, JSON-LD title, headings and "we are hiring a …"
  /// sentence that reads like a job title; its level from that title, else from the years asked.
  public func posting(_ document: Document, requirements: Requirements) -> RoleProfile {
    var chosen: (title: String, match: RoleVocabulary.Match)?
    /// Takes `candidate` if it names a family; true when it is a title's head, which settles it.
    func consider(_ candidate: String) -> Bool {
      guard candidate.count <= 120, let match = vocabulary.classify(title: candidate) else { return false }
      if match.isHead {
        chosen = (candidate, match)
        return true
      }
      if chosen == nil { chosen = (candidate, match) }
      return false
    }
    // In order, stopping at the first head: the page title nearly always settles it, and the sentence
    // search is the costly one.
    search: do {
      for candidate in [document.title, document.jobPosting?.title].compactMap({ $0 }) where consider(candidate) {
        break search
      }
      for section in document.sections.prefix(12) {
        if let heading = section.heading, consider(heading) { break search }
      }
      for section in document.sections.prefix(3) {
        if let phrase = Self.hiringPhrase(in: section.text), consider(phrase) { break search }
      }
    }
    // The page's own title stays the title unless it names no family or another one than the chosen
    // title ("Roles on the Product team" over a "Product Designer" section), or is no job title where the
    // chosen one is and does not hold it ("Roles on the Engineering team" over its one "Director of
    // Engineering" section; "Senior PM at Acme" keeps its own title over a "Senior PM" heading).
    var title = chosen?.title ?? document.title
    if let own = document.title, let chosen, own != chosen.title, let match = vocabulary.classify(title: own),
      match.family == chosen.match.family,
      match.isHead || !chosen.match.isHead || own.range(of: chosen.title, options: .caseInsensitive) != nil
    {
      title = own
    }
    var rung: Int?
    var source: String?
    // The page's title may name no level where the heading that named the role does ("Roles on the
    // Engineering team" over "Director of Engineering").
    let level =
      [title, chosen?.title].compactMap { $0 }.lazy.compactMap { Seniority.classify(title: $0) }
      .first { $0 != .individual } ?? title.flatMap { Seniority.classify(title: $0) }
    if let level, level != .individual || Self.yearsInTitle(title) == nil {
      rung = Self.rung(level)
      source = "title"
    } else if let years = Self.yearsInTitle(title) {
      rung = Self.rung(forYears: years)
      source = "\(years) years in the title"
    } else if let level = requirements.seniority {
      rung = Self.rung(level)
      source = "text"
    } else if let years = requirements.experience?.minYears {
      rung = Self.rung(forYears: years)
      source = "\(years)+ years required"
    } else if title != nil {
      rung = 1
      source = "no level named"
    }
    let families = chosen.map { [RoleProfile.FamilyShare(family: $0.match.family, share: 1, title: $0.title)] } ?? []
    return RoleProfile(title: title, families: families, rung: rung, rungSource: source)
  }

  /// The role of a resume: the families of the titles held, the most recent weighing most, and of a
  /// headline near the top; the level of the most recent title that names one, else from the years.
  public func resume(_ document: Document, career: CareerHistory) -> RoleProfile {
    let roles = career.roles.enumerated().sorted {
      ($0.element.endMonth, -$0.offset) > ($1.element.endMonth, -$1.offset)
    }
    .map(\.element)
    var weights: [String: (share: Double, title: String)] = [:]
    func add(_ title: String, weight: Double, requireHead: Bool = true) {
      // A date line's "title" is sometimes a sentence of the text around it: only titles count.
      guard RoleVocabulary.isTitleShaped(title),
        let match = requireHead ? vocabulary.classifyLeadingTitle(title) : vocabulary.classify(title: title)
      else { return }
      let previous = weights[match.family]
      weights[match.family] = ((previous?.share ?? 0) + weight, previous?.title ?? title)
    }
    let headline = Self.headline(of: document, vocabulary: vocabulary)
    for (index, role) in roles.prefix(6).enumerated() {
      add(role.title, weight: [1, 0.35, 0.2, 0.15, 0.1, 0.05][index])
    }
    // The titles held decide; a headline is the person's own claim, and counts fully only without them.
    if let headline { add(headline, weight: roles.isEmpty ? 1 : 0.5) }
    var source = "titles held"
    if weights.isEmpty {
      // No title names a family (dates the parser could not pair with titles, a CV without role lines):
      // count the role phrases of two or more words the text mentions ("supported a product manager").
      source = RoleProfile.textMentions
      for mention in vocabulary.mentions(in: document.text) { add(mention, weight: 1, requireHead: false) }
    }
    let total = weights.values.reduce(0) { $0 + $1.share }
    let families = weights.map {
      RoleProfile.FamilyShare(family: $0.key, share: $0.value.share / total, title: $0.value.title)
    }
    .sorted { ($0.share, $1.family) > ($1.share, $0.family) }
    var (rung, levelSource) = Self.level(of: roles, years: career.years)
    if rung == nil, let headline, let level = Seniority.classify(title: headline) {
      rung = Self.rung(level)
      levelSource = "headline"
    }
    if rung == nil, career.years > 0 {
      rung = Self.rung(yearsOfExperience: career.years)
      levelSource = "\(CareerHistory.describe(years: career.years)) years of experience"
    }
    return RoleProfile(
      title: roles.first?.title ?? headline, families: families, rung: rung, rungSource: levelSource,
      familySource: families.isEmpty ? nil : source)
  }

  /// The rung a number of years asked for implies: up to 2 junior, 3–4 mid, 5 or more senior.
  public static func rung(forYears years: Int) -> Int {
    years >= 5 ? 2 : years >= 3 ? 1 : 0
  }

  /// The years a title states ("Product Manager (10+ Years of Experience)", "Engineer, 2 years"), if any.
  static func yearsInTitle(_ title: String?) -> Int? {
    guard let title, mayStateYears(title) else { return nil }
    let range = NSRange(title.startIndex..., in: title)
    guard let match = yearsPattern.firstMatch(in: title, range: range),
      let captured = Range(match.range(at: 1), in: title)
    else { return nil }
    return Int(title[captured])
  }

  /// False only when ``yearsPattern`` cannot match `title`: it holds neither "year" nor "yr" in any case. (Only ASCII
  /// letters fold to those letters; the first pattern a run compiles sets up ICU's shared character classes, which
  /// cost more than reading a resume, so a title without them is passed over before the pattern is compiled.)
  static func mayStateYears(_ title: String) -> Bool {
    let lowered = String(decoding: title.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    return PlainSearch.holds(lowered, "year") || PlainSearch.holds(lowered, "yr")
  }

  static let yearsPattern = try! NSRegularExpression(
    pattern: #"\b(\d{1,2})\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)\b"#, options: [.caseInsensitive])

  /// The level of a career from its employment titles, most recent first: the most recent title that names a
  /// role or a level decides ("Software Engineer" is mid however long the career). An older title decides only
  /// when the recent ones name nothing, and an early junior title never defines a long career (three years
  /// or more): then the years do.
  ///
  /// - Parameters:
  ///   - roles: The employment roles, most recent first.
  ///   - years: The years of experience they add up to.
  /// - Returns: The rung and where it was read, or nil when no title names a level.
  static func level(of roles: [CareerHistory.Role], years: Double) -> (rung: Int?, source: String?) {
    guard let index = roles.firstIndex(where: { $0.seniority != nil }), let level = roles[index].seniority else {
      return (nil, nil)
    }
    let rung = Self.rung(level)
    if index > 0, rung == 0, years >= 3 {
      return (Self.rung(yearsOfExperience: years), "\(CareerHistory.describe(years: years)) years of experience")
    }
    return (rung, index == 0 ? "current title" : "most recent title with a level")
  }

  /// The rung years of experience stand for when no title names one: under 2 years intern/junior, under 7
  /// mid, then senior.
  public static func rung(yearsOfExperience years: Double) -> Int {
    years >= 7 ? 2 : years >= 2 ? 1 : 0
  }

  /// A short line near the top of a resume that reads like a job title ("Senior Product Manager ·
  /// Developer Tools"), if any.
  static func headline(of document: Document, vocabulary: RoleVocabulary) -> String? {
    var lines: [Substring] = []
    if let title = document.title { lines.append(Substring(title)) }
    // (Split no further than the lines read: splitting a whole resume by characters cost 2 M instructions.)
    for line in document.text.split(separator: "\n", maxSplits: 10).prefix(10) { lines.append(line) }
    for line in lines {
      let text = line.trimmingCharacters(in: .whitespaces)
      guard text.count >= 3, !text.contains("@"), RoleVocabulary.isTitleShaped(text) else { continue }
      if let match = vocabulary.classify(title: text), match.isHead { return text }
    }
    return nil
  }

  /// The role in "we are looking for a Senior Backend Engineer to …" / "hiring a …" / "seeking an …".
  static func hiringPhrase(in text: String) -> String? {
    let prefix = String(text.prefix(600))
    guard mayHire(prefix) else { return nil }
    let range = NSRange(prefix.startIndex..., in: prefix)
    guard let match = hiringPattern.firstMatch(in: prefix, range: range),
      let captured = Range(match.range(at: 1), in: prefix)
    else { return nil }
    return prefix[captured].trimmingCharacters(in: .whitespaces)
  }

  /// False only when ``hiringPattern`` cannot match `text`: it holds none of the pattern's words as written, so it
  /// is passed over before the pattern is compiled.
  static func mayHire(_ text: String) -> Bool {
    ["looking for", "hiring", "seeking", "searching for", "recruiting", "in search of"].contains {
      PlainSearch.holds(text, $0)
    }
  }

  static let hiringPattern = try! NSRegularExpression(
    pattern:
      #"(?:looking for|hiring|seeking|searching for|recruiting|in search of)\s+(?:an?|our next|our first|one)\s+((?:[A-Z][\w&/+.-]*\s*){1,7}?)(?=\s+(?:to|who|with|for|that|in|at|on|and)\b|[,.;:(])"#
  )
}
