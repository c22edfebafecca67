import Foundation
import TestSupport
import Testing

@testable import Ingest

@Suite("Bad input gets one clear error naming the file")
struct BadInputTests {
  let directory: URL

  init() throws {
    directory = try Fixtures.temporaryDirectory()
  }

  private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  @Test("an empty file")
  func emptyFile() throws {
    let path = try write("empty.html", [])
    #expect(throws: IngestError.empty(path: path)) { try Ingestor().document(at: path) }
  }

  @Test("a file of whitespace only")
  func whitespaceFile() throws {
    let path = try write("blank.txt", Array("  \n\n\t \n".utf8))
    #expect(throws: IngestError.empty(path: path)) { try Ingestor().document(at: path) }
  }

  @Test("a PNG renamed .html")
  func pngRenamed() throws {
    let png: [UInt8] =
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
      + [UInt8](repeating: 0, count: 200)
    let path = try write("logo.html", png)
    #expect(throws: IngestError.binary(path: path, kind: "PNG image")) { try Ingestor().document(at: path) }
  }

  @Test("a gzip-compressed page named .html")
  func gzipRenamed() throws {
    let path = try write("page.html", [0x1F, 0x8B, 0x08, 0x00] + [UInt8](repeating: 0x41, count: 100))
    #expect(throws: IngestError.binary(path: path, kind: "gzip-compressed data")) { try Ingestor().document(at: path) }
  }

  @Test("a file over the size limit")
  func tooLarge() throws {
    let path = try write("big.html", Array(String(repeating: "<p>word</p>", count: 400).utf8))
    let ingestor = Ingestor(options: IngestOptions(maxBytes: 1024))
    #expect(throws: IngestError.tooLarge(path: path, bytes: 4400, limit: 1024)) { try ingestor.document(at: path) }
  }

  @Test("a directory")
  func directoryPath() throws {
    #expect(throws: IngestError.isDirectory(path: directory.path)) { try Ingestor().document(at: directory.path) }
  }

  @Test("a missing path")
  func missingPath() throws {
    let path = directory.appendingPathComponent("nope.html").path
    #expect(throws: IngestError.notFound(path: path)) { try Ingestor().document(at: path) }
  }

  @Test("a FIFO is refused without blocking")
  func fifo() throws {
    let path = directory.appendingPathComponent("pipe.html").path
    try #require(mkfifo(path, 0o644) == 0)
    #expect(throws: IngestError.notRegularFile(path: path)) { try Ingestor().document(at: path) }
  }

  @Test("NUL bytes and invalid UTF-8 inside a page do not stop the text")
  func nulAndInvalidBytes() throws {
    var bytes = Array("<html><body><p>Lead the product strategy".utf8)
    bytes += [0x00, 0xFF, 0xFE, 0xC3]
    bytes += Array(" for our platform.</p><p>Second paragraph stays.</p></body></html>".utf8)
    let path = try write("nul.html", bytes)
    let document = try Ingestor().document(at: path)
    #expect(document.text.contains("Lead the product strategy"))
    #expect(document.text.contains("Second paragraph stays."))
  }

  @Test("every error message names the file and fits one line")
  func errorMessages() {
    let errors: [IngestError] = [
      .notFound(path: "a.html"), .isDirectory(path: "a.html"), .notRegularFile(path: "a.html"),
      .unreadable(path: "a.html", reason: "permission denied"), .empty(path: "a.html"),
      .tooLarge(path: "a.html", bytes: 30_000_000, limit: 20_971_520), .binary(path: "a.html", kind: "PNG image"),
      .malformed(path: "a.html", reason: "x"), .noText(path: "a.html"), .noMainText(path: "a.html"),
      .nothingFound(path: "a.html", what: "postings"),
    ]
    for error in errors {
      #expect(error.description.hasPrefix("a.html: "))
      #expect(!error.description.contains("\n"))
    }
    #expect(IngestError.tooLarge(path: "a", bytes: 30_000_000, limit: 20_971_520).description.contains("20 MB"))
  }
}
