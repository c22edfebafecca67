import CSV
import Foundation
import TestSupport
import Testing

/// `rank --posting`: the candidates, each with the name from the resume's header (else the file's), current
/// title, level, years and the posting's skills they lack, in every format.
@Suite("The recruiter's view: candidate columns in every format")
struct RecruiterViewCommandTests {
  private let posting = Fixtures.posting("greenhouse-cpo-lumora.html")
  private let resumes = Fixtures.root.appendingPathComponent("Fixtures/resumes").path

  private func run(_ format: String) throws -> String {
    // "Present" as of a fixed month, so that the years do not move with the calendar.
    let result = try CommandRunner.run([
      "rank", "--posting", posting, "--as-of", "2026-12", "--format", format, resumes,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
  }

  @Test("the table names candidates and their current title, level, years and the skills they lack")
  func table() throws {
    let lines = try run("table").split(separator: "\n").map(String.init)
    let header = try #require(lines.first { $0.hasPrefix("   # Score") })
    #expect(header.contains("Candidate") && header.contains("Current title") && header.contains("Lacks"))
    #expect(!header.contains("Company") && !header.contains("Location"))
    let morgan = try #require(lines.first { $0.hasPrefix("   1 ") })
    for part in ["Morgan Ellis", "VP of Product", "vp/chief", "17.5", "HIPAA, SOC 2"] {
      #expect(morgan.contains(part), "\(part) in \(morgan)")
    }
    #expect(lines.contains { $0.contains("Priya Natarajan") && $0.contains("Senior Product Manager") })
    #expect(lines.contains { $0.contains("Jamie Lindqvist") && $0.contains("intern/junior") })
    // No name in the page's text: the file's name stands in, never a heading.
    #expect(lines.contains { $0.contains(" engineering-manager-tomas-reyes.html ") })
    #expect(!lines.contains { $0.contains(" Summary ") })
  }

  @Test("JSON carries a candidate object per entry, and no posting title")
  func json() throws {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(try run("json").utf8)) as? [String: Any])
    let entries = try #require(object["entries"] as? [[String: Any]])
    let first = try #require(entries.first?["candidate"] as? [String: Any])
    #expect(first["name"] as? String == "Morgan Ellis")
    #expect(first["nameFromResume"] as? Bool == true)
    #expect(first["currentTitle"] as? String == "VP of Product")
    #expect(first["level"] as? String == "vp/chief")
    #expect(first["years"] as? Double == 17.5)
    #expect(first["missingSkills"] as? [String] == ["HIPAA", "SOC 2", "financial capability"])
    #expect(entries.first?["title"] == nil)
    let reyes = try #require(
      entries.first { ($0["file"] as? String)?.hasSuffix("tomas-reyes.html") == true }?["candidate"] as? [String: Any])
    #expect(reyes["name"] as? String == "engineering-manager-tomas-reyes.html")
    #expect(reyes["nameFromResume"] as? Bool == false)
    #expect(reyes["currentTitle"] as? String == "Engineering Manager, Platform Infrastructure")
  }

  @Test("CSV has the candidate's columns")
  func csv() throws {
    let reader = try CSVReader(string: try run("csv"), hasHeaderRow: true)
    #expect(
      reader.headerRow == [
        "rank", "score", "band", "candidate", "current_title", "level", "years", "missing_skills", "file", "top_gaps",
        "duplicates", "skipped_reason", "set_aside_reason",
      ])
    var rows: [[String]] = []
    while let row = reader.next() { rows.append(row) }
    #expect(
      rows.first.map { Array($0[3...7]) } == [
        "Morgan Ellis", "VP of Product", "vp/chief", "17.5", "HIPAA; SOC 2; financial capability",
      ])
    #expect(rows.contains { $0[3] == "Priya Natarajan" && $0[5] == "senior" && $0[6] == "9.5" })
  }

  @Test("Markdown and HTML have the candidate's columns")
  func markdownAndHTML() throws {
    let markdown = try run("markdown")
    #expect(
      markdown.contains("| # | Score | Band | Candidate | Current title | Level | Years | Lacks | File | Top gaps |"))
    #expect(markdown.contains("| Priya Natarajan | Senior Product Manager | senior | 9.5 |"))
    let html = try run("html")
    for header in ["Candidate", "Current title", "Level", "Years", "Lacks"] {
      #expect(html.contains(">\(header)</th>"), "\(header)")
    }
    #expect(!html.contains(">Company</th>"))
    #expect(html.contains("Priya Natarajan"))
    #expect(html.contains("<td>Senior Product Manager</td>"))
  }
}
