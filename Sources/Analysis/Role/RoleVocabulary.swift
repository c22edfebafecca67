import Foundation

/// Role families (product, software engineering, design, sales…) and the title phrases that name them,
/// loaded from `Lexicons/roles.yaml`: which line of work a job title is about.
public struct RoleVocabulary: Sendable, Equatable {
  /// One family of roles.
  public struct Family: Sendable, Equatable {
    /// Stable id (`product`, `software-engineering`).
    public var id: String
    /// Display name.
    public var name: String
    /// Title phrases as lowercased words.
    public var phrases: [[String]]
    /// The family's general phrases ("engineer", "engineering manager"): a head that names only the kind
    /// of work, which a field of ``specialisedBy`` elsewhere in the title narrows.
    public var general: Set<String>
    /// The families that narrow a general head of this one ("Engineering Manager, Machine Learning" is a
    /// data and machine learning role).
    public var specialisedBy: [String]

    /// Creates a family.
    public init(
      id: String, name: String, phrases: [[String]], general: Set<String> = [], specialisedBy: [String] = []
    ) {
      self.id = id
      self.name = name
      self.phrases = phrases
      self.general = general
      self.specialisedBy = specialisedBy
    }
  }

  /// What a title says: the family, and the phrase that said it.
  public struct Match: Sendable, Equatable {
    /// The family's id.
    public var family: String
    /// The words that named it ("product designer").
    public var phrase: String
    /// Whether the phrase is the title's head: only level words, grades or numbers follow it
    /// ("Product Manager GS15"), not other nouns ("Roles on the Product team").
    public var isHead: Bool
  }

  /// Words that give a title's level or grade, or name the person holding a field ("Partnerships Advisor",
  /// "Security Consultant"), not its field; they may follow the head noun.
  static let levelWords: Set<String> = [
    "senior", "sr", "junior", "jr", "lead", "leader", "principal", "staff", "manager", "director", "head", "chief",
    "officer", "vp", "svp", "evp", "president", "supervisor", "supervisory", "intern", "associate", "assistant",
    "specialist", "i", "ii", "iii", "iv", "v", "level", "remote", "hybrid", "contract", "temporary",
    "temp", "fellow", "co", "op", "advisor", "adviser", "consultant", "coordinator", "strategist",
    "representative", "administrator",
  ]

  /// The families, in file order.
  public let families: [Family]
  /// Phrase (words joined by spaces) → family index.
  private let phraseFamily: [String: Int]
  /// Family id → index.
  private let familyIndex: [String: Int]
  /// The longest phrase, in words.
  private let longest: Int

  /// A vocabulary that knows no family: every title is unclassified.
  public static let empty = RoleVocabulary(families: [])

  /// Creates a vocabulary; a phrase listed under two families keeps the first.
  public init(families: [Family]) {
    self.families = families
    var table: [String: Int] = [:]
    var longest = 1
    for (index, family) in families.enumerated() {
      for phrase in family.phrases where !phrase.isEmpty {
        let key = phrase.joined(separator: " ")
        if table[key] == nil { table[key] = index }
        longest = max(longest, phrase.count)
      }
    }
    phraseFamily = table
    familyIndex = Dictionary(families.enumerated().map { ($1.id, $0) }) { first, _ in first }
    self.longest = longest
  }

  /// The display name of family `id`, or `id` itself.
  public func name(of id: String) -> String {
    families.first { $0.id == id }?.name ?? id
  }

  /// The family a job title names, or nil when it names none.
  ///
  /// The title is cut into parts at `:`, ` - `, `|`, `,`, `/` and dashes; the first part naming a family
  /// wins. Inside a part, "X of Y" is read as Y; the phrase ending last wins (English titles end in
  /// their head noun), the longer of two ending together. Parenthesised text is read only when the rest
  /// names nothing.
  public func classify(title: String) -> Match? {
    let (outside, inside) = Self.splitParentheses(title)
    return classifyParts(outside) ?? classifyParts(inside)
  }

  private func classifyParts(_ text: String) -> Match? {
    // The first part whose family phrase is its head wins ("Data & Analytics Portfolio: Product Manager"
    // is a product role); without one, the first part naming a family.
    var first: Match?
    var head: (match: Match, part: Int)?
    let parts = Self.parts(of: text).map(Self.words)
    for (index, words) in parts.enumerated() {
      var match: Match?
      if let ofIndex = words.lastIndex(of: "of"), ofIndex + 1 < words.count {
        match = bestMatch(Array(words[(ofIndex + 1)...]))
      }
      if match == nil { match = bestMatch(words) }
      guard let match else { continue }
      if match.isHead {
        head = (match, index)
        break
      }
      if first == nil { first = match }
    }
    guard let head else { return first }
    return narrowed(head.match, parts: parts, headPart: head.part) ?? head.match
  }

