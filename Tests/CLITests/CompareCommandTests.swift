import CSV
import Foundation
import TestSupport
import Testing

/// `jdmatch compare`: two versions of the VP-of-Product fixture resume, the second with a HIPAA / SOC 2
/// compliance line added, over the bundled postings: the postings that ask for compliance move to the
/// second version, the rest tie, in every format; each score is the one `score` gives.
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

  @Test("the table: both versions lettered, the summary per version, the postings that move and their winner")
  func table() throws {
    let output = try run("table")
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.first == "2 resume versions compared over 18 postings: 12 scores move, 2 change band")
    #expect(lines.contains("  B  " + compliance))
    #expect(
      lines.contains {
        $0.hasPrefix("A        75.9    10  Director of Product (Cobalt Freight), VP of Product (Quarry Labs)")
      })
    #expect(
      lines.contains("B        75.7     2  Chief Product Officer (Lumora Health), VP of Product (Café Mélange Group)"))
    #expect(lines.contains("No single best version on 6 of 18."))
    let lumora = try #require(lines.firstIndex { $0.hasPrefix("  81  89") })
    #expect(lines[lumora].hasPrefix("  81  89 B      Good → Strong   Chief Product Officer"))
    #expect(lines[lumora + 1].hasSuffix("Fixtures/postings/greenhouse-cpo-lumora.html"))
    let notes = lines[(lumora + 2)...].prefix { $0.hasPrefix("        ") }
    #expect(notes.contains("        Skills 13.4 → 23.7 points"))
    #expect(notes.contains("        skills shown: HIPAA (B), SOC 2 (B)"))
    #expect(
      lines.contains { $0.hasPrefix("  83  87 B      Good → Strong   VP of Product") && $0.contains("Café Mélange") })
    #expect(lines.contains { $0.hasPrefix("  96  95 A      Strong          Director of Product") })
    #expect(lines.contains { $0.hasPrefix("   1   1 tie    Poor            Registered Nurse") })
  }

  @Test("JSON: typed scores, winner, band change, the skills that moved, and the summary per version")
  func json() throws {
    let object = try jsonObject()
    #expect(object["versions"] as? [String] == [original, compliance])
    #expect(object["movedCount"] as? Int == 12)
    #expect(object["bandChangeCount"] as? Int == 2)
    #expect(object["ties"] as? Int == 6)
    let rows = try #require(object["rows"] as? [[String: Any]])
    #expect(rows.count == 18)
    let changing = rows.filter { $0["changesBand"] as? Bool == true }.compactMap { $0["file"] as? String }
    #expect(
      changing.map { URL(fileURLWithPath: $0).lastPathComponent } == [
        "greenhouse-cpo-lumora.html", "win1252-vp-product-caffe.html",
      ])
    let lumora = try #require(rows.first { ($0["file"] as? String)?.hasSuffix("greenhouse-cpo-lumora.html") == true })
    #expect(lumora["scores"] as? [Int] == [81, 89])
    #expect(lumora["bands"] as? [String] == ["Good", "Strong"])
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
    #expect(summaries.compactMap { $0["wins"] as? Int } == [10, 2])
    #expect(
      (summaries[1]["bestFor"] as? [String])?.map { URL(fileURLWithPath: $0).lastPathComponent } == [
        "greenhouse-cpo-lumora.html", "win1252-vp-product-caffe.html",
      ])
  }

  @Test("each version's score is the one `score` gives for the pair")
  func scoresEqualScore() throws {
    let posting = Fixtures.posting("greenhouse-cpo-lumora.html")
    for (resume, expected) in [(original, 81), (compliance, 89)] {
      let result = try CommandRunner.run([
        "score", "--resume", resume, "--as-of", "2026-12", "--format", "json", posting,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      let fit = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      #expect(fit["score"] as? Int == expected)
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
    #expect(Array(lumora[4...10]) == ["81", "89", "Good", "Strong", "B", compliance, "yes"])
    #expect(lumora[12] == "HIPAA (B); SOC 2 (B)")
    let cobalt = try #require(rows.first { $0[0].hasSuffix("bold-headings-director-product-cobalt.html") })
    #expect(Array(cobalt[4...10]) == ["96", "95", "Strong", "Strong", "A", original, "no"])
    #expect(rows.filter { $0[8].isEmpty }.count == 6)
  }

  @Test("Markdown and HTML: the versions' summary and the postings with their winner")
  func markdownAndHTML() throws {
    let markdown = try run("markdown")
    #expect(markdown.hasPrefix("## 2 resume versions compared over 18 postings: 12 scores move, 2 change band\n"))
    #expect(
      markdown.contains(
        "| B | \(compliance) | 75.7 | 2 | Chief Product Officer (Lumora Health), VP of Product (Café Mélange Group) |"))
    #expect(markdown.contains("| 81 | **89** | B | Good → Strong | Chief Product Officer | Lumora Health |"))
    #expect(markdown.contains("| HIPAA (B); SOC 2 (B) |"))
    let html = try run("html")
    #expect(html.contains("<h1>Which version of the resume to send where</h1>"))
    #expect(html.contains("<td>Good → Strong</td>"))
    #expect(html.contains("HIPAA (B); SOC 2 (B)"))
    #expect(html.contains("<strong>89</strong>"))
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
