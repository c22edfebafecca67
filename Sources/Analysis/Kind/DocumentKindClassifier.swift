import Foundation
import Ingest
import Requirements
import Tokenization

/// Decides whether a file reads as a job posting (or a resume) from evidence a user can check in it:
/// an employer's ask, posting sections, how to apply, a role-shaped title, posting fields; against them, the
/// shapes of articles, documentation, forums and shops. Every cue's points and every threshold come from
/// ``DocumentKindRules`` (data); with no rules, nothing is read and every file is what it was given as.
public struct DocumentKindClassifier: Sendable {
  /// The cues and thresholds.
  public let rules: DocumentKindRules
  /// Reads whether a title names a line of work.
  public let roles: RoleVocabulary
  private let index: [String: [(cue: DocumentKindEvidence.Cue, keys: [String])]]

  /// The cues read from the title alone, from headings alone, and from whole sections.
  private static let titleCues: Set<DocumentKindEvidence.Cue> = [.questionTitle, .fileName]
  private static let headingCues: Set<DocumentKindEvidence.Cue> = [.documentationHeading, .questionHeading]
  private static let computedCues: Set<DocumentKindEvidence.Cue> = [
    .jobPostingMarkup, .postingSection, .roleTitle, .roleInGeneralSection, .codeBlock, .datedRoles,
    .education, .contactLine, .resumeSection, .jsonResume,
  ]
  /// Cues of a posting that a resume never shows by being one (its headings mean other things).
  private static let postingOnlyCues: Set<DocumentKindEvidence.Cue> = [.postingSection, .roleTitle, .postingField]
  /// Headings longer than this many words are no documentation heading ("Installing the package" is one).
  private static let headingWordLimit = 4
  /// Examples are cut to this many characters.
  private static let exampleLength = 100

  /// Creates a classifier.
  public init(rules: DocumentKindRules, roles: RoleVocabulary) {
    self.rules = rules
    self.roles = roles
    var index: [String: [(cue: DocumentKindEvidence.Cue, keys: [String])]] = [:]
    for rule in rules.cues.values.sorted(by: { $0.cue.rawValue < $1.cue.rawValue })
    where !Self.titleCues.contains(rule.cue) && !Self.headingCues.contains(rule.cue)
      && !Self.computedCues.contains(rule.cue)
    {
      for keys in rule.phrases { index[keys[0], default: []].append((rule.cue, keys)) }
    }
    self.index = index
  }

  /// What a file given as a posting reads as; nil when there are no rules.
  ///
  /// - Parameters:
  ///   - document: The file read.
  ///   - sections: Its sections tokenized in the posting context.
  ///   - requirements: The requirements read from it.
  ///   - roleTitle: The job title the role reader chose (the page's title, or a heading that is a job title).
  public func posting(
    _ document: Document, sections: [TokenizedSection], requirements: Requirements, roleTitle: String? = nil
  ) -> DocumentKindAssessment? {
    guard !rules.isEmpty else { return nil }
    var counts = observe(document, sections: sections)
    if document.jobPosting != nil { counts.add(.jobPostingMarkup, example: document.jobPosting?.title) }
    var postingKinds = Set<SectionKind>()
    for section in sections {
      let kind = section.kind
      guard [.requirements, .responsibilities, .preferred, .benefits, .application].contains(kind) else { continue }
      if postingKinds.insert(kind).inserted { counts.add(.postingSection, example: section.heading) }
      if kind == .application { counts.add(.applySection, example: section.heading) }
    }
    if let title = roleTitle ?? title(of: document), isRoleShaped(title), counts.count(.questionTitle) == 0 {
      counts.add(.roleTitle, example: title)
    }
    if let salary = requirements.salary { counts.add(.postingField, example: salary.evidence) }
    if let workplace = requirements.workplace { counts.add(.postingField, example: workplace.evidence) }
    if let experience = requirements.experience, experience.importance == .required {
      counts.add(.postingField, example: experience.evidence)
    }
    return decide(counts, expected: .posting, thresholds: rules.posting)
  }

