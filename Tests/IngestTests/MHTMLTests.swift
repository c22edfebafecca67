import Foundation
import Testing

@testable import Ingest

@Suite("MHTML web archives")
struct MHTMLTests {
  private func archive(boundary: String, declaredBoundary: String? = nil, part: String, encoding: String) -> [UInt8] {
    let header = """
      From: <Saved by Blink>\r
      Subject: Careers\r
      MIME-Version: 1.0\r
      Content-Type: multipart/related;\r
      \ttype="text/html";\r
      \tboundary="\(declaredBoundary ?? boundary)"\r
      \r
      --\(boundary)\r
      Content-Type: text/html; charset=utf-8\r
      Content-Transfer-Encoding: \(encoding)\r
      Content-Location: https://example.test/jobs/1\r
      \r
      \(part)\r
      --\(boundary)--\r

      """
    return Array(header.utf8)
  }

  @Test("quoted-printable with soft breaks and encoded UTF-8")
  func quotedPrintable() throws {
    let part =
      "<html><body><h1 class=3D\"title\">VP of Product</h1><p>You=E2=80=99ll own the =\r\nroadmap.</p></body></html>"
    let document = try Ingestor().document(
      bytes: archive(boundary: "----B--1", part: part, encoding: "quoted-printable"),
      source: "job.mhtml")
    #expect(document.format == .mhtml)
    #expect(document.title == "VP of Product")
    #expect(document.text.contains("You’ll own the roadmap."))
  }

  @Test("base64")
  func base64() throws {
    let html = "<html><body><p>Lead a team of 12 product managers.</p></body></html>"
    let part = Data(html.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn])
    let document = try Ingestor().document(
      bytes: archive(boundary: "xyz", part: part, encoding: "base64"),
      source: "job.mht")
    #expect(document.text == "Lead a team of 12 product managers.")
  }

  @Test("a boundary that never occurs gives a clear error")
  func brokenBoundary() throws {
    let bytes = archive(boundary: "real", declaredBoundary: "declared", part: "<p>x</p>", encoding: "8bit")
    #expect(
      throws: IngestError.malformed(path: "job.mhtml", reason: "MIME boundary \"declared\" never occurs in the archive")
    ) {
      try Ingestor().document(bytes: bytes, source: "job.mhtml")
    }
  }

  @Test("quoted-printable decoding keeps malformed escapes")
  func quotedPrintableEdgeCases() {
    #expect(QuotedPrintable.decode(Array("a=3Db=\nc=ZZd=".utf8)) == Array("a=bc=ZZd=".utf8))
  }
}
