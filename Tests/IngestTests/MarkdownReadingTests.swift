import Ingest
import TestSupport
import Testing

/// Markdown postings and resumes: what the Markdown parser (cmark-gfm) and the clean-up before it make of
/// the shapes people write, block by block.
@Suite("Markdown is read into blocks of the right kind")
struct MarkdownReadingTests {
  private func blocks(_ markdown: String, source: String = "posting.md") throws -> [Block] {
    try Ingestor().document(bytes: Array(markdown.utf8), source: source).blocks
  }

  private func kinds(_ blocks: [Block]) -> [String] {
    blocks.map { "\($0.kind.rawValue)\($0.level.map(String.init) ?? ""): \($0.text)" }
  }

  @Test("ATX and standalone setext headings are headings with their levels")
  func headings() throws {
    let read = try blocks("# Head of Product\n\nLumora Health\n\nWhat you'll do\n--------------\n\n### Benefits\n")
    #expect(
      kinds(read) == [
        "heading1: Head of Product", "paragraph: Lumora Health", "heading2: What you'll do",
        "heading3: Benefits",
      ])
  }

  @Test("a table's cells come out as text, one block a cell")
  func tableCells() throws {
    let read = try blocks("# Skills\n\n| Skill | Years |\n|-------|------:|\n| SQL | 5 |\n| Roadmapping | 8 |\n")
    #expect(read.map(\.text) == ["Skills", "Skill", "Years", "SQL", "5", "Roadmapping", "8"])
  }

  @Test("nested lists are list items, each its own block; links and brackets read as text")
  func nestedLists() throws {
    let read = try blocks(
      """
      # Head of Product
      See [our careers page](https://example.com) and [![logo](a.png)](https://example.com).
      Arrays like a[0] and [optional] notes stay.

      - Own the roadmap
        - Work with design
          - Ship ~~weekly~~ monthly, ~10 releases
      * Hire the team
      """)
    #expect(
      kinds(read) == [
        "heading1: Head of Product",
        "paragraph: See our careers page and . Arrays like a[0] and [optional] notes stay.",
        "listItem: Own the roadmap", "listItem: Work with design", "listItem: Ship weekly monthly, ~10 releases",
        "listItem: Hire the team",
      ])
  }

  @Test("a line of spaces ends a paragraph, and a heading after one stays a heading")
  func blankLineOfSpaces() throws {
    let read = try blocks("We build tools.\n \n## We're looking for someone who will:\n- Write guides\n")
    #expect(
      kinds(read) == [
        "paragraph: We build tools.", "heading2: We're looking for someone who will:",
        "listItem: Write guides",
      ])
  }

  @Test("a list right under its lead-in line is a list, not part of the paragraph")
  func listAfterParagraph() throws {
    let read = try blocks("As a product lead, you will:\n- Set the vision\n- Hire the team\n")
    #expect(
      kinds(read) == [
        "paragraph: As a product lead, you will:", "listItem: Set the vision",
        "listItem: Hire the team",
      ])
  }

  @Test("a rule under a paragraph's last line leaves the paragraph a paragraph")
  func ruleUnderParagraph() throws {
    let read = try blocks(
      "A paragraph that runs on\nand ends here.\n---\nNext paragraph.\n\nTwo lines\nabove equals.\n===\n")
    #expect(
      kinds(read) == [
        "paragraph: A paragraph that runs on and ends here.", "paragraph: Next paragraph.",
        "paragraph: Two lines above equals. ===",
      ])
  }

  @Test("indented text is Markdown (pandoc's definition paragraphs); fenced code stays code")
  func indentedText() throws {
    let read = try blocks(
      """
      2011-2015
      :   **BSc, Mathematics**; Dunmore University

          *Foster Award* for the highest grades

      \t* Wrote a report generator in awk

      ```
      let code = 1
      ```
      """, source: "resume.md")
    #expect(
      kinds(read) == [
        "paragraph: 2011-2015 : BSc, Mathematics; Dunmore University",
        "paragraph: Foster Award for the highest grades", "listItem: Wrote a report generator in awk",
        "preformatted: let code = 1",
      ])
  }

  @Test("a list item wrapped before a year is one item; short date lines of a paragraph stay lines")
  func yearLines() throws {
    let read = try blocks(
      "Product Manager\nFall 2008 – Spring 2010\nDunmore University\n\n- Led the launch in\n  2019 across four markets\n",
      source: "resume.md")
    #expect(
      kinds(read) == [
        "paragraph: Product Manager", "paragraph: Fall 2008 – Spring 2010",
        "paragraph: Dunmore University", "listItem: Led the launch in 2019 across four markets",
      ])
  }

  @Test("Markdown read on many threads at once gives the same blocks")
  func concurrentReading() async throws {
    let markdown = "# Head of Product\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n  - ~~two~~\n"
    let expected = try blocks(markdown)
    let results = try await withThrowingTaskGroup(of: [Block].self) { group in
      for _ in 0..<32 { group.addTask { try self.blocks(markdown) } }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 32)
    #expect(results.allSatisfy { $0 == expected })
  }
}
