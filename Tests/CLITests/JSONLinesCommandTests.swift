import Foundation
import TestSupport
import Testing

/// `analyze --format jsonl` (one line per input, a failure as {"error", "file"}) and `--files-from FILE|-` on
/// `analyze` and `rank`.
@Suite("analyze --format jsonl and --files-from")
struct JSONLinesCommandTests {
  private let lumora = Fixtures.posting("greenhouse-cpo-lumora.html")
  private let nurse = Fixtures.posting("registered-nurse-stmarys.html")
  private let jobspy = Fixtures.root.appendingPathComponent("Fixtures/feeds/jobspy-jobs.csv").path

  private func objects(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test("one line per input in order, a failure as {error, file}; a feed gives one line per row")
  func analyzeLines() throws {
    let missing = "/no/such/posting.html"
    let result = try CommandRunner.run(["analyze", "--format", "jsonl", lumora, missing, nurse, jobspy])
    #expect(result.status == 1)
    let lines = try objects(result.stdout)
    #expect(lines.count == 8)
    #expect(lines[0]["source"] as? String == lumora)
    #expect(lines[0]["company"] as? String == "Lumora Health")
    #expect(lines[1] as? [String: String] == ["file": missing, "error": "no such file"])
    #expect(lines[2]["source"] as? String == nurse)
    #expect(lines[3]["source"] as? String == jobspy + "#1")
    #expect(lines[4] as? [String: String] == ["file": jobspy + "#2", "error": "row has no description"])
    #expect(lines[7]["company"] as? String == "Northwind Labs")
    // Pay and remote from the row's columns, said so.
    let requirements = try #require(lines[5]["requirements"] as? [String: Any])
    #expect((requirements["workplace"] as? [String: Any])?["evidence"] as? String == "is_remote column")
    let salary = try #require(requirements["salary"] as? [String: Any])
    #expect(salary["period"] as? String == "hour" && salary["min"] as? Int == 60 && salary["max"] as? Int == 75)
    // Each line is the object `--format json` gives for the file alone.
    let alone = try CommandRunner.run(["analyze", "--format", "json", nurse])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(alone.stdout.utf8)) as? NSDictionary)
    #expect(NSDictionary(dictionary: lines[2]) == object)
  }

  @Test("--files-from reads paths from a file or standard input, after those named; resumes too")
  func filesFrom() throws {
    let viaStdin = try CommandRunner.run(
      ["analyze", "--format", "jsonl", "--files-from", "-", lumora], input: "\(nurse)\n\n\(lumora)\n")
    #expect(viaStdin.status == 0, "\(viaStdin.stderr)")
    #expect(try objects(viaStdin.stdout).map { $0["source"] as? String } == [lumora, nurse, lumora])
    let resumes = try CommandRunner.run(
      ["analyze", "--resume", "--format", "jsonl", "--files-from", "-"],
      input: Fixtures.resume("new-grad-jamie-lindqvist.txt") + "\n/no/such/resume.md\n")
    let readings = try objects(resumes.stdout)
    #expect(resumes.status == 1)
    #expect(readings.count == 2)
    #expect(readings[1]["error"] as? String == "no such file")
    let directory = try Fixtures.temporaryDirectory()
    let list = directory.appendingPathComponent("list.txt")
    try "\(jobspy)\n\(nurse)\n".write(to: list, atomically: true, encoding: .utf8)
    let ranked = try CommandRunner.run([
      "rank", "--resume", Fixtures.resume("senior-pm-priya-natarajan.txt"), "--format", "json", "--files-from",
      list.path,
    ])
    let ranking = try #require(try JSONSerialization.jsonObject(with: Data(ranked.stdout.utf8)) as? [String: Any])
    #expect((ranking["entries"] as? [[String: Any]])?.count == 5)
    let nothing = try CommandRunner.run(["analyze"])
    #expect(nothing.status == 2)
    #expect(nothing.stderr.contains("--files-from"))
    let unreadable = try CommandRunner.run(["rank", "--resume", lumora, "--files-from", "/no/such/list"])
    #expect(unreadable.status == 2)
    #expect(unreadable.stderr.contains("--files-from: cannot read /no/such/list"))
  }
}
