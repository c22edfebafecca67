import CSV
import Foundation
import TestSupport
import Testing

/// `jdmatch compare`: two versions of the VP-of-Product fixture resume, the second with a HIPAA / SOC 2
/// compliance line added, over the bundled postings: the posting that asks for HIPAA and SOC 2 moves to the
/// second version, in every format, with the skills that moved it; each score is the one `score` gives.
@Suite("compare: resume versions side by side over the fixture postings")
struct CompareCommandTests {
  private let original = Fixtures.resume("vp-product-morgan-ellis.md")
  private let compliance = Fixtures.root.appendingPathComponent(
    "Fixtures/resume-versions/vp-product-morgan-ellis-compliance.md"
  ).path
  private let postings = Fixtures.root.appendingPathComponent("Fixtures/postings").path

  private func run(_ format: String) throws -> String {
    let result = try CommandRunner.run([
      "compare", "--resume", original, "--resume", compliance, "--as-of", "2026-12", "--quiet", "--format", format,
      postings,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
  }

  private func jsonObject() throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(try run("json").utf8)) as? [String: Any])
  }

  /// The two scores a row of the table starts with ("  92  94 B …").
  private func scores(of line: String) -> [Int] {
    line.split(separator: " ").prefix(2).compactMap { Int($0) }
  }

  @Test("the table: both versions lettered, the summary per version, the postings that move and their winner")
  func table() throws {
    let output = try run("table")
    let lines = output.split(separator: "\n").map(String.init)
    let first = try #require(lines.first)
    #expect(first.hasPrefix("2 resume versions compared over 18 postings: "))
    #expect(lines.contains("  B  " + compliance))
    #expect(lines.contains { $0.hasPrefix("B  ") && $0.contains("Chief Product Officer (Lumora Health)") })
    // The posting that asks for HIPAA and SOC 2 moves to the version that shows them, and says why.
    let path = try #require(lines.firstIndex { $0.hasSuffix("Fixtures/postings/greenhouse-cpo-lumora.html") })
    let lumora = lines[path - 1]
    #expect(lumora.contains(" B ") && lumora.contains("Chief Product Officer"), "\(lumora)")
    let pair = scores(of: lumora)
    #expect(pair.count == 2 && pair[1] > pair[0], "\(lumora)")
    let notes = lines[(path + 1)...].prefix { $0.hasPrefix("        ") }
    #expect(notes.contains("        skills shown: HIPAA (B), SOC 2 (B)"))
    let skills = try #require(notes.first { $0.hasPrefix("        Skills ") })
    let points = skills.split(separator: " ").compactMap { Double($0) }
    #expect(points.count == 2 && points[1] > points[0], "\(skills)")
    #expect(lines.contains { $0.hasPrefix("   1   1 tie    Poor            Registered Nurse") })
  }

  @Test("JSON: typed scores, winner, band change, the skills that moved, and the summary per version")
  func json() throws {
    let object = try jsonObject()
    #expect(object["versions"] as? [String] == [original, compliance])
    let rows = try #require(object["rows"] as? [[String: Any]])
    #expect(rows.count == 18)
    let moved = rows.filter { $0["moved"] as? Bool == true }.count
    #expect(moved >= 1)
    #expect(object["movedCount"] as? Int == moved)
    #expect(object["ties"] as? Int == rows.filter { $0["winner"] == nil }.count)
    #expect(object["bandChangeCount"] as? Int == rows.filter { $0["changesBand"] as? Bool == true }.count)
    let lumora = try #require(rows.first { ($0["file"] as? String)?.hasSuffix("greenhouse-cpo-lumora.html") == true })
    let pair = try #require(lumora["scores"] as? [Int])
    #expect(pair.count == 2 && pair[1] > pair[0], "\(pair)")
    #expect(lumora["winner"] as? Int == 1)
    let skills = try #require(lumora["skills"] as? [[String: Any]])
    #expect(skills.compactMap { $0["name"] as? String } == ["HIPAA", "SOC 2"])
    #expect(skills.allSatisfy { $0["shown"] as? [Bool] == [false, true] })
    let parts = try #require(lumora["parts"] as? [[String: Any]])
    #expect(parts.contains { $0["kind"] as? String == "skills" })
    let nurse = try #require(rows.first { ($0["file"] as? String)?.hasSuffix("registered-nurse-stmarys.html") == true })
    #expect(nurse["winner"] == nil)
    #expect(nurse["moved"] as? Bool == false)
    let summaries = try #require(object["summaries"] as? [[String: Any]])
    #expect(summaries.compactMap { $0["wins"] as? Int }.reduce(0, +) == 18 - (object["ties"] as? Int ?? 0))
    #expect(
      (summaries[1]["bestFor"] as? [String])?.map { URL(fileURLWithPath: $0).lastPathComponent }.contains(
        "greenhouse-cpo-lumora.html") == true)
  }

  @Test("each version's score is the one `score` gives for the pair")
  func scoresEqualScore() throws {
    let rows = try #require(try jsonObject()["rows"] as? [[String: Any]])
    for name in ["greenhouse-cpo-lumora.html", "registered-nurse-stmarys.html", "lever-vp-product-tidewater.html"] {
      let row = try #require(rows.first { ($0["file"] as? String)?.hasSuffix(name) == true })
      let compared = try #require(row["scores"] as? [Int])
      for (resume, expected) in zip([original, compliance], compared) {
        let result = try CommandRunner.run([
          "score", "--resume", resume, "--as-of", "2026-12", "--format", "json", Fixtures.posting(name),
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let fit = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(fit["score"] as? Int == expected, "\(name)")
      }
    }
  }

  @Test("CSV: a row per posting with each version's score and band, the winner and what moved")
  func csv() throws {
    let reader = try CSVReader(string: try run("csv"), hasHeaderRow: true)
    #expect(
      reader.headerRow == [
        "file", "title", "company", "location", "score_A", "score_B", "band_A", "band_B", "winner", "winner_file",
        "changes_band", "parts_moved", "skills_moved", "skipped_reason",
      ])
    var rows: [[String]] = []
    while let row = reader.next() { rows.append(row) }
    #expect(rows.count == 18)
    let lumora = try #require(rows.first { $0[0].hasSuffix("greenhouse-cpo-lumora.html") })
    #expect(Int(lumora[5]) ?? 0 > Int(lumora[4]) ?? 100)
    #expect(Array(lumora[8...9]) == ["B", compliance])
    #expect(lumora[12] == "HIPAA (B); SOC 2 (B)")
    // A tie names no winner; every other row names the version with the higher score.
    for row in rows {
      let (a, b) = (Int(row[4]) ?? -1, Int(row[5]) ?? -1)
      #expect(row[8] == (a == b ? "" : a > b ? "A" : "B"), "\(row[0])")
    }
  }

  @Test("Markdown and HTML: the versions' summary and the postings with their winner")
  func markdownAndHTML() throws {
    let rows = try #require(try jsonObject()["rows"] as? [[String: Any]])
    let lumora = try #require(rows.first { ($0["file"] as? String)?.hasSuffix("greenhouse-cpo-lumora.html") == true })
    let pair = try #require(lumora["scores"] as? [Int])
    let markdown = try run("markdown")
    #expect(markdown.hasPrefix("## 2 resume versions compared over 18 postings: "))
    #expect(markdown.contains("| \(compliance) | "))
    #expect(markdown.contains("| \(pair[0]) | **\(pair[1])** | B | "))
    #expect(markdown.contains("| HIPAA (B); SOC 2 (B) |"))
    let html = try run("html")
    #expect(html.contains("<h1>Which version of the resume to send where</h1>"))
    #expect(html.contains("HIPAA (B); SOC 2 (B)"))
    #expect(html.contains("<strong>\(pair[1])</strong>"))
    #expect(html.components(separatedBy: "<tr data-rank=").count - 1 == 18)
  }

  @Test("one version, or the same one twice, is a usage error")
  func usage() throws {
    let one = try CommandRunner.run(["compare", "--resume", original, postings])
    #expect(one.status == 2)
    #expect(one.stderr.contains("at least two versions"))
    let twice = try CommandRunner.run(["compare", "--resume", original, "--resume", original, postings])
    #expect(twice.status == 2)
  }
}
