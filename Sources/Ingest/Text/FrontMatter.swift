/// The front matter that static-site generators (Jekyll, Hugo, Eleventy) put at the top of a Markdown
/// page: YAML between `---` lines (`key: value`), or TOML between `+++` lines (`key = "value"`).
///
/// Careers sites built this way keep the posting's title, location and summary there, and often
/// template comments and layout keys that are not posting text. Only the top-level scalar keys that
/// describe the posting are read; the block is removed from the text either way. Values are read line
/// by line (plain, quoted, and `|`/`>` block scalars), so a front matter that full YAML would reject
/// (template expressions, tabs) still gives its title.
struct FrontMatter: Equatable {
  /// `title`.
  var title: String?
  /// `location` (or `city`).
  var location: String?
  /// `company`, `organization` or `hiring_organization`.
  var company: String?
  /// `description` or `summary`: a sentence or two about the role.
  var summary: String?
  /// The jobs of a résumé page kept as data (a Hugo "experience" widget's `experience` list).
  var roles: [FrontMatterRoles.Role] = []
  /// The prose the block holds beyond its scalar keys (a job template's lists of duties), as blocks.
  var prose: [ContentBlock] = []
  /// The page's own dates, most trusted first: `lastmod`, `last_modified`, `updated`, `modified`, then
  /// `date`.
  var dates: [DocumentDate] = []

  /// The keys that date a page, in order of trust: its last change first, then its date.
  static let dateKeys = ["lastmod", "last_modified", "lastmodified", "updated", "modified", "date"]

  /// The longest front matter read; a longer block is not front matter but a document of dashes.
  static let maxBytes = 64 * 1024

  /// Splits `text` into its front matter and the rest, or returns nil when it does not open with one.
  static func split(_ text: String) -> (frontMatter: FrontMatter, body: Substring)? {
    var rest = Substring(text)
    if rest.hasPrefix("\u{FEFF}") { rest = rest.dropFirst() }
    let isTOML = rest.hasPrefix("+++\n") || rest.hasPrefix("+++\r\n")
    guard isTOML || rest.hasPrefix("---\n") || rest.hasPrefix("---\r\n") else { return nil }
    let afterOpening = rest.index(after: rest.firstIndex(of: "\n") ?? rest.startIndex)
    var lines: [Substring] = []
    var cursor = afterOpening
    // Lines found on the bytes: a line feed is a character of its own (the caller has made "\r\n" "\n").
    let utf8 = rest.utf8
    while cursor < rest.endIndex {
      let lineEnd = utf8[cursor...].firstIndex(of: 0x0A) ?? rest.endIndex
      var line = rest[cursor..<lineEnd]
      if line.utf8.last == 0x0D { line = line.dropLast() }
      let next = lineEnd < rest.endIndex ? utf8.index(after: lineEnd) : rest.endIndex
      if isTOML ? line == "+++" : line == "---" || line == "..." {
        var matter = read(lines, separator: isTOML ? "=" : ":")
        matter.roles = isTOML ? FrontMatterRoles.toml(lines) : FrontMatterRoles.yaml(lines.joined(separator: "\n"))
        if !isTOML && matter.roles.isEmpty { matter.prose = FrontMatterProse.blocks(lines) }
        return (matter, rest[next...])
      }
      lines.append(line)
      if rest.utf8.distance(from: afterOpening, to: next) > maxBytes { return nil }
      cursor = next
    }
    return nil
  }

  private static func read(_ lines: [Substring], separator: Character) -> FrontMatter {
    var values: [String: String] = [:]
    var index = 0
    while index < lines.count {
      let line = lines[index]
      index += 1
      // TOML's top-level keys end at its first table.
      if separator == "=" && line.hasPrefix("[") { break }
      guard let first = line.first, first != " ", first != "\t", first != "#", first != "-",
        let colon = line.firstIndex(of: separator)
      else { continue }
      let key = line[..<colon].lowercased().trimmingCharacters(in: " \t")
      var value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
      if let hash = value.range(of: " #") { value = String(value[..<hash.lowerBound]).trimmingCharacters(in: " \t") }
      if value.hasPrefix("|") || value.hasPrefix(">") {
        // A block scalar: the indented lines that follow, joined as one paragraph.
        var parts: [String] = []
        while index < lines.count, lines[index].isEmpty || lines[index].first == " " || lines[index].first == "\t" {
          let part = lines[index].trimmingCharacters(in: " \t")
          if !part.isEmpty { parts.append(part) }
          index += 1
        }
        value = parts.joined(separator: " ")
      }
      value = unquoted(value)
      if !value.isEmpty && values[key] == nil { values[key] = value }
    }
    func pick(_ keys: String...) -> String? { keys.lazy.compactMap { values[$0] }.first }
    return FrontMatter(
      title: pick("title"), location: pick("location", "city"),
      company: pick("company", "organization", "organisation", "hiring_organization"),
      summary: pick("description", "summary"),
      dates: dateKeys.compactMap { key in values[key].flatMap { MetadataDate.parse($0, source: .frontMatter, key: key) }
      })
  }

  private static func unquoted(_ value: String) -> String {
    guard value.count >= 2, let first = value.first, let last = value.last,
      (first == "\"" && last == "\"") || (first == "'" && last == "'")
    else { return value }
    return String(value.dropFirst().dropLast())
  }
}

extension String {
  fileprivate func trimmingCharacters(in characters: String) -> String {
    var slice = Substring(self)
    while let first = slice.first, characters.contains(first) { slice.removeFirst() }
    while let last = slice.last, characters.contains(last) { slice.removeLast() }
    return String(slice)
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in characters: String) -> String {
    String(self).trimmingCharacters(in: characters)
  }
}
