import Foundation
import TestSupport
import Testing

@Suite(
  "The HTML report in a real browser (headless Chromium)", .serialized,
  .enabled(if: Chromium.isAvailable, "Chromium is not installed and could not be installed: browser tests skipped"))
struct BrowserTests {
  /// `jdmatch rank --format html` on the posting fixtures, written to a new temporary directory.
  private func fixtureReport(postings: String = "Fixtures/postings") throws -> URL {
    let directory = try Fixtures.temporaryDirectory()
    let report = directory.appendingPathComponent("report.html")
    let result = try CommandRunner.run([
      "rank", "--resume", Fixtures.resume("vp-product-morgan-ellis.md"), "--format", "html", "--output", report.path,
      "--quiet", Fixtures.root.appendingPathComponent(postings).path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    return report
  }

  @Test("the rendered table has one row per posting in score order, the charts are drawn and the sort script ran")
  func renderedDOM() throws {
    let report = try fixtureReport()
    defer { try? FileManager.default.removeItem(at: report.deletingLastPathComponent()) }
    let (status, dom) = try Chromium.load(report, ["--dump-dom"])
    #expect(status == 0)
    let postings = Fixtures.postingNames().count
    let rows = HTMLProbe.tableRows(dom)
    #expect(rows.count == postings, "\(rows.count) rows for \(postings) postings")
    #expect(rows.map(\.rank) == Array(1...max(1, rows.count)))
    #expect(zip(rows, rows.dropFirst()).allSatisfy { $0.score >= $1.score }, "\(rows.map(\.score))")
    #expect(HTMLProbe.count("class=\"chart bar-chart\"", in: dom) == 1)
    #expect(HTMLProbe.count("class=\"chart radar-chart\"", in: dom) >= postings - 2)
    #expect(HTMLProbe.count("<rect", in: dom) >= postings)
    #expect(HTMLProbe.count("<polygon", in: dom) > 0)
    // The script turned the sortable headers into buttons and showed the hint.
    #expect(HTMLProbe.count("<button type=\"button\">", in: dom) == 6)
    #expect(dom.contains("<p id=\"sort-hint\" class=\"hint no-print\">"))
  }

  @Test("clicking the Score header twice sorts the rows by ascending score, ties in rank order")
  func sorting() throws {
    let report = try fixtureReport()
    defer { try? FileManager.default.removeItem(at: report.deletingLastPathComponent()) }
    // Click as a user would, from a script that runs after the report's own.
    let clicks = "<script>var b = document.querySelectorAll('th button')[1]; b.click(); b.click();</script>"
    let html = try String(contentsOf: report, encoding: .utf8).replacingOccurrences(
      of: "</body>", with: clicks + "</body>")
    try html.write(to: report, atomically: true, encoding: .utf8)
    let (status, dom) = try Chromium.load(report, ["--dump-dom"])
    #expect(status == 0)
    let rows = HTMLProbe.tableRows(dom)
    #expect(rows.count == Fixtures.postingNames().count)
    #expect(zip(rows, rows.dropFirst()).allSatisfy { ($0.score, $0.rank) < ($1.score, $1.rank) }, "\(rows)")
    #expect(dom.contains(#"data-first="descending" aria-sort="ascending""#))
  }

  @Test("a posting with a <script> payload renders as text: the page has no element the payload names")
  func scriptPayload() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let postings = directory.appendingPathComponent("postings")
    try FileManager.default.createDirectory(at: postings, withIntermediateDirectories: true)
    for path in [ReportFixtures.hostile("script-payload-cpo.html"), Fixtures.posting("greenhouse-cpo-lumora.html")] {
      let url = URL(fileURLWithPath: path)
      try FileManager.default.copyItem(at: url, to: postings.appendingPathComponent(url.lastPathComponent))
    }
    let report = directory.appendingPathComponent("report.html")
    let result = try CommandRunner.run([
      "rank", "--resume", Fixtures.resume("vp-product-morgan-ellis.md"), "--format", "html", "--output", report.path,
      "--quiet", postings.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let (status, dom) = try Chromium.load(report, ["--dump-dom"])
    #expect(status == 0)
    #expect(HTMLProbe.tableRows(dom).count == 2)
    #expect(HTMLProbe.count("<script", in: dom) == 1, "only the report's own script")
    for element in ["<img", "<iframe", "<svg onload", "<b onmouseover", "<textarea"] {
      #expect(!dom.contains(element), "\(element)")
    }
    #expect(dom.contains("Chief Product Officer &lt;script&gt;alert(1)&lt;/script&gt;"))
  }

  @Test(
    "on a 390-pixel phone nothing reaches past the screen's edge (the charts fit, the table scrolls in its own box) and the caption under the chart counts the postings"
  )
  func phoneWidth() throws {
    let report = try fixtureReport()
    defer { try? FileManager.default.removeItem(at: report.deletingLastPathComponent()) }
    let phone = try PhoneFrame.measure(report)
    #expect((360...390).contains(phone.width), "measured at \(phone.width) pixels")
    #expect(phone.offenders.isEmpty, "\(phone.offenders.count): \(phone.offenders.prefix(12).joined(separator: "; "))")
    #expect(phone.pageWidth <= phone.width)
    let postings = Fixtures.postingNames().count
    #expect(phone.caption?.hasPrefix("All \(postings) postings, best first.") == true, "\(phone.caption ?? "none")")
  }

  @Test("on a phone, long words, file names and URLs from a file of postings wrap instead of widening the page")
  func phoneLongWords() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let feed = directory.appendingPathComponent("postings-exported-from-the-job-board-on-the-first-of-june.jsonl")
    try PhoneFrame.longWordsFeed.write(to: feed, atomically: true, encoding: .utf8)
    let report = directory.appendingPathComponent("report.html")
    let result = try CommandRunner.run([
      "rank", "--resume", Fixtures.resume("vp-product-morgan-ellis.md"), "--format", "html", "--output", report.path,
      "--quiet", feed.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(contentsOf: report, encoding: .utf8)
    #expect(html.contains("Supercalifragilisticexpialidocious"), "the long words are on the page")
    let phone = try PhoneFrame.measure(report)
    #expect(phone.offenders.isEmpty, "\(phone.offenders.count): \(phone.offenders.prefix(12).joined(separator: "; "))")
    #expect(phone.pageWidth <= phone.width)
  }

  @Test("a screenshot of the fixture report is a PNG (make screenshot puts it in docs/report.png)")
  func screenshot() throws {
    let report = try fixtureReport()
    defer { try? FileManager.default.removeItem(at: report.deletingLastPathComponent()) }
    let png = report.deletingLastPathComponent().appendingPathComponent("report.png")
    let (status, _) = try Chromium.load(report, ["--screenshot=\(png.path)", "--window-size=1280,1600"])
    #expect(status == 0)
    let data = try Data(contentsOf: png)
    #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(data.count > 20_000, "\(data.count) bytes: an empty page?")
  }
}
