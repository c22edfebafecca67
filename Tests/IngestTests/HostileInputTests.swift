import Foundation
import TestSupport
import Testing

@testable import Ingest

#if canImport(Glibc)
  import Glibc
#endif

/// Pages and Word files made to break a reader: each is read (or refused with one clear line) quickly and
/// without crashing. Time limits are generous, for debug builds on a busy machine; in a release build each
/// case takes a fraction of them.
@Suite("Hostile inputs are read or refused quickly, never crash")
struct HostileInputTests {
  private let sentence = "Lead the product strategy for our platform."

  private func timed<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
    let start = ContinuousClock.now
    let value = try body()
    return (value, ContinuousClock.now - start)
  }

  @Test("100,000 nested elements: the text inside is still read", arguments: ["<div>", "<div><span>", "<b>"])
  func deepNesting(element: String) throws {
    let html = "<html><body>" + String(repeating: element, count: 100_000) + "<p>\(sentence)</p></body></html>"
    let (document, duration) = try timed { try Ingestor().document(bytes: Array(html.utf8), source: "deep.html") }
    #expect(document.text.contains(sentence))
    #expect(duration < TimeLimit.seconds(10))
  }

  @Test("a 50 MB text node: refused by the size limit at once, or read when the limit allows it")
  func hugeTextNode() throws {
    let html = Array(("<html><body><p>" + String(repeating: "word ", count: 10_000_000) + "</p></body></html>").utf8)
    #expect(html.count > 50_000_000)
    let (refusal, refusalTime) = timed { Result { try Ingestor().document(bytes: html, source: "big.html") } }
    #expect(throws: IngestError.tooLarge(path: "big.html", bytes: html.count, limit: IngestOptions.defaultMaxBytes)) {
      try refusal.get()
    }
    #expect(refusalTime < TimeLimit.seconds(1))
    let ingestor = Ingestor(options: IngestOptions(maxBytes: 64 * 1_048_576))
    let (document, duration) = try timed { try ingestor.document(bytes: html, source: "big.html") }
    #expect(document.text.hasPrefix("word word"))
    #expect(duration < TimeLimit.seconds(30))
  }

  @Test("thousands of attributes on one element")
  func manyAttributes() throws {
    let attributes = (0..<5_000).map { "data-a\($0)=\"v\($0)\"" }.joined(separator: " ")
    let repeated = String(repeating: "class=\"nav\" ", count: 5_000)
    let html = "<html><body><div \(attributes)><p \(repeated)>\(sentence)</p></div></body></html>"
    let (document, duration) = try timed { try Ingestor().document(bytes: Array(html.utf8), source: "attrs.html") }
    #expect(document.text.contains(sentence))
    #expect(duration < TimeLimit.seconds(10))
  }

  @Test("thousands of unclosed [ in Markdown, lists nested thousands deep, a table 100,000 columns wide")
  func hostileMarkdown() throws {
    let cases = [
      String(repeating: "[a ", count: 3_000) + "\n\n\(sentence)\n",
      String(repeating: "[", count: 3_000) + "x" + String(repeating: "]", count: 3_000)
        + "(https://example.com)\n\n\(sentence)\n",
      (0..<3_000).map { String(repeating: "  ", count: $0) + "- item \($0)\n" }.joined() + "\n\(sentence)\n",
      String(repeating: String(repeating: " ", count: 8_000) + "indented\n\n", count: 200) + "\(sentence)\n",
      "|" + String(repeating: "a|", count: 100_000) + "\n|" + String(repeating: "-|", count: 100_000) + "\n|"
        + String(repeating: "b\\\\|", count: 100_000) + "\n\n\(sentence)\n",
    ]
    for markdown in cases {
      let (document, duration) = try timed {
        try Ingestor().document(bytes: Array(markdown.utf8), source: "posting.md")
      }
      #expect(document.text.contains(sentence))
      #expect(duration < TimeLimit.seconds(10))
    }
  }

  @Test("every item of a list nested 3,000 deep is read, and text indented 8,000 columns is a paragraph")
  func hostileMarkdownReadFully() throws {
    let nested = (0..<3_000).map { String(repeating: "  ", count: $0) + "- item \($0)\n" }.joined()
    let items = try Ingestor().document(bytes: Array(nested.utf8), source: "posting.md").blocks
    #expect(items.count == 3_000)
    #expect(items.allSatisfy { $0.kind == .listItem })
    #expect(items.last?.text == "item 2999")
    let indented = String(repeating: " ", count: 8_000) + "Lead the roadmap.\n\n" + sentence + "\n"
    let blocks = try Ingestor().document(bytes: Array(indented.utf8), source: "posting.md").blocks
    #expect(blocks == [Block(kind: .paragraph, text: "Lead the roadmap."), Block(kind: .paragraph, text: sentence)])
  }

  @Test("a gzip-compressed page named .html is refused as binary")
  func gzipNamedHTML() throws {
    let page = Data("<html><body><p>\(sentence)</p></body></html>".utf8)
    let directory = try Fixtures.temporaryDirectory()
    let plain = directory.appendingPathComponent("page")
    try page.write(to: plain)
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
    gzip.arguments = ["-n", plain.path]
    guard (try? gzip.run()) != nil else { return }
    gzip.waitUntilExit()
    let named = directory.appendingPathComponent("page.html").path
    try FileManager.default.moveItem(atPath: plain.path + ".gz", toPath: named)
    #expect(throws: IngestError.binary(path: named, kind: "gzip-compressed data")) {
      try Ingestor().document(at: named)
    }
  }

  @Test("a Word file's external DTD and entities touch neither the network nor other files")
  func noNetworkNoFiles() throws {
    let directory = try Fixtures.temporaryDirectory()
    let dtd = directory.appendingPathComponent("evil.dtd")
    try Data("<!ENTITY leak \"DTD-WAS-LOADED\">".utf8).write(to: dtd)
    let listener = try LocalListener()
    let prolog = """
      <!DOCTYPE w:document SYSTEM "\(dtd.absoluteString)" [
        <!ENTITY net SYSTEM "http://127.0.0.1:\(listener.port)/entity">
        <!ENTITY % remote SYSTEM "http://127.0.0.1:\(listener.port)/dtd"> %remote;
        <!ENTITY file SYSTEM "\(dtd.absoluteString)">
      ]>

      """
    let xml = DocxBuilder.document("<w:p><w:r><w:t>Kept &leak; &net; &file; text</w:t></w:r></w:p>", prolog: prolog)
    let document = try? Ingestor().document(bytes: DocxBuilder.docx(xml), source: "cv.docx")
    #expect(document.map { !$0.text.contains("DTD-WAS-LOADED") && !$0.text.contains("ENTITY") } ?? true)
    #expect(!listener.wasContacted, "libxml2 connected to the network")
  }

  @Test("ZIP entries named ../ are only compared, never written anywhere")
  func pathTraversalEntries() throws {
    let directory = try Fixtures.temporaryDirectory()
    let escapeName = "jdmatch-traversal-\(UUID().uuidString).txt"
    let xml = DocxBuilder.document(DocxBuilder.paragraph(sentence))
    let bytes = try DocxBuilder.archive([
      ("../../../../../../../../tmp/\(escapeName)", Data("escaped".utf8)),
      ("../\(escapeName)", Data("escaped".utf8)),
      ("/tmp/\(escapeName)", Data("escaped".utf8)),
      ("word/document.xml", Data(xml.utf8)),
    ])
    let file = directory.appendingPathComponent("cv.docx")
    try Data(bytes).write(to: file)
    let document = try Ingestor().document(at: file.path)
    #expect(document.text == sentence)
    for place in ["/tmp", directory.path, directory.deletingLastPathComponent().path] {
      #expect(!FileManager.default.fileExists(atPath: place + "/" + escapeName))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["cv.docx"])
  }

  @Test("a path swapped for a FIFO after it was listed is refused, not waited on")
  func fifoSwappedIn() throws {
    let directory = try Fixtures.temporaryDirectory()
    let path = directory.appendingPathComponent("posting.html").path
    try #require(mkfifo(path, 0o644) == 0)
    let (result, duration) = timed { Result { try FileReader.read(path, limit: 1 << 20) } }
    #expect(throws: IngestError.notRegularFile(path: path)) { try result.get() }
    #expect(duration < TimeLimit.seconds(1))
  }
}

/// A TCP socket listening on 127.0.0.1 that remembers whether anyone connected.
private final class LocalListener {
  let descriptor: Int32
  let port: UInt16

  init() throws {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
        bind(descriptor, socketAddress, length) == 0 && listen(descriptor, 8) == 0
          && getsockname(descriptor, socketAddress, &length) == 0
      }
    }
    guard descriptor >= 0, bound else { throw POSIXError(.EADDRNOTAVAIL) }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    self.descriptor = descriptor
    port = UInt16(bigEndian: address.sin_port)
  }

  /// Whether a connection is waiting (the kernel completes it even though nobody accepted it yet).
  var wasContacted: Bool {
    let connection = accept(descriptor, nil, nil)
    if connection >= 0 { close(connection) }
    return connection >= 0
  }

  deinit {
    close(descriptor)
  }
}
