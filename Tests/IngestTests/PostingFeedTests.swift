import Foundation
import Ingest
import TestSupport
import Testing

@Suite("Files of postings: python-jobspy CSV and JSON Lines")
struct PostingFeedTests {
  private let jobspy = Fixtures.root.appendingPathComponent("Fixtures/feeds/jobspy-jobs.csv").path

  @Test("each jobspy row is a document named FILE#N, its Markdown description read over several lines")
  func jobspyRows() throws {
    let feed = try Ingestor().feed(at: jobspy)
    #expect(feed.documents.map(\.source) == [1, 3, 4, 5].map { jobspy + "#\($0)" })
    #expect(feed.skipped == [.noDescription(path: jobspy + "#2")])
    let payments = feed.documents[0]
    #expect(payments.title == "Senior Product Manager, Payments")
    #expect(payments.company == "Ledgerly")
    #expect(payments.url == "https://www.indeed.com/viewjob?jk=7f3a9c21e0b4d5a1")
    #expect(payments.sections.map(\.heading).contains("What you bring"))
    // jobspy's CSV doubles the backslash of Markdown's "5\+"; the text reads "5+ years".
    #expect(payments.text.contains("5+ years of product management experience"))
    #expect(!payments.text.contains("\\"))
    #expect(
      payments.jobPosting?.baseSalary
        == JobPosting.Salary(currency: "USD", minValue: 150_000, maxValue: 180_000, unitText: "YEAR"))
    #expect(payments.jobPosting?.jobLocationType == nil)
    let bluefin = feed.documents[1]
    #expect(bluefin.jobPosting?.jobLocationType == "TELECOMMUTE")
    #expect(bluefin.jobPosting?.baseSalary?.unitText == "HOUR")
    #expect(feed.documents[3].jobPosting?.baseSalary == nil)
  }

  @Test("FILE#N reads one row; the names parse back")
  func oneRow() throws {
    let document = try Ingestor().document(at: jobspy + "#4")
    #expect(document.company == "Cedar Row")
    #expect(throws: IngestError.noDescription(path: jobspy + "#2")) { try Ingestor().document(at: jobspy + "#2") }
    let named = PostingFeed.row(of: "a/jobs.csv#12")
    #expect(named?.path == "a/jobs.csv" && named?.row == 12)
    #expect(PostingFeed.row(of: "a/page.html#12") == nil)
    #expect(PostingFeed.row(of: "jobs.csv#0") == nil)
  }

  @Test(
    "JSON Lines: a line that is not an object is skipped by its line number; a CSV without a description column is refused"
  )
  func badInput() throws {
    let directory = try Fixtures.temporaryDirectory()
    let lines = directory.appendingPathComponent("jobs.jsonl").path
    try """
    {"title": "Data Analyst", "company": "Oakfield", "description": "Analyse sales data with SQL.", "url": "https://oakfield.example/1", "is_remote": true, "min_amount": 90000, "max_amount": 110000, "interval": "yearly"}

    [1, 2]
    {"title": "Empty", "description": ""}
    """.write(toFile: lines, atomically: true, encoding: .utf8)
    let feed = try Ingestor().feed(at: lines)
    #expect(feed.documents.map(\.source) == [lines + "#1"])
    #expect(feed.documents.first?.jobPosting?.jobLocationType == "TELECOMMUTE")
    #expect(feed.documents.first?.jobPosting?.baseSalary?.maxValue == 110_000)
    #expect(
      feed.skipped == [.malformed(path: lines + "#3", reason: "not a JSON object"), .noDescription(path: lines + "#4")])
    let table = directory.appendingPathComponent("people.csv").path
    try "name,email\nAda,ada@example.com\n".write(toFile: table, atomically: true, encoding: .utf8)
    #expect(throws: IngestError.self) { try Ingestor().feed(at: table) }
  }
}
