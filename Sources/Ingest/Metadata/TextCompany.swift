import Foundation

/// The employer a posting's own words name, when no markup does: "At Harborlight, we…", "About
/// Harborlight" over its description, "The Canadian Digital Service (CDS) is changing…", "Join
/// Harborlight", "the Head of Product at Harborlight will…".
///
/// Each shape gives its name some votes (an acronym defined in parentheses counts for the full name);
/// the name with the most wins when it has at least ``minimumVotes``, so one passing "Python is a…" is
/// never an employer.
enum TextCompany {
  /// Votes a name needs.
  static let minimumVotes = 3
  /// How many blocks from the top are read: the employer is named early.
  static let blockLimit = 60
  /// How many characters of each block are read.
  static let blockPrefix = 1_500

  /// A capitalised name of one to five words ("Harborlight", "Canadian Digital Service", "Login.gov",
  /// "Bank of Tidewater"), small joining words allowed inside.
  private static let name =
    #"((?:[A-Z][\w&'’.-]*[\w&])(?: (?:of|for|and|&|de|du|la|[A-Z][\w&'’.-]*[\w&]|[A-Z])){0,4})"#

  /// Each shape the text can name its employer in: words it cannot match without (written as the pattern
  /// writes them: the patterns tell case), whether it reads the headings alone, its pattern (compiled when
  /// first needed: a resume seldom holds the words) and its votes.
  private static let shapes:
    [(needles: [String], headings: Bool, pattern: @Sendable () -> NSRegularExpression, votes: Int)] = [
      // "At Harborlight, we build…", "At HDS, designers work…"
      (["At "], false, { atPattern }, 3),
      // A heading "About Harborlight".
      (["About "], true, { aboutPattern }, 3),
      // "Harborlight (HL) is changing…", "The Canadian Digital Service is a federal team…"
      ([" is ", " are "], false, { isPattern }, 2),
      // "Join Harborlight", "join the Harborlight team"
      (["Join ", "join "], false, { joinPattern }, 2),
      // "… is hiring", "… seeks"
      ([" is hiring", " seeks", " is seeking", " is looking for"], false, { hiringPattern }, 2),
    ]

