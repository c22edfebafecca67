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

  @Test("a title splits at its separators, a hyphen only between spaces")
  func separators() {
    #expect(RoleVocabulary.parts(of: "VP, Product (Growth) | Remote") == ["VP", " Product ", "Growth", " Remote"])
    #expect(RoleVocabulary.parts(of: "Front-end Engineer - Payments") == ["Front-end Engineer ", " Payments"])
    #expect(RoleVocabulary.words("R&D Manager, C++ & C#") == ["r&d", "manager", "c++", "c#"])
  }

  @Test("parts", arguments: titles)
  func parts(title: String) {
    #expect(RoleVocabulary.parts(of: title) == RoleVocabulary.characterParts(of: title))
  }

  @Test("words", arguments: titles)
  func words(title: String) {
    #expect(RoleVocabulary.words(title) == RoleVocabulary.characterWords(title))
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
