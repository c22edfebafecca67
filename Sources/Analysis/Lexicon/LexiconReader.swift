import Tokenization
import Yams

/// Walks a lexicon's YAML tree, building the ``Lexicon`` and collecting every problem with its line.
struct LexiconReader {
  private(set) var problems: [LexiconProblem] = []

  private static let topKeys: Set<String> = ["lexicon", "name", "description", "titles", "competencies", "boilerplate"]
  private static let competencyKeys: Set<String> = [
    "id", "name", "description", "weight", "phrases", "weak", "patterns", "cues", "examples",
  ]
  private static let exampleKeys: Set<String> = ["hit", "miss"]
  private static let patternKeys: Set<String> = ["verbs", "objects", "window"]
  private static let cueKeys: Set<String> = ["words", "needs"]
  static let weightRange = 0.1...3.0
  /// Most words allowed between a pattern's verb and its object; beyond this they rarely belong together.
  static let windowRange = 1...8
  /// The window of a pattern that does not give one.
  static let defaultWindow = 3

  /// Whether each competency's hit and miss examples are matched against its phrases.
  var checksExamples = true

  private mutating func problem(_ node: Node?, _ message: String) {
    problems.append(LexiconProblem(line: node?.mark?.line ?? 1, message: message))
  }

  mutating func read(_ root: Node?, path: String) -> Lexicon? {
    guard let root, case .mapping(let mapping) = root else {
      problem(root, "the file must be a mapping with keys lexicon, name, description, titles, competencies")
      return nil
    }
    let fields = keyed(mapping, allowed: Self.topKeys, context: "top level")
    let id = requiredString(fields, "lexicon", in: root)
    if let id, !Self.isIdentifier(id.value) {
      problem(id.node, "lexicon id '\(id.value)' must use only a-z, 0-9 and '-'")
    }
    let name = requiredString(fields, "name", in: root)
    let description = requiredString(fields, "description", in: root)
    let titles = stringList(fields["titles"], key: "titles", parent: root, allowEmpty: false)
    let boilerplate = fields["boilerplate"].flatMap { termList($0, key: "boilerplate", parent: root, minimum: 1) } ?? []
    var competencies: [Competency] = []
    var seenIDs: [String: Int] = [:]
    var claimedBy: [String: (competency: String, line: Int)] = [:]
    if let list = fields["competencies"] {
      if case .sequence(let sequence) = list, !sequence.isEmpty {
        for item in sequence {
          guard let competency = readCompetency(item) else { continue }
          if let firstLine = seenIDs[competency.id] {
            problem(item, "duplicate competency id '\(competency.id)' (first at line \(firstLine))")
            continue
          }
          seenIDs[competency.id] = item.mark?.line ?? 1
          var seenHere: [String: Int] = [:]
          for phrase in competency.phrases {
            let key = PhraseMatcher.claimKey(phrase.text)
            if key.isEmpty {
              problems.append(LexiconProblem(line: phrase.line, message: "phrase '\(phrase.text)' has no words"))
            } else if let line = seenHere[key] {
              problems.append(
                LexiconProblem(
                  line: phrase.line,
                  message:
                    "phrase '\(phrase.text)' repeats a phrase of '\(competency.id)' at line \(line) (same words after stemming)"
                ))
            } else if let owner = claimedBy[key] {
              problems.append(
                LexiconProblem(
                  line: phrase.line,
                  message:
                    "phrase '\(phrase.text)' is claimed by two competencies: '\(owner.competency)' (line \(owner.line)) and '\(competency.id)'"
                ))
            } else {
              seenHere[key] = phrase.line
              claimedBy[key] = (competency.id, phrase.line)
            }
          }
          competencies.append(competency)
        }
      } else {
        problem(list, "competencies must be a non-empty list")
      }
    } else {
      problem(root, "missing key 'competencies'")
    }
    guard let id, let name, let description, problems.isEmpty else { return nil }
    var lexicon = Lexicon(
      id: id.value, name: name.value, description: description.value, titles: titles.map { $0.lowercased() },
      competencies: competencies, source: path)
    lexicon.boilerplate = boilerplate
    // The examples test the phrases against sentences: `lexicon validate` and the tests run them; every
    // start-up of `score` need not build a second matcher for them.
    if checksExamples { checkExamples(lexicon, sequence: fields["competencies"]) }
    return problems.isEmpty ? lexicon : nil
  }

