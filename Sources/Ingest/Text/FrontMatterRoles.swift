import Foundation
import Yams

/// The jobs a résumé page keeps in its front matter, as Hugo's "experience" widget (Academic, Wowchemy) does:
/// a list named `experience` whose entries hold `title`, `company`, `date_start`, `date_end` (empty for a
/// current job) and `description`, in YAML (`experience:` then `- title: …`) or TOML (`[[experience]]`
/// tables). They become blocks shaped like any resume's roles, so the one career reader reads them.
enum FrontMatterRoles {
  /// One job of the list.
  struct Role: Equatable {
    var title: String?
    var company: String?
    var start: String?
    var end: String?
    var location: String?
    var description: String?
  }

  /// The names a front matter gives its list of jobs.
  static let listNames: Set<String> = ["experience", "work", "jobs", "employment", "positions"]

  /// The jobs of a YAML front matter; none when it is not valid YAML or holds no such list.
  static func yaml(_ text: String) -> [Role] {
    // A block with no line that may open a job list is not parsed: most front matter is a posting's.
    guard mayHoldList(text) else { return [] }
    // Template expressions and tabs make some front matter invalid YAML; it then gives no roles.
    guard let node = try? Yams.compose(yaml: text), let mapping = node.mapping else { return [] }
    for (key, value) in mapping {
      guard let name = key.string?.lowercased(), listNames.contains(name), let entries = value.sequence else {
        continue
      }
      return entries.compactMap { entry in
        guard let fields = entry.mapping else { return nil }
        func field(_ names: String...) -> String? {
          for name in names {
            if let text = fields[name]?.string?.trimmed, !text.isEmpty { return text }
          }
          return nil
        }
        return role(
          title: field("title", "position", "role"), company: field("company", "organization", "organisation"),
          start: field("date_start", "start", "start_date", "from"), end: field("date_end", "end", "end_date", "to"),
          location: field("location"), description: field("description", "summary"))
      }
    }
    return []
  }

  /// Whether a line of `text` may open a job list: after its indentation it starts with one of ``listNames``
  /// in any case and then a colon or a space, or with a byte a key can hide behind (a quote, `{`, `?`, an anchor,
  /// alias or tag, a byte of a character that is not ASCII). A block without such a line holds no job list.
  private static func mayHoldList(_ text: String) -> Bool {
    let names = listNames.map { Array($0.utf8) }
    var line: [UInt8] = []
    var isFull = false
    func opensList() -> Bool {
      guard let first = line.first else { return false }
      switch first {
      case 0x7B, 0x3F, 0x22, 0x27, 0x26, 0x21, 0x2A, 0x80...: return true
      default:
        return names.contains { name in
          line.count > name.count && line.starts(with: name) && (line[name.count] == 0x3A || line[name.count] == 0x20)
        }
      }
    }
    for byte in text.utf8 {
      if byte == 0x0A {
        if opensList() { return true }
        line.removeAll(keepingCapacity: true)
        isFull = false
      } else if !isFull {
        // Indentation skipped; then only a line's first bytes are kept, enough for the longest name and a colon.
        if line.isEmpty && (byte == 0x20 || byte == 0x09) { continue }
        line.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        isFull = line.count >= 12
      }
    }
    return opensList()
  }

  /// The jobs of a TOML front matter: the tables of an array named like a job list (`[[experience]]`).
  ///
  /// Only what these lists use is read: `key = "string"`, `'literal'` and `"""multi-line"""` strings;
  /// other values (numbers, booleans, arrays) are skipped, and `#` starts a comment outside strings.
  static func toml(_ lines: [Substring]) -> [Role] {
    var tables: [[String: String]] = []
    var inList = false
    var index = 0
    while index < lines.count {
      let line = lines[index].trimmed
      index += 1
      if line.hasPrefix("[") {
        let name = line.trimmingCharacters(in: "[] \t").lowercased()
        inList = line.hasPrefix("[[") && listNames.contains(name)
        if inList { tables.append([:]) }
        continue
      }
      guard inList, let equals = line.firstIndex(of: "=") else { continue }
      let key = line[..<equals].trimmingCharacters(in: " \t\"'").lowercased()
      var value = line[line.index(after: equals)...].trimmingCharacters(in: " \t")
      if value.hasPrefix("\"\"\"") || value.hasPrefix("'''") {
        let quote = String(value.prefix(3))
        var body = String(value.dropFirst(3))
        while !body.contains(quote), index < lines.count {
          body += "\n" + lines[index]
          index += 1
        }
        if let close = body.range(of: quote) { body = String(body[..<close.lowerBound]) }
        value = body
      } else if let quote = value.first, quote == "\"" || quote == "'" {
        let inner = value.dropFirst()
        value = String(inner[..<(inner.firstIndex(of: quote) ?? inner.endIndex)])
      } else {
        continue
      }
      tables[tables.count - 1][key] = value.trimmed
    }
    return tables.map { fields in
      func field(_ names: String...) -> String? {
        names.lazy.compactMap { fields[$0] }.first { !$0.isEmpty }
      }
      return role(
        title: field("title", "position", "role"), company: field("company", "organization", "organisation"),
        start: field("date_start", "start", "start_date", "from"), end: field("date_end", "end", "end_date", "to"),
        location: field("location"), description: field("description", "summary"))
    }
  }

  /// "<em>The Faulkner Journal</em>" → "The Faulkner Journal": front matter values are often HTML.
  static func withoutTags(_ text: String) -> String {
    text.replacingOccurrences(of: "<[^>]{1,80}>", with: " ", options: .regularExpression)
      .split(separator: " ").joined(separator: " ")
  }

  private static func role(
    title: String?, company: String?, start: String?, end: String?, location: String?, description: String?
  ) -> Role {
    Role(title: title, company: company, start: start, end: end, location: location, description: description)
  }

  /// The blocks of the jobs: an "Experience" heading, then per job a heading "Title — Company — Mar 2019 –
  /// Present" and its description's paragraphs.
  static func blocks(_ roles: [Role]) -> [ContentBlock] {
    guard !roles.isEmpty else { return [] }
    var blocks = [ContentBlock(kind: .heading(level: 2), text: "Experience")]
    for role in roles {
      let dates = role.start.flatMap { start in
        JSONResumeReader.dateRange(start: String(start.prefix(10)), end: role.end.map { String($0.prefix(10)) })
      }
      let heading = [role.title, role.company, dates].compactMap { $0.map(withoutTags) }.joined(separator: " — ")
      if !heading.isEmpty { blocks.append(ContentBlock(kind: .heading(level: 3), text: heading)) }
      if let location = role.location { blocks.append(ContentBlock(kind: .paragraph, text: location)) }
      for paragraph in (role.description ?? "").split(separator: "\n") {
        var text = paragraph.trimmed
        while let first = text.first, "-*•".contains(first) { text = text.dropFirst().trimmed }
        // HTML line breaks some descriptions carry.
        text = TextNormalizer.collapse(withoutTags(text))
        if !text.isEmpty { blocks.append(ContentBlock(kind: .listItem, text: text)) }
      }
    }
    return blocks
  }
}

extension StringProtocol {
  fileprivate var trimmed: String {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }

  fileprivate func trimmingCharacters(in characters: String) -> String {
    var slice = Substring(self)
    while let first = slice.first, characters.contains(first) { slice.removeFirst() }
    while let last = slice.last, characters.contains(last) { slice.removeLast() }
    return String(slice)
  }
}