  /// What a file given as a resume reads as; nil when there are no rules.
  ///
  /// - Parameters:
  ///   - document: The file read.
  ///   - sections: Its sections tokenized in the resume context.
  ///   - career: The roles read from it.
  ///   - degrees: How many degrees were read from it.
  public func resume(_ document: Document, sections: [TokenizedSection], career: CareerHistory, degrees: Int)
    -> DocumentKindAssessment?
  {
    guard !rules.isEmpty else { return nil }
    var counts = observe(document, sections: sections)
    for cue in Self.postingOnlyCues { counts.remove(cue) }
    if document.jobPosting != nil { counts.add(.jobPostingMarkup, example: document.jobPosting?.title) }
    if document.format == .jsonResume { counts.add(.jsonResume, example: nil) }
    for role in career.roles { counts.add(.datedRoles, example: role.line.isEmpty ? role.title : role.line) }
    var resumeKinds = Set<SectionKind>()
    var education = degrees > 0 ? 1 : 0
    for section in sections where [.experience, .summary, .skills, .education].contains(section.kind) {
      if resumeKinds.insert(section.kind).inserted { counts.add(.resumeSection, example: section.heading) }
      if section.kind == .education { education += 1 }
    }
    if education > 0 { counts.add(.education, example: nil) }
    if let line = contactLine(document.text) { counts.add(.contactLine, example: line) }
    return decide(counts, expected: .resume, thresholds: rules.resume)
  }

  // MARK: - Observing

  /// What the cues see in a document, cue by cue.
  struct Counts {
    var byCue: [DocumentKindEvidence.Cue: (count: Int, example: String?)] = [:]

    /// Counts `cue` once more; `example` is read only while the cue has none (most are sentences, built only
    /// for the first).
    mutating func add(_ cue: DocumentKindEvidence.Cue, example: @autoclosure () -> String?) {
      let current = byCue[cue] ?? (0, nil)
      byCue[cue] = (current.count + 1, current.example ?? example().map(DocumentKindClassifier.cut))
    }

    mutating func remove(_ cue: DocumentKindEvidence.Cue) { byCue[cue] = nil }

    func count(_ cue: DocumentKindEvidence.Cue) -> Int { byCue[cue]?.count ?? 0 }
  }

  /// The cues read from the title, the headings, the blocks and the sentences of the text.
  private func observe(_ document: Document, sections: [TokenizedSection]) -> Counts {
    var counts = Counts()
    if let title = title(of: document), let rule = rules.cues[.questionTitle] {
      let keys = Tokenizer.keys(of: title)
      if title.hasSuffix("?") || rule.phrases.contains(where: { Self.contains(keys, $0) }) {
        counts.add(.questionTitle, example: title)
      }
    }
    // One word table for the file name's and the headings' words.
    var headingWords = WordTable()
    if let rule = rules.cues[.fileName] {
      let (file, stem) = Self.fileName(document.source)
      let name = String(decoding: stem.utf8.map { $0 == 0x5F || $0 == 0x2D ? 0x20 : $0 }, as: UTF8.self)
      if rule.phrases.contains(Tokenizer.keys(of: name, words: &headingWords)) {
        counts.add(.fileName, example: file)
      }
    }
    for section in sections {
      guard let heading = section.heading else { continue }
      let keys = Tokenizer.keys(of: heading, words: &headingWords)
      if let rule = rules.cues[.documentationHeading], keys.count <= Self.headingWordLimit,
        rule.phrases.contains(where: { keys.starts(with: $0) })
      {
        counts.add(.documentationHeading, example: heading)
      }
      // Foundation's trimming only for a heading with a question mark in it.
      if let rule = rules.cues[.questionHeading], heading.utf8.contains(0x3F),
        heading.trimmingCharacters(in: .whitespaces).hasSuffix("?"),
        !keys.contains(where: rule.except.contains)
      {
        counts.add(.questionHeading, example: heading)
      }
      if section.kind == .roleInGeneral { counts.add(.roleInGeneralSection, example: heading) }
    }
    for block in document.blocks where block.kind == .preformatted {
      counts.add(.codeBlock, example: block.text.split(separator: "\n").first.map(String.init))
    }
    var wordCues = WordMemo<[(cue: DocumentKindEvidence.Cue, keys: [String])]>()
    for section in sections { scanSentences(section.text, into: &counts, wordCues: &wordCues) }
    return counts
  }

