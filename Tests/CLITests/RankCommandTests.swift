import CSV
import Foundation
import TestSupport
import Testing

@Suite("jdmatch score and jdmatch rank, run as a user would")
struct RankCommandTests {
  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  private func ranks(_ resume: String) throws -> [String: (rank: Int, score: Int)] {
    let result = try CommandRunner.run([
      "rank", "--resume", Fixtures.resume(resume), "--format", "json",
      Fixtures.root.appendingPathComponent("Fixtures/postings").path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let entries = try #require(try json(result.stdout)["entries"] as? [[String: Any]])
    var byFile: [String: (Int, Int)] = [:]
    for entry in entries {
      let file = try #require(entry["file"] as? String)
      byFile[URL(fileURLWithPath: file).lastPathComponent] = (
        try #require(entry["rank"] as? Int), try #require(entry["score"] as? Int)
      )
    }
    return byFile
  }

  @Test(
    "ranking the fixtures for the VP of Product puts CPO/VP postings above unrelated ones; the new graduate scores far lower"
  )
  func orderings() throws {
    let vp = try ranks("vp-product-morgan-ellis.md")
    let graduate = try ranks("new-grad-jamie-lindqvist.txt")
    let leadership = [
      "greenhouse-cpo-lumora.html", "lever-vp-product-tidewater.html", "jsonld-only-shell-cpo-orbitpay.html",
      "mhtml-cpo-vantage.mhtml", "win1252-vp-product-caffe.html",
    ]
    let unrelated = ["registered-nurse-stmarys.html", "senior-software-engineer-ardent.html"]
    for posting in leadership {
      for other in unrelated {
        #expect(try #require(vp[posting]).rank < (try #require(vp[other])).rank, "\(posting) vs \(other)")
      }
      #expect(try #require(vp[posting]).score - (try #require(graduate[posting])).score >= 30, "\(posting)")
    }
  }

  @Test(
    "score gives every pair the score rank gives it, whatever else is in the batch",
    arguments: ["vp-product-morgan-ellis.md", "senior-pm-priya-natarajan.txt", "marketing-lead-sade-okafor.md"])
  func scoreEqualsRank(resume: String) throws {
    let ranked = try ranks(resume)
    let folder = Fixtures.root.appendingPathComponent("Fixtures/postings")
    let postings = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      .filter { ranked[$0] != nil }
    #expect(postings.count >= 15)
    let result = try CommandRunner.run(
      ["score", "--resume", Fixtures.resume(resume), "--format", "json"]
        + postings.map {
          folder.appendingPathComponent($0).path
        })
    #expect(result.status == 0, "\(result.stderr)")
    let fits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(fits.count == postings.count)
    for fit in fits {
      let source = try #require((fit["posting"] as? [String: Any])?["source"] as? String)
      let name = URL(fileURLWithPath: source).lastPathComponent
      #expect(fit["score"] as? Int == ranked[name]?.score, "\(resume) × \(name)")
    }
  }

  @Test("the output is byte-identical run to run, and --output writes it atomically")
  func determinism() throws {
    let arguments = [
      "rank", "--resume", Fixtures.resume("senior-pm-priya-natarajan.txt"), "--format", "csv", "--jobs", "2",
      Fixtures.root.appendingPathComponent("Fixtures/postings").path,
    ]
    let first = try CommandRunner.run(arguments)
    let second = try CommandRunner.run(arguments.replacingOccurrences(of: "2", with: "1"))
    #expect(first.stdout == second.stdout)
    let directory = try Fixtures.temporaryDirectory()
    let output = directory.appendingPathComponent("ranking.csv").path
    try Data("old contents".utf8).write(to: URL(fileURLWithPath: output))
    let written = try CommandRunner.run(arguments + ["--output", output])
    #expect(written.status == 0)
    #expect(written.stdout.isEmpty)
    #expect(try String(contentsOfFile: output, encoding: .utf8) == first.stdout)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["ranking.csv"])
  }

  @Test("CSV parses with a standard CSV reader, one row per posting")
  func csv() throws {
    let result = try CommandRunner.run([
      "rank", "--resume", Fixtures.resume("vp-product-morgan-ellis.md"), "--format", "csv",
      Fixtures.root.appendingPathComponent("Fixtures/postings").path,
    ])
    let reader = try CSVReader(string: result.stdout, hasHeaderRow: true)
    #expect(reader.headerRow?.prefix(7) == ["rank", "score", "band", "title", "company", "location", "file"])
    var rows: [[String]] = []
    while let row = reader.next() { rows.append(row) }
    #expect(rows.count == Fixtures.postingNames().count)
    let scores = rows.compactMap { Int($0[1]) }
    #expect(scores == scores.sorted(by: >))
    #expect(rows.contains { $0[3] == "Chief Product Officer" && $0[4] == "Lumora Health" })
  }

  @Test("a folder with a broken file still ranks the rest, lists it, and exits 1")
  func brokenFile() throws {
    let directory = try Fixtures.temporaryDirectory()
    for name in ["greenhouse-cpo-lumora.html", "registered-nurse-stmarys.html"] {
      try FileManager.default.copyItem(
        atPath: Fixtures.posting(name), toPath: directory.appendingPathComponent(name).path)
    }
    try FileManager.default.copyItem(
      atPath: Fixtures.posting("greenhouse-cpo-lumora.html"),
      toPath: directory.appendingPathComponent("copy-of-lumora.html").path)
    let broken = directory.appendingPathComponent("broken.html")
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]).write(to: broken)
    try Data("hidden".utf8).write(to: directory.appendingPathComponent(".hidden.html"))
    let result = try CommandRunner.run([
      "rank", "--resume", Fixtures.resume("vp-product-morgan-ellis.md"), "--format", "json", directory.path,
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(broken.path): binary file (PNG image)"))
    let object = try json(result.stdout)
    let entries = try #require(object["entries"] as? [[String: Any]])
    #expect(entries.count == 2)
    let duplicates = entries.compactMap { $0["duplicates"] as? [String] }.flatMap { $0 }
    #expect(duplicates.count == 1)
    let skipped = try #require(object["skipped"] as? [[String: Any]])
    #expect(skipped.map { $0["file"] as? String } == [broken.path])
  }

  @Test("the recruiter view ranks candidates for one posting")
  func recruiter() throws {
    let result = try CommandRunner.run([
      "rank", "--posting", Fixtures.posting("greenhouse-cpo-lumora.html"), "--format", "json",
      Fixtures.root.appendingPathComponent("Fixtures/resumes").path,
    ])
    let entries = try #require(try json(result.stdout)["entries"] as? [[String: Any]])
    let files = entries.compactMap { ($0["file"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } }
    #expect(files.first?.hasPrefix("vp-product-morgan-ellis") == true)
    #expect(
      files.firstIndex(of: "new-grad-jamie-lindqvist.txt") ?? 0 > files.firstIndex(of: "senior-pm-priya-natarajan.txt")
        ?? 99)
  }

  @Test("score --explain prints arithmetic that adds up to the score")
  func explain() throws {
    let result = try CommandRunner.run([
      "score", "--resume", Fixtures.resume("senior-pm-priya-natarajan.txt"), "--explain",
      Fixtures.posting("greenhouse-cpo-lumora.html"),
    ])
    #expect(result.status == 0)
    let total = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Total: ") })
    let score = try #require(result.stdout.split(separator: "/").first.flatMap { Int($0) })
    #expect(total.contains("→ \(score) ("))
    #expect(!result.stdout.contains("Priya"), "resume text must not leak into output beyond evidence")
  }
}

extension Array where Element == String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> [String] {
    map { $0 == target ? replacement : $0 }
  }
}
