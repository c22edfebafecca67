import Foundation
import TestSupport
import Testing

@Suite("Document kinds in rank, score and analyze, run as a user would")
struct DocumentKindCommandTests {
  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// A folder holding one real posting and the career article about the CPO role.
  private func folderWithArticle() throws -> URL {
    let directory = try Fixtures.temporaryDirectory()
    try FileManager.default.copyItem(
      atPath: Fixtures.posting("greenhouse-cpo-lumora.html"),
      toPath: directory.appendingPathComponent("greenhouse-cpo-lumora.html").path)
    try FileManager.default.copyItem(
      atPath: Fixtures.lookAlike("what-does-a-cpo-do.html"),
      toPath: directory.appendingPathComponent("what-does-a-cpo-do.html").path)
    return directory
  }

  @Test("rank sets the career article aside with the reason, ranks the posting and exits 0")
  func rankSetsAside() throws {
    let directory = try folderWithArticle()
    let article = directory.appendingPathComponent("what-does-a-cpo-do.html").path
    let result = try CommandRunner.run([
      "rank", "--resume", Fixtures.resume("vp-product-morgan-ellis.md"), "--format", "json", directory.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let reason = "does not read as a job posting: written about the role in general, no employer's ask"
    #expect(result.stderr == "jdmatch: \(article): \(reason)\n")
    let object = try json(result.stdout)
    let entries = try #require(object["entries"] as? [[String: Any]])
    #expect(
      entries.compactMap { $0["file"] as? String }.map { URL(fileURLWithPath: $0).lastPathComponent } == [
        "greenhouse-cpo-lumora.html"
      ])
    let skipped = try #require((object["skipped"] as? [[String: Any]])?.first)
    #expect(skipped["reason"] as? String == reason)
    #expect((skipped["kind"] as? [String: Any])?["kind"] as? String == "article")
  }

  @Test("rank --keep-all ranks the article too, and says what it reads as")
  func keepAll() throws {
    let directory = try folderWithArticle()
    let result = try CommandRunner.run([
      "rank", "--resume", Fixtures.resume("vp-product-morgan-ellis.md"), "--keep-all", "--quiet", directory.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("2 postings ranked"))
    #expect(!result.stdout.contains("Skipped"))
    #expect(result.stdout.contains("kept by --keep-all"))
  }

  @Test("the recruiter view sets the README of the resume fixtures aside")
  func recruiterSetsReadmeAside() throws {
    let result = try CommandRunner.run([
      "rank", "--posting", Fixtures.posting("greenhouse-cpo-lumora.html"), "--quiet",
      Fixtures.root.appendingPathComponent("Fixtures/resumes").path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("Fixtures/resumes/README.md: does not read as a resume: reads as documentation"))
    #expect(!result.stdout.contains("Resume fixtures"))
  }

  @Test("score still scores the article, with a note that it does not read as a posting")
  func scoreNotes() throws {
    let result = try CommandRunner.run([
      "score", "--resume", Fixtures.resume("vp-product-morgan-ellis.md"), Fixtures.lookAlike("what-does-a-cpo-do.html"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let flat = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains("The posting file does not read as a job posting: written about the role in general"))
    #expect(flat.contains("it is scored anyway"))
    #expect(!flat.contains("The resume file"))
  }

  @Test("score notes a resume file that does not read as a resume")
  func scoreNotesResume() throws {
    let result = try CommandRunner.run([
      "score", "--resume", Fixtures.lookAlike("shelfsort-readme.md"), Fixtures.posting("greenhouse-cpo-lumora.html"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let flat = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains("The resume file does not read as a resume: reads as documentation"))
    #expect(!flat.contains("The posting file"))
  }

  @Test("analyze shows the kind and the evidence, for postings and for resumes")
  func analyzeShowsKind() throws {
    let posting = try CommandRunner.run(["analyze", Fixtures.lookAlike("what-does-a-cpo-do.html")])
    #expect(posting.stdout.contains("Reads as: article about the role"))
    #expect(posting.stdout.contains("a title that asks a question or promises a guide"))
    let template = try CommandRunner.run([
      "analyze", "--format", "json", Fixtures.lookAlike("cpo-job-description-template.html"),
    ])
    let kind = try #require(try json(template.stdout)["kind"] as? [String: Any])
    #expect(kind["kind"] as? String == "jobDescriptionTemplate")
    #expect(kind["isExpectedKind"] as? Bool == true)
    let readme = try CommandRunner.run(["analyze", "--resume", Fixtures.lookAlike("shelfsort-readme.md")])
    #expect(readme.stdout.contains("Reads as: not a resume"))
  }
}