  /// The last component of a path (trailing slashes dropped) and that name without its extension, as
  /// Foundation's `lastPathComponent` and `deletingPathExtension` give them: the extension starts at the last
  /// dot, unless that dot begins the name (".profile") or the name is "..".
  static func fileName(_ path: String) -> (file: String, stem: String) {
    var bytes = Array(path.utf8)
    while bytes.count > 1, bytes.last == 0x2F { bytes.removeLast() }
    let start = bytes.lastIndex(of: 0x2F).map { $0 + 1 } ?? 0
    let name = bytes.count == 1 && bytes[0] == 0x2F ? bytes[...] : bytes[start...]
    let file = String(decoding: name, as: UTF8.self)
    guard let dot = name.lastIndex(of: 0x2E), dot > name.startIndex,
      !(name.count == 2 && name.first == 0x2E)
    else { return (file, file) }
    return (file, String(decoding: name[..<dot], as: UTF8.self))
  }

  /// A cue counted in one sentence, which counts once there.
  private struct CueInSentence: Hashable {
    var cue: DocumentKindEvidence.Cue
    var sentence: Int
  }

  /// Counts each text cue once per sentence that holds one of its phrases.
  private func scanSentences(
    _ text: TokenizedText, into counts: inout Counts,
    wordCues: inout WordMemo<[(cue: DocumentKindEvidence.Cue, keys: [String])]>
  ) {
    let tokens = text.tokens
    // The cues a word starts follow from the word alone (an empty list for none, which no word in the index
    // has).
    wordCues.use(text)
    var seen = Set<CueInSentence>()
    for position in tokens.indices {
      // Tokens are read in place: a copy would retain their strings.
      let candidates = wordCues.value(forWord: tokens[position].word) { index[tokens[position].key] ?? [] }
      guard !candidates.isEmpty else { continue }
      let sentence = tokens[position].sentence
      for (cue, keys) in candidates {
        let mark = CueInSentence(cue: cue, sentence: sentence)
        guard !seen.contains(mark), position + keys.count <= tokens.count else { continue }
        var matches = true
        for offset in 1..<keys.count
        where tokens[position + offset].key != keys[offset] || tokens[position + offset].sentence != sentence {
          matches = false
          break
        }
        guard matches else { continue }
        if let rule = rules.cues[cue], !rule.except.isEmpty,
          tokens.contains(where: { $0.sentence == sentence && rule.except.contains($0.key) })
        {
          continue
        }
        seen.insert(mark)
        counts.add(cue, example: text.sentence(sentence))
      }
    }
  }

  /// A title shaped like a job title: short, no question, a line of work the role vocabulary knows, and a
  /// word for the person hired ("Data Analyst", "Head of Product"; not "AI Innovation Workspace").
  private func isRoleShaped(_ title: String) -> Bool {
    guard RoleVocabulary.isTitleShaped(title), !title.hasSuffix("?"), roles.classify(title: title) != nil else {
      return false
    }
    guard let rule = rules.cues[.roleTitle], !rule.words.isEmpty else { return true }
    let words = RoleVocabulary.words(title)
    return rule.words.contains { Self.contains(words, $0) }
  }

  /// Whether `keys` holds `phrase` as a run.
  private static func contains(_ keys: [String], _ phrase: [String]) -> Bool {
    guard phrase.count <= keys.count else { return false }
    for start in 0...(keys.count - phrase.count) where Array(keys[start..<(start + phrase.count)]) == phrase {
      return true
    }
    return false
  }