  /// A general head narrowed by a field named elsewhere in the title: in the words before the head
  /// phrase ("ML Engineering Manager") or in another part ("Engineering Manager, Machine Learning",
  /// "Tech Lead / AI / ML Architect").
  private func narrowed(_ head: Match, parts: [[String]], headPart: Int) -> Match? {
    guard let familyIndex = familyIndex[head.family], families[familyIndex].general.contains(head.phrase) else {
      return nil
    }
    let fields = Set(families[familyIndex].specialisedBy)
    guard !fields.isEmpty else { return nil }
    let phrase = head.phrase.split(separator: " ").map(String.init)
    for (index, words) in parts.enumerated() {
      // In the head's own part, only the words before the head phrase qualify it.
      var scope = words
      if index == headPart {
        // The last place the head phrase stands (a plural, "engineers", matches it too).
        let end = stride(from: words.count - phrase.count, through: 0, by: -1).first {
          words[$0..<($0 + phrase.count)].joined(separator: " ").hasPrefix(head.phrase)
        }
        scope = Array(words.prefix(end ?? 0))
      }
      guard !scope.isEmpty else { continue }
      for start in scope.indices {
        var candidate = ""
        for length in 1...min(longest, scope.count - start) {
          candidate = length == 1 ? scope[start] : candidate + " " + scope[start + length - 1]
          guard let family = phraseFamily[candidate], fields.contains(families[family].id) else { continue }
          return Match(family: families[family].id, phrase: candidate, isHead: head.isHead)
        }
      }
    }
    return nil
  }

  private func bestMatch(_ words: [String]) -> Match? {
    guard let (end, family, phrase) = longestLast(words) else { return nil }
    let isHead = Self.isLevelTail(words[end...])
    return Match(family: families[family].id, phrase: phrase, isHead: isHead)
  }

  /// Whether the words after a family phrase leave it the head: level words, grades and numbers
  /// ("Manager GS15", "Team Lead"), or "and …" ending in one ("Product and Technology Officer").
  static func isLevelTail(_ tail: ArraySlice<String>) -> Bool {
    func isLevel(_ word: String) -> Bool { levelWords.contains(word) || word.contains(where: \.isNumber) }
    var words = tail
    if words.first == "and", let last = words.last, isLevel(last) { return true }
    while let word = words.first {
      words = words.dropFirst()
      if word == "team", let next = words.first, isLevel(next) { continue }
      if !isLevel(word) { return false }
    }
    return true
  }

  private func longestLast(_ words: [String]) -> (end: Int, family: Int, phrase: String)? {
    var best: (end: Int, length: Int, family: Int, phrase: String)?
    for start in words.indices {
      var candidate = ""
      for length in 1...min(longest, words.count - start) {
        let word = words[start + length - 1]
        candidate = length == 1 ? word : candidate + " " + word
        var family = phraseFamily[candidate]
        if family == nil, word.count > 3, word.hasSuffix("s") {
          family = phraseFamily[String(candidate.dropLast())]
        }
        guard let family else { continue }
        let end = start + length
        if let current = best, end < current.end || (end == current.end && length <= current.length) { continue }
        best = (end, length, family, candidate)
      }
    }
    return best.map { ($0.end, $0.family, $0.phrase) }
  }

  /// Whether a line is shaped like a job title rather than a sentence: at most 90 characters and 12
  /// words, not ending in a full stop.
  public static func isTitleShaped(_ line: String) -> Bool {
    line.count <= 90 && !line.hasSuffix(".") && line.split(separator: " ").count <= 12
  }

  /// The family of a title line whose title may run into the employer's name, as plain-text resumes
  /// join them ("Product Operations Co-op Fernhollow Apps"): the whole line if the family phrase is its
  /// head, else the longest run of leading words that ends in one.
  public func classifyLeadingTitle(_ line: String) -> Match? {
    if let match = classify(title: line), match.isHead { return match }
    let words = line.split(separator: " ")
    guard words.count > 1 else { return nil }
    for count in stride(from: words.count - 1, through: 1, by: -1) {
      if let match = classify(title: words.prefix(count).joined(separator: " ")), match.isHead { return match }
    }
    return nil
  }