  private mutating func readCompetency(_ node: Node) -> Competency? {
    guard case .mapping(let mapping) = node else {
      problem(node, "each competency must be a mapping with id, name, description, weight, phrases")
      return nil
    }
    let fields = keyed(mapping, allowed: Self.competencyKeys, context: "competency")
    let id = requiredString(fields, "id", in: node)
    if let id, !Self.isIdentifier(id.value) {
      problem(id.node, "competency id '\(id.value)' must use only a-z, 0-9 and '-'")
    }
    let name = requiredString(fields, "name", in: node)
    let description = requiredString(fields, "description", in: node)
    var weight = 1.0
    if let weightNode = fields["weight"] {
      if let value = weightNode.float ?? weightNode.int.map(Double.init), Self.weightRange.contains(value) {
        weight = value
      } else {
        problem(
          weightNode, "weight must be a number from \(Self.weightRange.lowerBound) to \(Self.weightRange.upperBound)")
      }
    } else {
      problem(node, "competency '\(id?.value ?? "?")' is missing key 'weight'")
    }
    let strong = phraseList(fields["phrases"], key: "phrases", parent: node, strength: .strong, allowEmpty: false)
    let weak = phraseList(fields["weak"], key: "weak", parent: node, strength: .weak, allowEmpty: true)
    let patterns = fields["patterns"].map { readPatterns($0) } ?? []
    let cues = fields["cues"].flatMap { readCues($0) }
    var examples: (hit: String, miss: String)?
    if let examplesNode = fields["examples"] {
      if case .mapping(let exampleMapping) = examplesNode {
        let exampleFields = keyed(exampleMapping, allowed: Self.exampleKeys, context: "examples")
        if let hit = requiredString(exampleFields, "hit", in: examplesNode),
          let miss = requiredString(exampleFields, "miss", in: examplesNode)
        {
          examples = (hit.value, miss.value)
        }
      } else {
        problem(examplesNode, "examples must be a mapping with keys hit and miss")
      }
    }
    guard let id, let name, let description else { return nil }
    return Competency(
      id: id.value, name: name.value, description: description.value, weight: weight, phrases: strong + weak,
      patterns: patterns, cues: cues, examples: examples)
  }

  /// Each competency's hit example must match it; its miss example must not.
  private mutating func checkExamples(_ lexicon: Lexicon, sequence: Node?) {
    let matcher = PhraseMatcher(lexicon: lexicon)
    guard case .sequence(let items) = sequence else { return }
    for (index, competency) in lexicon.competencies.enumerated() {
      guard let examples = competency.examples else { continue }
      let node = index < items.count ? items[index] : nil
      let hits = Set(matcher.matches(in: Tokenizer.tokenize(examples.hit)).map(\.competency))
      if !hits.contains(index) {
        problem(node, "the hit example of '\(competency.id)' matches none of its phrases: \"\(examples.hit)\"")
      }
      let misses = matcher.matches(in: Tokenizer.tokenize(examples.miss)).filter { $0.competency == index }
      if let wrong = misses.first {
        let phrase = matcher.phrase(wrong.phrase).text
        let what = wrong.source == .phrase ? "its phrase '\(phrase)'" : "its \(phrase)"
        problem(node, "the miss example of '\(competency.id)' matches \(what): \"\(examples.miss)\"")
      }
    }
  }

  // MARK: Patterns and cues

  private mutating func readPatterns(_ node: Node) -> [CompetencyPattern] {
    guard case .sequence(let sequence) = node, !sequence.isEmpty else {
      problem(node, "'patterns' must be a non-empty list of mappings with keys verbs, objects and window")
      return []
    }
    var patterns: [CompetencyPattern] = []
    for item in sequence {
      guard case .mapping(let mapping) = item else {
        problem(item, "each pattern must be a mapping with keys verbs, objects and window")
        continue
      }
      let fields = keyed(mapping, allowed: Self.patternKeys, context: "pattern")
      let verbs = termList(fields["verbs"], key: "verbs", parent: item, minimum: 1)
      let objects = termList(fields["objects"], key: "objects", parent: item, minimum: 1)
      var window = Self.defaultWindow
      if let windowNode = fields["window"] {
        if let value = windowNode.int, Self.windowRange.contains(value) {
          window = value
        } else {
          problem(
            windowNode,
            "window must be a whole number of words from \(Self.windowRange.lowerBound) to \(Self.windowRange.upperBound)"
          )
        }
      }
      guard let verbs, let objects else { continue }
      patterns.append(CompetencyPattern(verbs: verbs, objects: objects, window: window, line: item.mark?.line ?? 1))
    }
    return patterns
  }

