/// The posting text a careers site keeps in its front matter rather than its body: a Jekyll or Eleventy
/// job template whose layout renders lists such as
///
/// ```yaml
/// key_objectives:
///   - title: You will turn program data into decisions.
///     items:
///     - Build the dashboards the team reads every week.
/// ```
///
/// Read line by line, not as YAML, because such templates are often invalid YAML (a list item indented
/// one space off, template expressions) and a YAML error must not lose the posting. Comments, layout
/// keys and values of fewer than ``minimumWords`` words are left out; a top-level key with nested prose
/// becomes a heading ("key_objectives" → "Key objectives"), a nested `title:` a subheading, other values
/// list items.
enum FrontMatterProse {
  /// Words a value needs to be read as prose, not a setting (`layout: job-listing`, `gs: 15`).
  static let minimumWords = 4
  /// Top-level keys already read as the posting's title, summary, place or employer.
  static let readElsewhere: Set<String> = [
    "title", "description", "summary", "location", "city", "company", "organization", "organisation",
    "hiring_organization",
  ]

  /// The blocks of a YAML front matter's prose, in order.
  static func blocks(_ lines: [Substring]) -> [ContentBlock] {
    var blocks: [ContentBlock] = []
    var pendingHeading: String?
    var index = 0
    func emit(_ kind: ContentBlock.Kind, _ text: String) {
      let text = TextNormalizer.collapse(text)
      guard isProse(text) else { return }
      if let heading = pendingHeading {
        blocks.append(ContentBlock(kind: .heading(level: 2), text: heading))
        pendingHeading = nil
      }
      blocks.append(ContentBlock(kind: kind, text: text))
    }
    while index < lines.count {
      let line = lines[index]
      index += 1
      let indent = line.prefix { $0 == " " || $0 == "\t" }.count
      var content = line.dropFirst(indent)
      guard let first = content.first, first != "#" else { continue }
      if content.hasPrefix("- ") || content == "-" { content = content.dropFirst().drop { $0 == " " } }
      var key: String?
      var value = content
      if let colon = content.firstIndex(of: ":"),
        content[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
        !content[..<colon].isEmpty,
        content.index(after: colon) == content.endIndex || content[content.index(after: colon)] == " "
      {
        key = content[..<colon].lowercased()
        value = content[content.index(after: colon)...]
      }
      var text = value.trimmingWhitespace()
      if let hash = ASCIIBytes.characterRange(of: " #", in: text) { text = String(text[..<hash.lowerBound]) }
      if text.hasPrefix("|") || text.hasPrefix(">") {
        // A block scalar: the more indented lines that follow.
        var parts: [String] = []
        while index < lines.count,
          lines[index].allSatisfy({ $0 == " " || $0 == "\t" })
            || lines[index].prefix(while: { $0 == " " || $0 == "\t" }).count > indent
        {
          let part = lines[index].trimmingWhitespace()
          if !part.isEmpty { parts.append(part) }
          index += 1
        }
        text = parts.joined(separator: " ")
      }
      text = unquoted(text)
      if indent == 0, let key, !line.hasPrefix("-") {
        // A top-level key: a heading for the prose nested under it, or a value of its own.
        pendingHeading = text.isEmpty ? heading(for: key) : nil
        if !text.isEmpty && !readElsewhere.contains(key) { emit(.paragraph, text) }
        continue
      }
      guard !text.isEmpty else { continue }
      emit(key == "title" || key == "heading" ? .heading(level: 3) : .listItem, text)
    }
    return blocks
  }

  /// How many words the blocks hold.
  static func wordCount(_ blocks: [ContentBlock]) -> Int {
    blocks.reduce(0) { $0 + wordCount($1.text) }
  }

  /// Whether `byte`, after `previous`, may belong to a character that joins a space to a neighbour (a
  /// combining mark after it, a prepended mark before it): a text with no such byte splits the same at spaces
  /// on its bytes as by characters.
  private static func mayJoinSpace(_ byte: UInt8, after previous: UInt8) -> Bool {
    (previous == 0x20 && byte >= 0x80) || byte == 0xD8 || byte == 0xDB || byte == 0xDC || byte >= 0xE0 && byte != 0xE2
  }

  /// How many words ``words(_:)`` finds in `text`, counted on the bytes where it splits them there.
  private static func wordCount(_ text: String) -> Int {
    var count = 0
    var previous: UInt8 = 0
    var afterSpace = true
    for byte in text.utf8 {
      if mayJoinSpace(byte, after: previous) {
        return text.split(separator: " ").count
      }
      if afterSpace && byte != 0x20 { count += 1 }
      afterSpace = byte == 0x20
      previous = byte
    }
    return count
  }

  /// The words of `text` between spaces, as `split(separator: " ")` gives them; on the bytes when every space
  /// is followed by an ASCII byte or the end (a space is then a character of its own, not the start of one
  /// with a combining mark).
  static func words(_ text: String) -> [Substring] {
    let utf8 = text.utf8
    var previous: UInt8 = 0
    for byte in utf8 {
      if mayJoinSpace(byte, after: previous) {
        return text.split(separator: " ")
      }
      previous = byte
    }
    return utf8.split(separator: 0x20).map { Substring($0) }
  }

  /// "key_objectives" → "Key objectives".
  static func heading(for key: String) -> String {
    let words = key.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
    return words.prefix(1).uppercased() + words.dropFirst()
  }

  /// Whether a value reads as text for a person: enough words, with letters, not a link or a path.
  static func isProse(_ text: String) -> Bool {
    let words = words(text)
    guard words.count >= minimumWords else { return false }
    guard !text.hasPrefix("http"), !text.hasPrefix("/"), !hasTemplateTag(text) else { return false }
    return words.filter(hasLetter).count >= minimumWords
  }

  /// Whether `text` holds "{{" or "{%": on the bytes, and as characters only to confirm a find in a text that
  /// is not ASCII.
  private static func hasTemplateTag(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if previous == 0x7B && (byte == 0x7B || byte == 0x25) {
        return text.utf8.allSatisfy({ $0 < 0x80 }) || text.contains("{{") || text.contains("{%")
      }
      previous = byte
    }
    return false
  }

  /// Whether a word holds a letter: an ASCII letter, or any letter in a word with other characters.
  private static func hasLetter(_ word: Substring) -> Bool {
    var isASCII = true
    for byte in word.utf8 {
      if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { return true }
      if byte >= 0x80 { isASCII = false }
    }
    return isASCII ? false : word.contains(where: \.isLetter)
  }

  private static func unquoted(_ value: String) -> String {
    guard value.count >= 2, let first = value.first, let last = value.last,
      (first == "\"" && last == "\"") || (first == "'" && last == "'")
    else { return value }
    return String(value.dropFirst().dropLast())
  }
}

extension StringProtocol {
  fileprivate func trimmingWhitespace() -> String {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
    return String(slice)
  }
}
