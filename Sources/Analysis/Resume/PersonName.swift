import Foundation
import Ingest
import Requirements

/// The person's name at the top of a resume: its title when that reads as a name, else a heading or line
/// among its first blocks that does ("Morgan Ellis", "PRIYA NATARAJAN" → "Priya Natarajan"), else the
/// leading words of a first line that runs on into contact details when the e-mail address spells them.
///
/// A name is two to four words, each capitalised (particles such as "van" or "de" aside), without digits or
/// contact marks, that is neither a section heading ("Summary", "Experience") nor a job title.
public enum PersonName {
  /// How many blocks from the top are looked at.
  static let blocksRead = 4

  /// The name read from `document`, or nil when its top holds none.
  public static func read(_ document: Document) -> String? {
    if let title = document.title, let name = name(title) { return name }
    for block in document.blocks.prefix(blocksRead) {
      if let name = name(block.text) { return name }
      if let name = leadingName(block.text) { return name }
    }
    return nil
  }

  /// The text as a name ("PRIYA NATARAJAN" written "Priya Natarajan"), or nil when it does not read as one.
  static func name(_ text: String) -> String? {
    let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard line.count <= 40 else { return nil }
    let words = line.split(separator: " ").map(String.init)
    guard (2...4).contains(words.count), words.allSatisfy({ isNameWord($0) }),
      let first = words.first, !particles.contains(first.lowercased()),
      !words.contains(where: { notNames.contains($0.lowercased()) }),
      Seniority.classify(title: line) == nil
    else { return nil }
    let shouting = line == line.uppercased()
    return shouting
      ? words.map { particles.contains($0.lowercased()) ? $0.lowercased() : $0.capitalized }
        .joined(separator: " ") : line
  }

  /// The first two to four words of a line that runs on ("Jamie Lindqvist Ashbury Falls, Wisconsin -
  /// jamie.lindqvist@example.edu"), when every one of them is spelt in the line's e-mail address.
  static func leadingName(_ text: String) -> String? {
    guard let at = text.firstIndex(of: "@") else { return nil }
    let local = text[..<at].split(whereSeparator: { $0 == " " || $0 == "\t" }).last.map { $0.lowercased() } ?? ""
    let words = text.split(separator: " ").prefix(4).map(String.init)
    for count in stride(from: min(4, words.count), through: 2, by: -1) {
      let candidate = Array(words.prefix(count))
      let folded = candidate.map { $0.lowercased().folding(options: .diacriticInsensitive, locale: nil) }
      if folded.allSatisfy({ $0.count > 1 && local.contains($0) }), let name = name(candidate.joined(separator: " ")) {
        return name
      }
    }
    return nil
  }

  private static func isNameWord(_ word: String) -> Bool {
    if particles.contains(word.lowercased()) { return true }
    guard let first = word.first, first.isUppercase, first.isLetter else { return false }
    return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
  }

  /// Lower-case words inside names.
  private static let particles: Set<String> = [
    "van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "bin", "binti", "al", "el", "ten",
    "ter", "y",
  ]

  /// Words of headings and labels that are not names.
  private static let notNames: Set<String> = [
    "summary", "experience", "profile", "objective", "education", "skills", "contact", "resume", "résumé",
    "curriculum", "vitae", "cv", "about", "work", "history", "projects", "references", "professional",
    "employment", "career", "personal", "details", "information", "portfolio", "overview", "qualifications",
    "certifications", "languages", "interests", "achievements", "publications", "lebenslauf", "page",
  ]
}
