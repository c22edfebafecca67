/// Finds the professional certifications a posting asks for.
enum CertificationExtractor {
  /// One certification named in a sentence.
  private struct Mention {
    var span: Range<Int>
    var name: String
  }

  /// What must surround a spelling for it to name the certification rather than something else.
  private enum Context {
    /// Nothing: the spelling is unambiguous ("CSPO", "PMP").
    case none
    /// A certification or Scrum word anywhere in the sentence ("CSM" is also a customer success manager).
    case sentence
    /// A certification word in the same clause ("Scaled Agile" is also just the framework).
    case clause
  }

  /// A way of writing a certification: the words in order, and what must surround them.
  private struct Spelling {
    var words: [String]
    var name: String
    var context: Context = .none
  }

  private static let spellings: [Spelling] = [
    Spelling(words: ["certified", "scrum", "product", "owner"], name: "CSPO"),
    Spelling(words: ["cspo"], name: "CSPO"),
    Spelling(words: ["project", "management", "professional"], name: "PMP"),
    Spelling(words: ["pmp"], name: "PMP"),
    Spelling(words: ["pragmatic", "institute"], name: "Pragmatic Institute"),
    Spelling(words: ["pragmatic", "marketing"], name: "Pragmatic Institute", context: .sentence),
    Spelling(words: ["scaled", "agile"], name: "SAFe", context: .clause),
    Spelling(words: ["popm"], name: "SAFe"),
    Spelling(words: ["certified", "scrum", "master"], name: "CSM"),
    Spelling(words: ["certified", "scrummaster"], name: "CSM"),
    Spelling(words: ["csm"], name: "CSM", context: .sentence),
    Spelling(words: ["pmi", "-", "acp"], name: "PMI-ACP"),
    Spelling(words: ["pmi", "agile", "certified", "practitioner"], name: "PMI-ACP"),
    Spelling(words: ["acp"], name: "PMI-ACP", context: .sentence),
    Spelling(words: ["aipmm"], name: "AIPMM CPM"),
    Spelling(words: ["professional", "scrum", "product", "owner"], name: "Scrum.org PSPO"),
    Spelling(words: ["pspo"], name: "Scrum.org PSPO"),
    Spelling(words: ["professional", "scrum", "master"], name: "Scrum.org PSM"),
    Spelling(words: ["psm"], name: "Scrum.org PSM", context: .sentence),
  ]
  /// Words without which a sentence names no certification.
  static let topicWords = Set(spellings.compactMap(\.words.first)).union(["safe", "cpm", "certified"])
  private static let contextWords: WordSet = [
    "certification", "certifications", "certified", "certificate", "certificates", "credential", "credentials",
    "accreditation", "accredited", "designation", "scrum", "training", "course", "courses",
  ]
  private static let credentialWords: WordSet = [
    "certification", "certifications", "certified", "certificate", "credential", "credentials", "accreditation",
  ]
  private static let safeFollowers: WordSet = ["popm", "agilist", "spc", "po", "pm", "practitioner", "rte"]

  /// The certifications of a posting: one per name, the strongest ask winning (required over preferred over
  /// mentioned), in the order first met.
  static func extract(from sentences: [Sentence]) -> [CertificationRequirement] {
    var found: [CertificationRequirement] = []
    for (index, sentence) in sentences.enumerated() where sentence.section.yieldsRequirements {
      guard sentence.mayConcern(.certification) else { continue }
      let mentions = self.mentions(in: sentence)
      guard !mentions.isEmpty else { continue }
      let next = index + 1 < sentences.count ? sentences[index + 1] : nil
      let importances = ImportanceCues.resolve(mentions.map(\.span), in: sentence, next: next)
      for (mention, importance) in zip(mentions, importances) {
        guard let importance else { continue }
        if let index = found.firstIndex(where: { $0.name == mention.name }) {
          if importance.rank > found[index].importance.rank {
            found[index].importance = importance
            found[index].evidence = sentence.evidence
          }
        } else {
          found.append(
            CertificationRequirement(
              name: mention.name, importance: importance, evidence: sentence.evidence))
        }
      }
    }
    return found
  }

  private static func mentions(in sentence: Sentence) -> [Mention] {
    let hasContext = sentence.mentions(anyOf: contextWords)
    var mentions: [Mention] = []
    var i = 0
    while i < sentence.count {
      if let mention = mention(at: i, in: sentence, hasContext: hasContext) {
        if mentions.last?.name != mention.name || mentions.last.map({ $0.span.upperBound < i - 1 }) == true {
          mentions.append(mention)
        }
        i = mention.span.upperBound
      } else {
        i += 1
      }
    }
    return mentions
  }

  private static func mention(at i: Int, in sentence: Sentence, hasContext: Bool) -> Mention? {
    guard let token = sentence.token(i), token.kind == .word else { return nil }
    for spelling in spellings where spelling.words[0] == token.text && sentence.matches(spelling.words, at: i) {
      switch spelling.context {
      case .none: break
      case .sentence: if !hasContext { continue }
      case .clause: if !isCredential(after: i + spelling.words.count - 1, in: sentence) { continue }
      }
      if spelling.name == "PMI-ACP", spelling.words == ["acp"], sentence.text(i - 2) == "pmi" { continue }
      return Mention(span: i..<(i + spelling.words.count), name: spelling.name)
    }
    // "SAFe" is only the framework when written with its own casing; "safe" is an ordinary word.
    if token.text == "safe" {
      let raw = sentence.raw(i)
      let isFramework = raw == "SAFe" || raw == "SAFE" && sentence.tokens.contains { !$0.isUppercase }
      // "Working knowledge of SAFe" is the framework; "SAFe POPM certification" is the credential.
      if isFramework, sentence.isAny(i + 1, safeFollowers) || isCredential(after: i, in: sentence) {
        return Mention(span: i..<(i + 1), name: "SAFe")
      }
    }
    // "CPM" is also cost per mille; "Certified Product Manager" is AIPMM's only when capitalised.
    if token.text == "cpm", token.isUppercase, sentence.mentions(anyOf: ["aipmm"]) || hasContext {
      return Mention(span: i..<(i + 1), name: "AIPMM CPM")
    }
    if token.text == "certified", sentence.matches(["certified", "product", "manager"], at: i),
      sentence.token(i + 1)?.isCapitalized == true, sentence.token(i + 2)?.isCapitalized == true
    {
      return Mention(span: i..<(i + 3), name: "AIPMM CPM")
    }
    return nil
  }

  /// Whether a word of certification follows within the same clause ("SAFe Product Owner/Product Manager
  /// certification"), or "certified" comes right before.
  private static func isCredential(after i: Int, in sentence: Sentence) -> Bool {
    if sentence.isAny(i - 1, credentialWords) { return true }
    var j = i + 1
    while j < min(i + 8, sentence.count), !sentence.isAny(j, [";", "|"]) {
      if sentence.isAny(j, credentialWords) { return true }
      j += 1
    }
    return false
  }
}
