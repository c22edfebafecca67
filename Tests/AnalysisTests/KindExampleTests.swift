import Foundation
import Testing

@testable import Analysis

@Suite("A document-kind cue's example, cut from ASCII bytes as from characters")
struct KindExampleTests {
  /// The example as Foundation's character functions make it.
  private func byCharacters(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    guard flat.count > 100 else { return flat }
    return String(flat.prefix(99)) + "…"
  }

  @Test(
    "lines joined with a space, spaces and tabs trimmed, cut at 99 characters and an ellipsis",
    arguments: [
      "We are looking for a Head of Product.", "\n\n  line one\r\nline two \n \n\tthree\t\n", "",
      String(repeating: "word ", count: 40), String(repeating: "x", count: 100), String(repeating: "y", count: 101),
      "a\u{0B}b\u{0C}c\rd", "café and naïve: not ASCII, cut by characters\u{2028}next",
    ])
  func matchesCharacters(text: String) {
    #expect(DocumentKindClassifier.cut(text) == byCharacters(text))
  }
}
