/// What a heading says about the text under it.
enum SectionKind: Sendable, Equatable {
  /// No telling heading, or one about duties ("What you'll do").
  case general
  /// Requirements or qualifications ("Requirements", "What you bring", "About you").
  case required
  /// Wishes rather than demands ("Nice to have", "Preferred qualifications", "Bonus points").
  case preferred
  /// Where the work happens ("Location", "Workplace").
  case location
  /// Pay ("Compensation", "Salary").
  case compensation
  /// Benefits and perks ("Benefits", "What we offer").
  case benefits
  /// The employer rather than the role ("About us", "Who we are").
  case company
  /// The kind of role in general rather than this opening ("How to become a CPO", "Typical qualifications",
  /// "What does a CPO do?"): what it names is mentioned, never asked for.
  case roleInGeneral

  /// Whether experience, degrees, certifications and team sizes may be read from the section.
  var yieldsRequirements: Bool {
    switch self {
    case .general, .required, .preferred, .location, .roleInGeneral: true
    case .compensation, .benefits, .company: false
    }
  }

  /// The strongest importance a requirement read from the section may have.
  var strongestImportance: Importance {
    self == .roleInGeneral ? .notRequired : .required
  }

  /// The importance of a requirement in the section whose sentence says nothing about it.
  var defaultImportance: Importance {
    self == .preferred ? .preferred : .required
  }

  /// Whether money amounts in the section may be taken as pay without a salary word in the sentence.
  var impliesPay: Bool {
    self == .compensation || self == .benefits
  }

  private static let preferredPhrases: [[String]] = [
    ["nice", "to", "have"], ["nice", "to", "haves"], ["preferred"], ["preferen*"], ["bonus"], ["plus"],
    ["pluses"], ["desired"], ["desirable"], ["ideally"], ["good", "to", "have"], ["great", "to", "have"],
    ["extra", "credit"], ["even", "better"], ["stand", "out"], ["would", "be", "great"], ["would", "be", "nice"],
    ["advantage*"], ["optional"], ["nice", "if"], ["extra", "points"],
  ]
  private static let compensationPhrases: [[String]] = [
    ["compensation"], ["salary"], ["salaries"], ["pay"], ["base", "pay"], ["remuneration"], ["total", "rewards"],
    ["ote"], ["wage"], ["wages"],
  ]
  private static let benefitsPhrases: [[String]] = [
    ["benefit"], ["benefits"], ["perks"], ["perk"], ["what", "we", "offer"], ["we", "offer"], ["why", "join"],
    ["why", "you", "ll", "love"], ["what", "s", "in", "it", "for", "you"], ["what", "you", "get"],
    ["what", "you", "ll", "get"], ["our", "offer"], ["rewards"], ["why", "work"], ["life", "at"],
    ["in", "return"],
  ]
  private static let locationPhrases: [[String]] = [
    ["location"], ["locations"], ["workplace"], ["work", "arrangement"], ["working", "model"], ["work", "model"],
    ["where", "you", "ll", "work"], ["remote", "policy"], ["where"],
  ]
  private static let requiredPhrases: [[String]] = [
    ["requirement"], ["requirements"], ["qualification"], ["qualifications"], ["you", "bring"], ["you", "have"],
    ["must", "have"], ["must", "haves"], ["about", "you"], ["looking", "for"], ["who", "you", "are"],
    ["you", "are"], ["skills"], ["experience"], ["ideal", "candidate"], ["you", "ll", "need"],
    ["what", "you", "need"], ["essential"], ["minimum"], ["basic"], ["criteria"], ["profile"],
    ["your", "background"], ["what", "it", "takes"], ["you", "might", "be"],
  ]
  private static let companyPhrases: [[String]] = [
    ["about", "us"], ["about", "the", "company"], ["who", "we", "are"], ["our", "company"], ["our", "story"],
    ["our", "mission"], ["company", "overview"], ["company", "description"], ["the", "company"],
    ["about", "the", "organisation"], ["about", "the", "organization"],
  ]
  private static let roleInGeneralPhrases: [[String]] = [
    ["how", "to", "become"], ["typical"], ["typically"], ["career", "path"], ["what", "does", "a"],
    ["what", "is", "a"], ["what", "do", "cpos"], ["common"], ["commonly"], ["in", "general"],
  ]
  private static let roleWordsAfterAbout: Set<String> = ["you", "the", "this", "your", "yourself"]

  /// The phrase lists in order of precedence: "Preferred qualifications" is preferred, not required.
  private static let rules: [(kind: SectionKind, phrases: [[String]])] = [
    (.roleInGeneral, roleInGeneralPhrases), (.preferred, preferredPhrases), (.compensation, compensationPhrases), (.benefits, benefitsPhrases),
    (.location, locationPhrases), (.required, requiredPhrases), (.company, companyPhrases),
  ]

  /// Every phrase by its first word, with the precedence of its list; a first word ending in "*" is a prefix.
  private static let phrasesByFirstWord: [String: [(phrase: [String], precedence: Int)]] = {
    var table: [String: [(phrase: [String], precedence: Int)]] = [:]
    for (precedence, rule) in rules.enumerated() {
      for phrase in rule.phrases where !(phrase.first?.hasSuffix("*") ?? true) {
        table[phrase[0], default: []].append((phrase, precedence))
      }
    }
    return table
  }()

  private static let prefixes: [(prefix: String, precedence: Int)] = rules.enumerated().flatMap { precedence, rule in
    rule.phrases.compactMap { phrase in
      phrase.count == 1 && phrase[0].hasSuffix("*") ? (String(phrase[0].dropLast()), precedence) : nil
    }
  }

  /// Classifies a heading by the phrases in it.
  ///
  /// - Parameter heading: The heading as written.
  init(heading: String) {
    let words = Self.words(of: heading)
    var best = Int.max
    for (start, word) in words.enumerated() {
      for candidate in Self.phrasesByFirstWord[word] ?? [] where candidate.precedence < best {
        if Self.matches(words, candidate.phrase, at: start) { best = candidate.precedence }
      }
      for candidate in Self.prefixes where candidate.precedence < best && word.hasPrefix(candidate.prefix) {
        best = candidate.precedence
      }
    }
    if best < Self.rules.count {
      self = Self.rules[best].kind
    } else if words.first == "about", words.count > 1, !Self.roleWordsAfterAbout.contains(words[1]) {
      self = .company
    } else {
      self = .general
    }
  }

  private static func matches(_ words: [String], _ phrase: [String], at start: Int) -> Bool {
    guard start + phrase.count <= words.count else { return false }
    for (offset, word) in phrase.enumerated() where words[start + offset] != word { return false }
    return true
  }

  private static func words(of text: String) -> [String] {
    text.lowercased().unicodeScalars
      .split { !(Tokenizer.isLetter($0) || Tokenizer.isDigit($0)) }
      .map { String(String.UnicodeScalarView($0)) }
  }
}