  /// The page's title, else its first heading.
  private func title(of document: Document) -> String? {
    if let title = document.title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty { return title }
    return document.blocks.first { $0.kind == .heading }?.text
  }

  /// The first of the top lines holding an e-mail address, a phone number or a LinkedIn profile.
  private func contactLine(_ text: String) -> String? {
    // (Split no further than the lines read: splitting a whole resume by characters cost 2 M instructions.)
    for line in text.split(separator: "\n", maxSplits: Self.contactLines, omittingEmptySubsequences: true)
      .prefix(Self.contactLines)
    {
      let line = String(line)
      if Self.holdsContact(line) { return line }
    }
    return nil
  }

  private static let contactLines = 15
  /// An e-mail address, a LinkedIn profile or a phone number: the reference ``holdsContact(_:)`` reads as.
  static let contactPattern =
    #"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}|linkedin\.com/in/|(\+?\d[\d ().-]{8,}\d)"#

  /// Whether ``contactPattern`` matches somewhere in `line`, read without compiling it (the first pattern a run
  /// compiles sets up ICU's shared character classes, which cost more than a resume's reading): an `@` after a
  /// character of an address and before a domain whose labels are not empty and whose last is two letters or
  /// more; "linkedin.com/in/"; or, in a run of digits, spaces, brackets, dots and hyphens, two digits nine or more
  /// scalars apart. A line holding a scalar newer than ICU's data goes to the pattern.
  static func holdsContact(_ line: String) -> Bool {
    let scalars = Array(line.unicodeScalars)
    guard scalars.allSatisfy(PatternScalars.isKnownToICU) else {
      return line.range(of: contactPattern, options: .regularExpression) != nil
    }
    let profile = Array("linkedin.com/in/".unicodeScalars)
    if scalars.count >= profile.count,
      (0...(scalars.count - profile.count)).contains(where: {
        scalars[$0..<($0 + profile.count)].elementsEqual(profile)
      })
    {
      return true
    }
    func isLabel(_ index: Int) -> Bool {
      index < scalars.count && (PatternScalars.isASCIIAlphanumeric(scalars[index]) || scalars[index] == "-")
    }
    func isLetter(_ index: Int) -> Bool { index < scalars.count && PatternScalars.isASCIILetter(scalars[index]) }
    for at in scalars.indices.dropFirst() where scalars[at] == "@" {
      guard PatternScalars.isASCIIAlphanumeric(scalars[at - 1]) || "._%+-".unicodeScalars.contains(scalars[at - 1])
      else { continue }
      // Labels, each followed by a dot; the first dot followed by two letters ends a domain.
      var index = at + 1
      while isLabel(index) {
        while isLabel(index) { index += 1 }
        guard index < scalars.count, scalars[index] == "." else { break }
        if isLetter(index + 1), isLetter(index + 2) { return true }
        index += 1
      }
    }
    var firstDigit: Int?
    for (index, scalar) in scalars.enumerated() {
      if PatternScalars.isDigit(scalar) {
        if let first = firstDigit, index - first >= 9 { return true }
        firstDigit = firstDigit ?? index
      } else if !" ().-".unicodeScalars.contains(scalar) {
        firstDigit = nil
      }
    }
    return false
  }

  static func cut(_ text: String) -> String {
    if let cut = cutASCII(text) { return cut }
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    guard flat.count > exampleLength else { return flat }
    return String(flat.prefix(exampleLength - 1)) + "…"
  }

