import Foundation

/// The title of a posting that arrives as text (`.txt`, `.md`, a PDF, a Word file): the first line that
/// reads like a job title, never a section heading such as "What you'll do:" or "About us".
enum TextTitle {
  /// How many opening blocks may hold the title.
  static let searchDepth = 8

  /// Headings of a posting's sections (lowercase, straight apostrophes, no colon): never its title.
  static let sectionHeadings: Set<String> = [
    "what you'll do", "what you will do", "what you'll be doing", "what you will be doing", "what we're looking for",
    "what we are looking for", "what you'll bring", "what you will bring", "what you bring", "what we offer",
    "what's in it for you", "who you are", "about you", "about us", "about the role", "about the job",
    "about the team", "about the company", "the role", "the team", "the opportunity", "role overview", "overview",
    "summary", "job summary", "description", "job description", "position description", "responsibilities",
    "key responsibilities", "your responsibilities", "duties", "key duties", "requirements", "qualifications",
    "minimum qualifications", "preferred qualifications", "basic qualifications", "skills", "nice to have",
    "nice to haves", "bonus points", "benefits", "perks", "perks and benefits", "compensation", "salary",
    "how to apply", "location", "why join us", "why us", "our values", "equal opportunity",
  ]

  /// Labels that put the title after them on the same line: "Job Title: Product Manager".
  private static let labels = ["job title:", "position title:", "job description:", "position:", "role:", "title:"]

  /// The title of a text posting, or nil when no opening line reads like one.
  static func title(of blocks: [ContentBlock]) -> String? {
    for block in blocks.prefix(searchDepth) {
      let text = block.text
      if isSectionHeading(text) { continue }
      if let labelled = labelledTitle(text) { return labelled }
      // "Chief Product Officer (CPO) Job Description: duties and skills" names the role before the label.
      if let role = TitleParser.roleBeforeLabel(text), isTitleLike(role) { return TitleParser.role(from: role) }
      if isTitleLike(text) { return TitleParser.role(from: text) }
    }
    return blocks.first { $0.isHeading && !isSectionHeading($0.text) }.map { TitleParser.role(from: $0.text) }
  }

  /// Whether a line is a section heading: a known one, or "About" and a name ("About Pinegrove").
  static func isSectionHeading(_ text: String) -> Bool {
    var key = text.lowercased().replacingOccurrences(of: "’", with: "'")
    while let last = key.last, last == ":" || last == " " || last == "." { key.removeLast() }
    while let first = key.first, first == "#" || first == " " { key.removeFirst() }
    if sectionHeadings.contains(key) { return true }
    return key.hasPrefix("about ") && key.split(separator: " ").count <= 4
  }

  /// The title after a label at the start of a line, up to the end of its first sentence.
  private static func labelledTitle(_ text: String) -> String? {
    let lowered = text.lowercased()
    guard let label = labels.first(where: { lowered.hasPrefix($0) }) else { return nil }
    var rest = Substring(text.dropFirst(label.count))
    if let end = rest.range(of: ". ") { rest = rest[..<end.lowerBound] }
    let title = rest.trimmingCharacters(in: .whitespaces)
    return isTitleLike(title) ? TitleParser.role(from: title) : nil
  }

  /// A short line that reads like a title: not "Saved from: …", not a menu of "a | b | c", not a
  /// sentence, not all capitals, not a section heading.
  private static func isTitleLike(_ text: String) -> Bool {
    text.count >= 2 && text.count <= 80 && !text.contains(":") && !text.contains(" | ") && !text.contains(" · ")
      && !text.hasSuffix(".") && text.contains(where: \.isLetter) && text.uppercased() != text
      && !isSectionHeading(text)
  }
}
