import Foundation
import Testing

@testable import Analysis

@Suite("A title's parts and words read from ASCII bytes as from characters")
struct TitlePartsTests {
  private static let titles = [
    "Head of Product - Platform", "Front-end Engineer", "- lead", "VP, Product (Growth) | Remote", "C++ / C# Developer",
    "R&D Manager", "AT&T & Co", "a-b - c -", "Senior PM:", "", "  ", "Director of Product Management: Payments, EMEA",
    "Staff Engineer, Reporting and Analytics", "Product Manager -Growth", "Lead/Principal - ML -", "3D Artist",
    "Café Manager — Lyon", "Ingénieur·e produit",
  ]

  /// The parts as the character loop reads them.
  private func partsByCharacters(_ text: String) -> [String] {
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

  @Test("parts", arguments: titles)
  func parts(title: String) {
    #expect(RoleVocabulary.parts(of: title) == partsByCharacters(title))
  }

  @Test("words", arguments: titles)
  func words(title: String) {
    let byCharacters = title.lowercased()
      .split { !($0.isLetter || $0.isNumber || $0 == "&" || $0 == "+" || $0 == "#") }
      .map(String.init).filter { $0 != "&" }
    #expect(RoleVocabulary.words(title) == byCharacters)
  }
}

@Suite("A resume line's separators trimmed on bytes as Foundation trims them")
struct SeparatorTrimTests {
  @Test(
    "trimmed as trimmingCharacters(in:) trims",
    arguments: [
      "  Senior Engineer, ", "| Acme Corp |", "(Remote)", "— Head of Product —", "• Led the team •", "plain",
      "", " \t ", "--", "\u{00A0}Director\u{00A0}", "Engineer · ", "[Contract]*", "_Lead_.", "x – y",
      "\u{3000}Café\u{2003}", "Manager\n",
    ])
  func matchesFoundation(line: String) {
    #expect(ResumeAnalyzer.trimSeparators(line) == line.trimmingCharacters(in: ResumeAnalyzer.separatorJunk))
  }
}
