import Testing

@testable import Ingest

@Suite("A Markdown file's lines")
struct MarkdownLinesTests {
  @Test(
    "split on the bytes where splitting the characters at a line feed splits",
    arguments: [
      "", "\n", "\n\n", "one", "one\ntwo", "one\ntwo\n", "one\r\ntwo\r\n", "a\rb\nc", "\r\n\n\r", "\n\r\n\n",
      "café\nnaïve\n", "e\u{301}\nx", "\u{301}\nx", "tab\t\n\u{2028}\n\u{85}end", "🇫🇷\n👩‍💻\r\n", "last\r",
    ])
  func lines(text: String) {
    let byCharacters = text.split(omittingEmptySubsequences: false) { $0 == "\n" }
    #expect(MarkdownCleanup.lines(of: text) == byCharacters)
  }
}