  private mutating func readCues(_ node: Node) -> CueGroup? {
    guard case .mapping(let mapping) = node else {
      problem(node, "'cues' must be a mapping with keys words and needs")
      return nil
    }
    let fields = keyed(mapping, allowed: Self.cueKeys, context: "cues")
    let words = termList(fields["words"], key: "words", parent: node, minimum: 2)
    guard let needsNode = fields["needs"] else {
      problem(node, "cues are missing key 'needs' (how many different cue words a sentence needs)")
      return nil
    }
    guard let words else { return nil }
    guard let needs = needsNode.int, needs >= 2, needs <= words.count else {
      problem(
        needsNode,
        "needs must be a whole number from 2 to the number of cue words (\(words.count)); a single word is a weak phrase"
      )
      return nil
    }
    return CueGroup(words: words, needs: needs, line: node.mark?.line ?? 1)
  }

  /// The words of a pattern's `verbs` or `objects` or of `cues.words`: non-empty strings, not a lone
  /// stopword, none repeated after stemming; nil when the list is missing or unusable.
  private mutating func termList(_ node: Node?, key: String, parent: Node, minimum: Int) -> [String]? {
    guard let node else {
      problem(parent, "missing key '\(key)'")
      return nil
    }
    guard case .sequence(let sequence) = node, sequence.count >= minimum else {
      problem(node, "'\(key)' must be a list of at least \(minimum) word\(minimum == 1 ? "" : "s")")
      return nil
    }
    var terms: [String] = []
    var seen: [String: (text: String, line: Int)] = [:]
    for item in sequence {
      let line = item.mark?.line ?? 1
      guard case .scalar = item, let value = item.string?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
        problem(item, "items of '\(key)' must be non-empty strings")
        continue
      }
      let tokens = Tokenizer.tokenize(value).tokens
      let stemmed = PhraseMatcher.claimKey(value)
      if tokens.isEmpty {
        problem(item, "'\(value)' in '\(key)' has no words")
      } else if tokens.allSatisfy(\.isStopword) {
        problem(item, "'\(value)' in '\(key)' is only stopwords, which match almost any sentence")
      } else if let first = seen[stemmed] {
        problem(item, "'\(value)' repeats '\(first.text)' (line \(first.line)) after stemming")
      } else {
        seen[stemmed] = (value, line)
        terms.append(value)
      }
    }
    return terms.count >= minimum ? terms : nil
  }

  // MARK: Helpers

  private mutating func keyed(_ mapping: Node.Mapping, allowed: Set<String>, context: String) -> [String: Node] {
    var fields: [String: Node] = [:]
    for (keyNode, value) in mapping {
      guard let key = keyNode.string else {
        problem(keyNode, "keys must be plain strings")
        continue
      }
      if !allowed.contains(key) {
        problem(keyNode, "unknown key '\(key)' in \(context) (allowed: \(allowed.sorted().joined(separator: ", ")))")
        continue
      }
      if fields[key] != nil { problem(keyNode, "key '\(key)' appears twice") }
      fields[key] = value
    }
    return fields
  }

  private mutating func requiredString(_ fields: [String: Node], _ key: String, in parent: Node) -> (
    value: String, node: Node
  )? {
    guard let node = fields[key] else {
      problem(parent, "missing key '\(key)'")
      return nil
    }
    guard case .scalar = node, let value = node.string?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
      problem(node, "'\(key)' must be a non-empty string")
      return nil
    }
    return (value, node)
  }

  private mutating func stringList(_ node: Node?, key: String, parent: Node, allowEmpty: Bool) -> [String] {
    guard let node else {
      if !allowEmpty { problem(parent, "missing key '\(key)'") }
      return []
    }
    guard case .sequence(let sequence) = node else {
      problem(node, "'\(key)' must be a list")
      return []
    }
    if sequence.isEmpty && !allowEmpty { problem(node, "'\(key)' is empty") }
    var values: [String] = []
    for item in sequence {
      guard case .scalar = item, let value = item.string?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
        problem(item, "items of '\(key)' must be non-empty strings")
        continue
      }
      values.append(value)
    }
    return values
  }

  private mutating func phraseList(
    _ node: Node?, key: String, parent: Node, strength: LexiconPhrase.Strength, allowEmpty: Bool
  ) -> [LexiconPhrase] {
    guard let node else {
      if !allowEmpty { problem(parent, "missing key '\(key)' (a competency needs at least one phrase)") }
      return []
    }
    guard case .sequence(let sequence) = node else {
      problem(node, "'\(key)' must be a list of phrases")
      return []
    }
    if sequence.isEmpty && !allowEmpty { problem(node, "empty phrase list: '\(key)' needs at least one phrase") }
    var phrases: [LexiconPhrase] = []
    for item in sequence {
      guard case .scalar = item, let value = item.string?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
        problem(item, "items of '\(key)' must be non-empty strings")
        continue
      }
      phrases.append(LexiconPhrase(text: value, strength: strength, line: item.mark?.line ?? 1))
    }
    return phrases
  }

  static func isIdentifier(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
  }
}
