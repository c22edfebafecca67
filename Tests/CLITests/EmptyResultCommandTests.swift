import Foundation
import TestSupport
import Testing

/// Nothing is ever reported as an empty success: a page without main text and a folder without postings
/// or resumes are each one line on stderr and exit status 1.
@Suite("No main text, no postings: one line naming the file or folder, exit 1")
struct EmptyResultCommandTests {
  private let resume = Fixtures.resume("vp-product-morgan-ellis.md")
  private let noText = Fixtures.board("script-shell-no-text.html")

  @Test("extract, analyze and score name a page with no main text")
  func noMainText() throws {
    for arguments in [["extract"], ["extract", "--format", "json"], ["analyze"], ["score", "--resume", resume]] {
      let result = try CommandRunner.run(arguments + [noText])
      #expect(result.status == 1, "\(arguments)")
      #expect(result.stderr == "jdmatch: \(noText): no main text found\n", "\(arguments)")
    }
  }

  @Test("extract still prints the other files")
  func othersStillPrinted() throws {
    let result = try CommandRunner.run(["extract", noText, Fixtures.board("form-wrapped-news-story.html")])
    #expect(result.status == 1)
    #expect(result.stdout.contains("Councillor Imogen Tarrant said the new timetable would add four return sailings"))
    #expect(result.stderr == "jdmatch: \(noText): no main text found\n")
  }

  @Test("rank lists a page with no main text as skipped and ranks the rest")
  func rankSkipsNoMainText() throws {
    let directory = try Fixtures.temporaryDirectory()
    for path in [noText, Fixtures.posting("greenhouse-cpo-lumora.html")] {
      let name = URL(fileURLWithPath: path).lastPathComponent
      try FileManager.default.copyItem(atPath: path, toPath: directory.appendingPathComponent(name).path)
    }
    let result = try CommandRunner.run(["rank", "--resume", resume, "--format", "csv", directory.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("Chief Product Officer"))
    let skipped = directory.appendingPathComponent("script-shell-no-text.html").path
    #expect(result.stdout.contains("no main text found"))
    #expect(result.stderr.contains("jdmatch: \(skipped): no main text found"))
  }

  @Test("rank over an empty folder names it and exits 1", arguments: ["--resume", "--posting"])
  func rankEmptyFolder(option: String) throws {
    let directory = try Fixtures.temporaryDirectory().path
    let subject = option == "--resume" ? resume : Fixtures.posting("greenhouse-cpo-lumora.html")
    let result = try CommandRunner.run(["rank", option, subject, directory])
    let what = option == "--resume" ? "postings" : "resumes"
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "jdmatch: \(directory): no \(what) found under \(directory)\n")
  }

  @Test("an empty folder beside a full one is listed as skipped; the rest are ranked")
  func rankEmptyBesideFull() throws {
    let empty = try Fixtures.temporaryDirectory().path
    let full = try Fixtures.temporaryDirectory()
    try FileManager.default.copyItem(
      atPath: Fixtures.posting("greenhouse-cpo-lumora.html"),
      toPath: full.appendingPathComponent("lumora.html").path)
    let result = try CommandRunner.run(["rank", "--resume", resume, empty, full.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("1 postings ranked") || result.stdout.contains("1 posting ranked"))
    #expect(result.stderr == "jdmatch: \(empty): no postings found under \(empty)\n")
  }
}
