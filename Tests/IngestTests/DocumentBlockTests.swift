import Ingest
import TestSupport
import Testing

@Suite("Documents keep the kinds of their blocks")
struct DocumentBlockTests {
  @Test("an HTML posting hands over its headings and list items as such")
  func htmlBlockKinds() throws {
    let document = try Ingestor().document(at: Fixtures.posting("greenhouse-cpo-lumora.html"))
    let heading = try #require(document.blocks.first { $0.text == "What you'll do" })
    #expect(heading.kind == .heading)
    #expect(heading.level == 2)
    let item = try #require(document.blocks.first { $0.text.hasPrefix("Set a clear, multi-year product vision") })
    #expect(item.kind == .listItem)
    // The sections are the same text, grouped at the heading blocks.
    #expect(document.sections.compactMap(\.heading) == document.blocks.filter { $0.kind == .heading }.map(\.text))
  }
}
