import Foundation
import TestSupport
import Testing

@Suite("JSON Resume files, run as a user would")
struct JSONResumeCommandTests {
  private let notResume = Fixtures.root.appendingPathComponent("Fixtures/unreadable/package-manifest.json").path
  private let reason = "not a JSON Resume: no \"work\" or \"basics\" object"

  @Test("score --resume reads a JSON Resume")
  func score() throws {
    let result = try CommandRunner.run([
      "score", "--resume", Fixtures.resume("director-product-avery-quinn.json"), "--format", "json",
      Fixtures.posting("greenhouse-cpo-lumora.html"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((object["score"] as? Int ?? 0) > 0)
  }

  @Test("score --resume with a .json that is not a resume: one line naming the file and the reason, exit 1")
  func scoreRefused() throws {
    let result = try CommandRunner.run(["score", "--resume", notResume, Fixtures.posting("greenhouse-cpo-lumora.html")])
    #expect(result.status == 1)
    #expect(result.stderr == "jdmatch: resume \(notResume): \(reason)\n")
    #expect(result.stdout.isEmpty)
  }

  @Test("rank --posting ranks .json resumes, lists a non-resume .json as skipped and goes on")
  func recruiterBatch() throws {
    let directory = try Fixtures.temporaryDirectory()
    for name in ["director-product-avery-quinn.json", "senior-pm-priya-natarajan.txt"] {
      try FileManager.default.copyItem(
        atPath: Fixtures.resume(name), toPath: directory.appendingPathComponent(name).path)
    }
    let broken = directory.appendingPathComponent("package-manifest.json").path
    try FileManager.default.copyItem(atPath: notResume, toPath: broken)
    let result = try CommandRunner.run([
      "rank", "--posting", Fixtures.posting("greenhouse-cpo-lumora.html"), "--format", "json", directory.path,
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(broken): \(reason)"))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let entries = try #require(object["entries"] as? [[String: Any]])
    let files = entries.compactMap { ($0["file"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } }
    #expect(Set(files) == ["director-product-avery-quinn.json", "senior-pm-priya-natarajan.txt"])
    let skipped = try #require(object["skipped"] as? [[String: Any]])
    #expect(skipped.map { $0["file"] as? String } == [broken])
  }
}