  /// ``cut(_:)`` for ASCII text, on its bytes (where every character is one byte, but for the line breaks,
  /// which go); nil for other text.
  private static func cutASCII(_ text: String) -> String? {
    var flat: [UInt8] = []
    flat.reserveCapacity(min(text.utf8.count, exampleLength + 1))
    var pendingBreak = false
    for byte in text.utf8 {
      guard byte < 0x80 else { return nil }
      // Line feed, vertical tab, form feed, carriage return: each run of them joins the lines with a space.
      if byte >= 0x0A && byte <= 0x0D {
        pendingBreak = !flat.isEmpty
        continue
      }
      if pendingBreak { flat.append(0x20) }
      pendingBreak = false
      flat.append(byte)
    }
    // Spaces and tabs trimmed at both ends.
    let start = flat.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? flat.endIndex
    let end = (flat.lastIndex { $0 != 0x20 && $0 != 0x09 }).map { $0 + 1 } ?? start
    let trimmed = flat[start..<max(start, end)]
    guard trimmed.count > exampleLength else { return String(decoding: trimmed, as: UTF8.self) }
    return String(decoding: trimmed.prefix(exampleLength - 1), as: UTF8.self) + "…"
  }

  // MARK: - Deciding

  /// The kind the points decide, by the thresholds; when in doubt the file is kept, and says so.
  private func decide(
    _ counts: Counts, expected: DocumentKindAssessment.Expected, thresholds: DocumentKindRules.Thresholds
  ) -> DocumentKindAssessment {
    var evidence: [DocumentKindEvidence] = []
    for (cue, observed) in counts.byCue {
      guard let rule = rules.cues[cue] else { continue }
      let points = rule.points(observed.count)
      guard points > 0 else { continue }
      evidence.append(
        DocumentKindEvidence(
          cue: cue, count: observed.count, points: points, side: rule.side, example: observed.example))
    }
    func isFor(_ side: DocumentKind) -> Bool { expected == .posting ? side.isPosting : side == .resume }
    let pointsFor = evidence.filter { isFor($0.side) }.reduce(0) { $0 + $1.points }
    var against: [DocumentKind: Double] = [:]
    for item in evidence where !isFor(item.side) {
      // In a folder of resumes, a posting is one more thing that is not a resume.
      against[item.side, default: 0] += item.points
    }
    let strongest = against.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.first
    let pointsAgainst = strongest?.value ?? 0
    let markup = counts.count(.jobPostingMarkup) > 0 && expected == .posting
    let ownKind: DocumentKind =
      expected == .resume ? .resume : (counts.count(.templatePlaceholder) > 0 ? .jobDescriptionTemplate : .posting)
    let otherKind: DocumentKind = expected == .resume ? .notResume : (strongest?.key ?? .other)
    let kept: Bool
    if markup {
      kept = true
    } else if pointsAgainst >= thresholds.setAside && pointsAgainst >= pointsFor + thresholds.margin {
      kept = false
    } else {
      kept = pointsFor >= thresholds.minimum
    }
    // In doubt: something reads as another kind and not enough as this one, or nothing reads either way.
    let doubtful =
      kept && !markup
      && ((pointsAgainst > 0 && (pointsFor < thresholds.keep || pointsAgainst >= pointsFor)) || pointsFor == 0)
    let total = pointsFor + pointsAgainst
    let share = total > 0 ? (kept ? pointsFor : pointsAgainst) / total : 0.5
    let confidence = (max(0.5, share) * 100).rounded() / 100
    let decisive: DocumentKind? = kept ? nil : strongest?.key
    evidence.sort { lhs, rhs in
      let lhsFirst = kept ? isFor(lhs.side) : lhs.side == decisive
      let rhsFirst = kept ? isFor(rhs.side) : rhs.side == decisive
      if lhsFirst != rhsFirst { return lhsFirst }
      return (lhs.points, rhs.cue.rawValue) > (rhs.points, lhs.cue.rawValue)
    }
    return DocumentKindAssessment(
      expected: expected, kind: kept ? ownKind : otherKind, confidence: confidence, isExpectedKind: kept,
      isDoubtful: doubtful, pointsFor: (pointsFor * 100).rounded() / 100,
      pointsAgainst: (pointsAgainst * 100).rounded() / 100, strongestOther: strongest?.key, evidence: evidence)
  }
}