  /// The role phrases of two or more words that a text mentions, each occurrence once, in order
  /// ("product manager" in "supported a product manager"); at most `limit`.
  public func mentions(in text: String, limit: Int = 40) -> [String] {
    let words = Self.words(String(text.prefix(20_000)))
    var found: [String] = []
    var start = 0
    while start < words.count && found.count < limit {
      var matched = 0
      var candidate = words[start]
      let maxLength = min(longest, words.count - start)
      if maxLength >= 2 {
        for length in 2...maxLength {
          candidate += " " + words[start + length - 1]
          if phraseFamily[candidate] != nil { matched = length }
        }
      }
      if matched > 0 {
        found.append(words[start..<(start + matched)].joined(separator: " "))
        start += matched
      } else {
        start += 1
      }
    }
    return found
  }

  /// Lowercased words: letters, digits, `&`, `+`, `#` runs; a lone `&` is dropped.
  public static func words(_ text: String) -> [String] {
    asciiWords(text) ?? characterWords(text)
  }

  /// ``words(_:)`` read character by character, for any text.
  static func characterWords(_ text: String) -> [String] {
    text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "&" || $0 == "+" || $0 == "#") }
      .map(String.init).filter { $0 != "&" }
  }

  /// ``words(_:)`` of an ASCII text, on its bytes (where a letter or digit is one byte); nil for other text.
  private static func asciiWords(_ text: String) -> [String]? {
    var words: [String] = []
    var word: [UInt8] = []
    func close() {
      if !word.isEmpty, word != [0x26] { words.append(String(decoding: word, as: UTF8.self)) }
      word.removeAll(keepingCapacity: true)
    }
    for byte in text.utf8 {
      guard byte < 0x80 else { return nil }
      switch byte {
      case 0x41...0x5A: word.append(byte | 0x20)
      case 0x61...0x7A, 0x30...0x39, 0x26, 0x2B, 0x23: word.append(byte)
      default: close()
      }
    }
    close()
    return words
  }

  /// The parts of a title between separators: `:` `|` `,` `/` `·` `(` `)`, em and en dashes, and a
  /// hyphen with spaces around it (a hyphen inside a word, "front-end", is not one).
  static func parts(of text: String) -> [String] {
    asciiParts(of: text) ?? characterParts(of: text)
  }

  /// ``parts(of:)`` read character by character, for any text.
  static func characterParts(of text: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var previous: Character = " "
    var characters = text.makeIterator()
    var next = characters.next()
    while let character = next {
      next = characters.next()
      let isSeparator: Bool
      switch character {
      case ":", "|", ",", "/", "·", "(", ")", "—", "–": isSeparator = true
      case "-": isSeparator = previous == " " && (next == " " || next == nil)
      default: isSeparator = false
      }
      if isSeparator {
        if current.contains(where: \.isLetter) { parts.append(current) }
        current = ""
      } else {
        current.append(character)
      }
      previous = character
    }
    if current.contains(where: \.isLetter) { parts.append(current) }
    return parts
  }

  /// ``parts(of:)`` of an ASCII text, on its bytes (the dot and the dashes that separate are not ASCII); nil for
  /// other text.
  private static func asciiParts(of text: String) -> [String]? {
    let bytes = Array(text.utf8)
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
    var parts: [String] = []
    var start = 0
    var hasLetter = false
    func close(at end: Int) {
      if hasLetter { parts.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
      start = end + 1
      hasLetter = false
    }
    for (index, byte) in bytes.enumerated() {
      switch byte {
      case 0x3A, 0x7C, 0x2C, 0x2F, 0x28, 0x29: close(at: index)
      // A hyphen with a space before it and a space or the end after it.
      case 0x2D
      where (index == 0 || bytes[index - 1] == 0x20) && (index + 1 == bytes.count || bytes[index + 1] == 0x20):
        close(at: index)
      default:
        if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { hasLetter = true }
      }
    }
    close(at: bytes.count)
    return parts
  }

  static func splitParentheses(_ text: String) -> (outside: String, inside: String) {
    var outside = ""
    var inside = ""
    var depth = 0
    for character in text {
      switch character {
      case "(", "[":
        depth += 1
        inside.append(" ")
      case ")", "]":
        depth = max(0, depth - 1)
        inside.append(" ")
      default:
        if depth > 0 { inside.append(character) } else { outside.append(character) }
      }
    }
    return (outside, inside)
  }
}
