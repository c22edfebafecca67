import Foundation
import Testing
import TestSupport

@testable import Ingest

/// Job-board saves, app shells and odd pages in `Fixtures/boards`: each yields a specific fact, or a
/// specific error.
@Suite("Board pages, app shells and pages with little or no text")
struct BoardPageTests {
  private func document(_ name: String) throws -> Document {
    try Ingestor().document(at: Fixtures.board(name))
  }

  @Test("a page whose article the furniture rules drop still gives its text (fallback with furniture kept)")
  func formWrappedStory() throws {
    let text = try document("form-wrapped-news-story.html").text
    #expect(text.contains("The Larkspur Bay council voted on Tuesday night to extend ferry services into the evening"))
    #expect(text.contains("welcomed the decision at a packed public gallery."))
    #expect(!text.contains("We use cookies"))
  }

  @Test("a page with no text fails as no main text, even though it has a title")
  func noText() throws {
    let path = Fixtures.board("script-shell-no-text.html")
    #expect(throws: IngestError.noMainText(path: path)) { try Ingestor().document(at: path) }
    #expect(IngestError.noMainText(path: path).description == "\(path): no main text found")
  }

  @Test("a body of empty elements is no main text too")
  func emptyBody() throws {
    let html = "<html><head><title>Head of Product</title></head><body><div><span> </span></div></body></html>"
    #expect(throws: IngestError.noMainText(path: "shell.html")) {
      try Ingestor().document(bytes: Array(html.utf8), source: "shell.html")
    }
  }
}
