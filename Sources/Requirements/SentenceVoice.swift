/// Whom a sentence is about: this employer's candidate, or people in the role in general.
///
/// Career articles and long job descriptions describe the role at large ("CPOs typically hold an MBA", "Most
/// product leaders have 15+ years", "A CPO is responsible for…"); what they name is not asked of the reader.
enum SentenceVoice: Sendable, Equatable {
  /// The posting speaking to its candidate, or no telling words: the cues decide.
  case direct
  /// The employer hedging its own ask ("Successful candidates typically have…", "You'll usually hold…").
  case hedgedAsk
  /// People in the role, or employers, in general ("Many CPOs hold…", "A CPO needs…").
  case general

  /// The strongest importance a requirement read from a sentence of this voice may have.
  var strongestImportance: Importance {
    switch self {
    case .direct: return .required
    case .hedgedAsk: return .preferred
    case .general: return .notRequired
    }
  }

  /// Adverbs that generalise ("typically have", "often hold").
  private static let generalisingAdverbs: WordSet = [
    "typically", "usually", "generally", "often", "frequently", "commonly", "traditionally", "normally",
    "tend", "tends", "historically", "mostly", "sometimes", "routinely",
  ]
  /// Verbs after a generalising adverb that make it describe what people have ("often have"), not where
  /// a requirement applies ("10+ years, typically in SaaS").
  private static let describingVerbs: WordSet = [
    "have", "has", "hold", "holds", "held", "come", "comes", "bring", "brings", "possess", "possesses", "earn",
    "earns", "pursue", "pursues", "seek", "seeks", "get", "gets", "obtain", "obtains", "start", "starts", "begin",
    "begins", "are", "is", "be", "need", "needs", "require", "requires", "required", "expected", "expect",
    "expects", "seen", "found", "list", "lists", "include", "includes", "combine", "combines", "look", "looks",
    "want", "wants", "ask", "asks", "rise", "rises", "move", "moves", "spend", "spent", "to", "also", "accumulate",
    "accumulated", "report", "reports", "lead", "leads", "gain", "gained",
  ]
  /// Words that address this employer's candidate.
  private static let addressWords: WordSet = [
    "you", "your", "you'll", "you've", "you're", "candidate", "candidates", "applicant", "applicants", "we",
    "we're", "we'll", "we've", "ideal", "successful", "hire",
  ]
  private static let quantifiers: WordSet = [
    "many", "most", "some", "several", "few", "every", "any", "all", "majority",
  ]
  /// Adjectives that make a singular role stand for everyone in it ("The typical CPO has…").
  private static let typicalWords: WordSet = ["typical", "average", "median", "usual", "standard"]
  /// People and organisations spoken of in general ("Many CPOs", "Most employers").
  private static let generalNouns: WordSet = [
    "cpos", "cpo", "officers", "officer", "leaders", "leader", "executives", "executive", "managers", "pms",
    "professionals", "people", "practitioners", "directors", "vps", "heads", "individuals", "founders", "folks",
    "companies", "employers", "organizations", "organisations", "firms", "startups", "businesses", "boards",
    "recruiters", "roles", "positions", "jobs", "those",
  ]
  /// Role nouns for "A CPO is…", "Chief Product Officers need…".
  private static let roleNouns: WordSet = [
    "cpo", "cpos", "officer", "officers", "leader", "leaders", "executive", "executives", "director", "directors",
    "vp", "vps", "head", "heads", "manager", "managers", "pm", "pms", "owner", "owners",
  ]
  /// What a role "is" or "does" in a description of the role at large.
  private static let roleVerbs: WordSet = [
    "is", "are", "has", "have", "hold", "holds", "need", "needs", "require", "requires", "must", "should",
    "will", "may", "can", "bring", "brings", "oversee", "oversees", "typically", "usually", "often",
    "generally", "tend", "tends", "possess", "possesses", "commonly",
  ]
  private static let clauseLeadIns: WordSet = [
    "while", "although", "though", "but", "and", "however", "whereas", ",", ":", ";",
  ]

  /// The voice of a sentence.
  static func of(_ sentence: Sentence) -> SentenceVoice {
    if isGeneralSubject(in: sentence) { return .general }
    for i in sentence.tokens.indices where sentence.isAny(i, generalisingAdverbs) {
      var verb = i + 1
      if sentence.isAny(verb, ["also", "already"]) { verb += 1 }
      guard sentence.isAny(verb, describingVerbs) else { continue }
      // "Typically requires 10+ years…" has no subject: the posting hedging its own ask.
      return i == 0 || sentence.mentions(anyOf: addressWords) ? .hedgedAsk : .general
    }
    return .direct
  }

  /// "Many CPOs…", "Most of our PMs…", "A CPO is…", "Chief Product Officers need…": a subject that stands
  /// for people in general, at the start of the sentence or of a clause.
  private static func isGeneralSubject(in sentence: Sentence) -> Bool {
    for start in sentence.tokens.indices where start == 0 || sentence.isAny(start - 1, clauseLeadIns) {
      if start > 12 { break }
      // "Most CPOs…", "The majority of CPOs…"
      let quantifier =
        sentence.isAny(start, ["the", "a"]) && sentence.isAny(start + 1, ["majority"]) ? start + 1 : start
      if sentence.isAny(quantifier, quantifiers) {
        let window = (quantifier + 1)..<Swift.min(sentence.count, quantifier + 5)
        if window.contains(where: { sentence.isAny($0, generalNouns) }) { return true }
      }
      if isGenericRole(from: start, in: sentence), !sentence.mentions(anyOf: addressWords) { return true }
    }
    return false
  }

  /// "A CPO is…", "A Chief Product Officer typically…", "CPOs hold…", "Product leaders need…", but not
  /// "A product leader with 10+ years…" (a candidate described) or "The CPO will…" (this opening).
  private static func isGenericRole(from start: Int, in sentence: Sentence) -> Bool {
    var i = start
    // "A CPO…", and "The typical CPO…", "An average product leader…": one standing for all.
    let isTypical = sentence.isAny(i, ["a", "an", "the"]) && sentence.isAny(i + 1, typicalWords)
    let isSingular = isTypical || sentence.isAny(i, ["a", "an"])
    if isSingular { i += isTypical ? 2 : 1 }
    var sawRole = false
    var steps = 0
    while i < sentence.count, steps < 6 {
      guard let token = sentence.token(i), token.kind == .word else { return false }
      if roleNouns.contains(token.text) {
        // A bare plural ("CPOs hold…") or an indefinite singular ("A CPO is…") speaks of the role at large.
        guard isSingular || token.text.hasSuffix("s") else { return false }
        sawRole = true
      } else if sawRole {
        if roleVerbs.contains(token.text) { return true }
        // "A Head of Product is…": "of" and the field may follow the role noun.
        guard token.text == "of" || token.isCapitalized || token.text == "product" else { return false }
      } else if !(token.isCapitalized || ["product", "chief", "senior", "successful", "great"].contains(token.text)) {
        return false
      }
      i += 1
      steps += 1
    }
    return false
  }
}
