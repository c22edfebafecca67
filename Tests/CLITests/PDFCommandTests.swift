import Foundation
import TestSupport
import Testing

@Suite("PDF resumes and postings, run as a user would")
struct PDFCommandTests {
  private func unreadable(_ name: String) -> String {
    Fixtures.root.appendingPathComponent("Fixtures/unreadable").appendingPathComponent(name).path
  }

  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// The ids of the competencies `score --format json` lists as matched.
  private func matchedCompetencies(resume: String, posting: String) throws -> [String] {
    let result = try CommandRunner.run(["score", "--resume", resume, "--format", "json", posting])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try json(result.stdout)
    let fit = (object["results"] as? [[String: Any]])?.first ?? object
    let competencies = try #require(fit["competencies"] as? [[String: Any]], "\(object.keys)")
    return competencies.filter { $0["status"] as? String == "matched" }.compactMap { $0["id"] as? String }
  }

  @Test("score gives the two-column PDF resume the same competencies as its .docx twin")
  func sameCompetencies() throws {
    let posting = Fixtures.posting("greenhouse-cpo-lumora.html")
    let pdf = try matchedCompetencies(resume: Fixtures.resume("vp-product-morgan-ellis.pdf"), posting: posting)
    let docx = try matchedCompetencies(resume: Fixtures.resume("vp-product-morgan-ellis.docx"), posting: posting)
    #expect(!pdf.isEmpty)
    #expect(pdf == docx)
  }

  @Test("a scanned resume is refused with the clear message and exit status 1")
  func scannedResume() throws {
    let scanned = unreadable("scanned-resume.pdf")
    let result = try CommandRunner.run(["score", "--resume", scanned, Fixtures.posting("greenhouse-cpo-lumora.html")])
    #expect(result.status != 0)
    #expect(result.stderr.contains("\(scanned): no text layer: is this a scanned image?"))
    #expect(!result.stdout.contains("/100"))
  }

  @Test("a batch with a scanned, an encrypted and a truncated PDF ranks the rest and lists the three")
  func brokenPDFsInBatch() throws {
    let directory = try Fixtures.temporaryDirectory()
    for name in ["greenhouse-cpo-lumora.html", "printed-cpo-meridian.pdf"] {
      try FileManager.default.copyItem(
        atPath: Fixtures.posting(name), toPath: directory.appendingPathComponent(name).path)
    }
    for name in ["scanned-resume.pdf", "encrypted-resume.pdf"] {
      try FileManager.default.copyItem(atPath: unreadable(name), toPath: directory.appendingPathComponent(name).path)
    }
    let whole = try Data(contentsOf: URL(fileURLWithPath: Fixtures.posting("printed-cpo-meridian.pdf")))
    let truncated = directory.appendingPathComponent("truncated.pdf")
    try whole.prefix(4000).write(to: truncated)
    let result = try CommandRunner.run([
      "rank", "--resume", Fixtures.resume("vp-product-morgan-ellis.pdf"), "--format", "json", directory.path,
    ])
    #expect(result.status == 1)
    let object = try json(result.stdout)
    let entries = try #require(object["entries"] as? [[String: Any]])
    #expect(entries.count == 2)
    let skipped = try #require(object["skipped"] as? [[String: Any]])
    #expect(
      Set(skipped.compactMap { ($0["file"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } }) == [
        "encrypted-resume.pdf", "scanned-resume.pdf", "truncated.pdf",
      ])
    #expect(result.stderr.contains("truncated.pdf: malformed: damaged or truncated PDF"))
    #expect(result.stderr.contains("encrypted-resume.pdf: malformed: encrypted (password-protected) PDF"))
  }
}
