import CSV
import Foundation
import TestSupport
import Testing

/// `rank` over files of postings from job-search tools: a CSV in python-jobspy's export layout (five rows, one
/// without a description, Markdown descriptions over several lines) and a JSON Lines file of the minimal
/// schema. Each row is ranked as a posting named FILE#N, keeps its URL, and takes its pay and remote flag
/// from its columns.
@Suite("rank: postings from CSV (python-jobspy) and JSON Lines files")
struct FeedCommandTests {
  private let resume = Fixtures.resume("senior-pm-priya-natarajan.txt")
  private let jobspy = Fixtures.root.appendingPathComponent("Fixtures/feeds/jobspy-jobs.csv").path
  private let minimal = Fixtures.root.appendingPathComponent("Fixtures/feeds/minimal-postings.jsonl").path

  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// The JSON ranking: the kept entries (file name → entry), the set-aside rows (file name → filters) and the
  /// result.
  private func rank(_ arguments: [String]) throws -> (
    entries: [String: [String: Any]], setAside: [String: [String]], result: CommandRunner.Result
  ) {
    let result = try CommandRunner.run(["rank", "--resume", resume, "--format", "json"] + arguments)
    let object = try json(result.stdout)
    var entries: [String: [String: Any]] = [:]
    for entry in try #require(object["entries"] as? [[String: Any]]) {
      entries[URL(fileURLWithPath: try #require(entry["file"] as? String)).lastPathComponent] = entry
    }
    var setAside: [String: [String]] = [:]
    for item in object["setAside"] as? [[String: Any]] ?? [] {
      let reasons = try #require(item["reasons"] as? [[String: Any]])
      setAside[URL(fileURLWithPath: try #require(item["file"] as? String)).lastPathComponent] = reasons.compactMap {
        $0["filter"] as? String
      }
    }
    return (entries, setAside, result)
  }

  @Test("a jobspy CSV ranks row by row with titles, companies and URLs; the row without a description is skipped")
  func jobspyCSV() throws {
    let ranked = try rank([jobspy])
    // A skipped row is a file that could not be read: exit status 1, the rest ranked.
    #expect(ranked.result.status == 1)
    #expect(
      Set(ranked.entries.keys) == [
        "jobspy-jobs.csv#1", "jobspy-jobs.csv#3", "jobspy-jobs.csv#4", "jobspy-jobs.csv#5",
      ])
    let payments = try #require(ranked.entries["jobspy-jobs.csv#1"])
    #expect(payments["title"] as? String == "Senior Product Manager, Payments")
    #expect(payments["company"] as? String == "Ledgerly")
    #expect(payments["location"] as? String == "Austin, TX, US")
    #expect(payments["url"] as? String == "https://www.indeed.com/viewjob?jk=7f3a9c21e0b4d5a1")
    #expect(
      ranked.entries["jobspy-jobs.csv#3"]?["url"] as? String == "https://www.glassdoor.com/job-listing/jl=1009517733")
    // The product posting fits the product manager better than the backend engineering one.
    let engineer = try #require(ranked.entries["jobspy-jobs.csv#5"]?["score"] as? Int)
    #expect(try #require(payments["score"] as? Int) > engineer)
    let object = try json(ranked.result.stdout)
    let skipped = try #require(object["skipped"] as? [[String: Any]])
    #expect(skipped.count == 1)
    #expect((skipped.first?["file"] as? String)?.hasSuffix("Fixtures/feeds/jobspy-jobs.csv#2") == true)
    #expect(skipped.first?["reason"] as? String == "row has no description")
    #expect(ranked.result.stderr.contains("jobspy-jobs.csv#2: row has no description"))
  }