  private static let atPattern = regex(#"(?:^|[.!?]\s+)At \#(name), [a-z]"#)
  private static let aboutPattern = regex(#"^About (?:the )?\#(name)$"#)
  private static let isPattern = regex(
    #"(?:^|[.!?]\s+)(?:The )?\#(name)(?: \(([A-Z][A-Za-z0-9]{1,7})\))? (?:is|are) (?:a|an|the|one|changing|building|hiring|looking|seeking|on a mission|part|home|proud)\b"#
  )
  private static let joinPattern = regex(#"\b[Jj]oin (?:the )?\#(name)\b"#)
  private static let hiringPattern = regex(
    #"(?:^|[.!?]\s+)(?:The )?\#(name) (?:is hiring|seeks|is seeking|is looking for)\b"#)

  private static func regex(_ pattern: String) -> NSRegularExpression {
    try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
  }

  /// Words that start a matched name but never an employer's ("At Least", "About Us", "Join Our").
  private static let notNames: Set<String> = [
    "us", "you", "your", "our", "we", "this", "that", "these", "the", "a", "an", "it", "its", "my", "least", "times",
    "first", "present", "all", "any", "each", "every", "role", "position", "job", "team", "company", "opportunity",
    "what", "who", "how", "why", "when", "where", "remote", "here", "there", "today", "now",
  ]

  /// The employer `blocks` name, with `title` (the posting's) for "Title at Name".
  static func find(in blocks: [ContentBlock], title: String?) -> String? {
    var votes: [String: Int] = [:]
    var order: [String] = []
    var aliases: [String: String] = [:]
    func vote(_ name: String, _ count: Int) {
      let name = aliases[name] ?? name
      if votes[name] == nil { order.append(name) }
      votes[name, default: 0] += count
    }
    // The start of each block is enough: the employer is named in a paragraph's first sentences, and a
    // page of one enormous block must not cost a regular-expression pass over all of it.
    // One pass of each pattern over the blocks joined a line each (a call costs more than its text), the
    // "About X" heading pattern over the headings alone.
    let top = blocks.prefix(blockLimit)
    let texts = top.map { String($0.text.prefix(blockPrefix)) }
    let all = texts.joined(separator: "\n")
    let headingTexts = zip(top, texts).filter { $0.0.isHeading }.map(\.1)
    let textBytes = texts.map { Array($0.utf8) }
    let headingBytes = zip(top, textBytes).filter { $0.0.isHeading }.map(\.1)
    for shape in shapes {
      let lines = shape.headings ? headingTexts : texts
      let bytes = shape.headings ? headingBytes : textBytes
      let needles = shape.needles.map { Array($0.utf8) }
      let (count, pattern) = (shape.votes, shape.pattern)
      // A match lies within one line (names and the words around them are joined by spaces; a line's start
      // matches `^`), so the pattern runs over each block that holds one of its words, in order: the same
      // matches as over the blocks joined a line each, without a pass over the blocks that cannot match.
      // Each needle is ASCII, so finding its bytes is finding it.
      for (text, bytes) in zip(lines, bytes) where needles.contains(where: { ASCIIBytes.contains(bytes, $0) }) {
        for match in pattern().matches(in: text, range: NSRange(text.startIndex..., in: text)) {
          guard let nameRange = Range(match.range(at: 1), in: text), let found = clean(String(text[nameRange]))
          else { continue }
          if match.numberOfRanges > 2, let acronymRange = Range(match.range(at: 2), in: text) {
            aliases[String(text[acronymRange])] = found
          }
          vote(found, count)
        }
      }
    }
    if let title, !title.isEmpty, let found = afterTitle(title, in: all) { vote(found, 3) }
    if let title, let found = titlePrefix(title) { vote(found, 3) }
    // An acronym's votes go to the name it stands for.
    for (acronym, full) in aliases where acronym != full {
      if let count = votes.removeValue(forKey: acronym) { votes[full, default: 0] += count }
    }
    let best = order.filter { votes[$0] != nil }.max { (votes[$0] ?? 0) < (votes[$1] ?? 0) }
    guard let best, let count = votes[best], count >= minimumVotes else { return nil }
    return best
  }

  /// Words of a job title, never of the organisation before one ("Team Lead - GC Notify").
  private static let roleWords: Set<String> = [
    "lead", "leader", "manager", "engineer", "engineering", "developer", "director", "designer", "head", "officer",
    "analyst", "specialist", "team", "senior", "junior", "principal", "staff", "intern", "chief", "vp", "president",
    "consultant", "advisor", "coordinator", "associate", "assistant", "architect", "scientist", "writer", "recruiter",
    "job", "jobs", "position", "role", "roles", "careers", "description", "opening", "vacancy", "title",
  ]

  /// The organisation a title puts before its role, as careers sites' templates ask ("Org: Position
  /// Title"; "Harborlight - Head of Product"): a capitalised name with no word of a job title.
  private static func titlePrefix(_ title: String) -> String? {
    for separator in [": ", " - ", " – ", " — ", " | "] {
      guard let range = title.range(of: separator) else { continue }
      let prefix = String(title[..<range.lowerBound])
      let words = prefix.split(separator: " ")
      guard (1...5).contains(words.count), title[range.upperBound...].count >= 3,
        words.allSatisfy({ word in
          !roleWords.contains(word.lowercased())
            && (word.first?.isUppercase == true || word.first?.isNumber == true
              || ["of", "for", "and", "&"].contains(word))
        })
      else { return nil }
      return clean(prefix)
    }
    return nil
  }

  private static let leadingName = try! NSRegularExpression(pattern: "^" + name)

  /// "Head of Product at Harborlight" → "Harborlight".
  private static func afterTitle(_ title: String, in text: String) -> String? {
    guard let end = end(of: title + " at ", in: text) else { return nil }
    let rest = String(text[end...].prefix(200))
    guard let match = leadingName.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)),
      let nameRange = Range(match.range(at: 1), in: rest)
    else { return nil }
    return clean(String(rest[nameRange]))
  }

  /// Where the first occurrence of `needle` in `text`, in any case, ends, as `range(of:options: .caseInsensitive)`
  /// finds it: on the bytes for an ASCII needle (``ASCIIBytes/characterRange(of:in:ignoringCase:backwards:)``),
  /// by Foundation for another.
  static func end(of needle: String, in text: String) -> String.Index? {
    guard needle.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.range(of: needle, options: [.caseInsensitive])?.upperBound
    }
    return ASCIIBytes.characterRange(of: needle.lowercased(), in: text, ignoringCase: true)?.upperBound
  }

  /// The name without a trailing possessive or full stop, or nil when it is no name.
  private static func clean(_ raw: String) -> String? {
    var text = raw
    for suffix in ["’s", "'s"] where text.hasSuffix(suffix) { text = String(text.dropLast(suffix.count)) }
    while let last = text.last, last == "." || last == "-" { text.removeLast() }
    guard let first = text.split(separator: " ").first, !notNames.contains(first.lowercased()) else { return nil }
    return CompanyName.isPlausible(text) ? text : nil
  }
}