  @Test("CSV output keeps each row's URL in its url column")
  func csvKeepsURLs() throws {
    let result = try CommandRunner.run(["rank", "--resume", resume, "--format", "csv", jobspy])
    let reader = try CSVReader(string: result.stdout, hasHeaderRow: true)
    #expect(reader.headerRow?.last == "url")
    var urls: [String: String] = [:]
    while let row = reader.next() {
      guard let file = row.dropLast().dropLast(4).last else { continue }
      urls[URL(fileURLWithPath: file).lastPathComponent] = row.last
    }
    #expect(
      urls == [
        "jobspy-jobs.csv#1": "https://www.indeed.com/viewjob?jk=7f3a9c21e0b4d5a1",
        "jobspy-jobs.csv#2": "",
        "jobspy-jobs.csv#3": "https://www.glassdoor.com/job-listing/jl=1009517733",
        "jobspy-jobs.csv#4": "https://www.ziprecruiter.com/jobs/cedar-row-apm-2291",
        "jobspy-jobs.csv#5": "https://www.indeed.com/viewjob?jk=c02b77e514f09a6d",
      ])
  }

  @Test("is_remote and the pay columns feed --remote and --min-salary")
  func filtersFromColumns() throws {
    let remote = try rank(["--remote", jobspy])
    // Only Bluefin's row says is_remote; its location and text do not say remote.
    #expect(Set(remote.entries.keys) == ["jobspy-jobs.csv#3"])
    #expect(remote.setAside.count == 3)
    // 150–180k a year reaches 160k; 60–75 an hour is 156,000 a year and 70–85k is short; no pay is kept.
    let paid = try rank(["--min-salary", "160k", jobspy])
    #expect(Set(paid.entries.keys) == ["jobspy-jobs.csv#1", "jobspy-jobs.csv#5"])
    #expect(paid.setAside == ["jobspy-jobs.csv#3": ["minSalary"], "jobspy-jobs.csv#4": ["minSalary"]])
    let hourly = try rank(["--min-salary", "150000", "--require-salary", jobspy])
    #expect(Set(hourly.entries.keys) == ["jobspy-jobs.csv#1", "jobspy-jobs.csv#3"])
  }

  @Test("a JSON Lines file of the minimal schema ranks each line, URLs kept; score reads one row as FILE#N")
  func minimalJSONLines() throws {
    let ranked = try rank([minimal])
    #expect(ranked.result.status == 0, "\(ranked.result.stderr)")
    #expect(
      Set(ranked.entries.keys) == [
        "minimal-postings.jsonl#1", "minimal-postings.jsonl#2", "minimal-postings.jsonl#3",
      ])
    #expect(ranked.entries["minimal-postings.jsonl#2"]?["company"] as? String == "Fernway Outdoors")
    #expect(
      ranked.entries["minimal-postings.jsonl#3"]?["url"] as? String == "https://jobs.quillmark.example/spm-mobile")
    let marketing = try #require(ranked.entries["minimal-postings.jsonl#2"]?["score"] as? Int)
    let mobile = try #require(ranked.entries["minimal-postings.jsonl#3"]?["score"] as? Int)
    #expect(mobile > marketing)
    // `score` on one row gives the same number the ranking shows.
    let score = try CommandRunner.run(["score", "--resume", resume, "--format", "json", minimal + "#3"])
    #expect(score.status == 0, "\(score.stderr)")
    #expect(try json(score.stdout)["score"] as? Int == mobile)
    let missing = try CommandRunner.run(["score", "--resume", resume, minimal + "#9"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("minimal-postings.jsonl#9"))
  }

  @Test("a folder holding feeds ranks their rows; the Markdown names the URL and the HTML links it")
  func folderAndReports() throws {
    let folder = Fixtures.root.appendingPathComponent("Fixtures/feeds").path
    let ranked = try rank([folder])
    #expect(ranked.entries.count == 7)
    let markdown = try CommandRunner.run(["rank", "--resume", resume, "--format", "markdown", folder])
    #expect(markdown.stdout.contains("<https://jobs.quillmark.example/spm-mobile>"))
    let html = try CommandRunner.run(["rank", "--resume", resume, "--format", "html", folder])
    #expect(html.stdout.contains("href=\"https://www.indeed.com/viewjob?jk=7f3a9c21e0b4d5a1\""))
    // The row's details section links it too, under the heading.
    let details = html.stdout.components(separatedBy: "<article class=\"fit\"").first {
      $0.contains("jobspy-jobs.csv#1</p>")
    }
    #expect(
      details?.contains(
        "Online: <a href=\"https://www.indeed.com/viewjob?jk=7f3a9c21e0b4d5a1\" rel=\"noopener noreferrer\">") == true)
    let table = try CommandRunner.run(["rank", "--resume", resume, folder])
    #expect(table.stdout.contains("jobspy-jobs.csv#4 · https://www.ziprecruiter.com/jobs/cedar-row-apm-2291"))
  }

  @Test("the HTML report links only http(s) URLs, escaped")
  func htmlLinksSafely() throws {
    let directory = try Fixtures.temporaryDirectory()
    let file = directory.appendingPathComponent("links.jsonl")
    try """
    {"title": "Product Manager", "description": "Own the product roadmap.", "url": "https://x.example/?a=1&b=\\"><b>"}
    {"title": "Product Owner", "description": "Own the product backlog.", "url": "javascript:alert(1)"}
    """.write(to: file, atomically: true, encoding: .utf8)
    let html = try CommandRunner.run(["rank", "--resume", resume, "--format", "html", file.path]).stdout
    #expect(html.contains("href=\"https://x.example/?a=1&amp;b=&quot;&gt;&lt;b&gt;\""))
    #expect(!html.contains("javascript:alert"))
  }
}
