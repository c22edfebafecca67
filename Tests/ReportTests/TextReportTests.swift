import Foundation
import Matching
import TestSupport
import Testing

@testable import Report

@Suite("Tables, Markdown, CSV and JSON")
struct TextReportTests {
  /// The text with every ANSI escape sequence removed.
  private func plain(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
  }

  @Test("colour is what the caller asks for: escape codes only when colored, the same text either way")
  func colourPassedIn() throws {
    let ranking = ReportFixtures.allPostings
    let piped = RankingReport.table(ranking, colored: false)
    let colored = RankingReport.table(ranking, colored: true)
    #expect(!piped.contains("\u{1B}["))
    #expect(colored.contains("\u{1B}["))
    #expect(plain(colored) == piped)
    let fit = try ReportFixtures.fit(posting: Fixtures.posting("greenhouse-cpo-lumora.html"))
    let fitTable = FitReport.table([fit], explain: true, colored: true)
    #expect(plain(fitTable) == FitReport.table([fit], explain: true, colored: false))
  }

  @Test("one escape sequence per styled run, colour before emphasis, nothing around empty text")
  func textStyle() {
    let style = TextStyle(colored: true)
    #expect(style.apply("Strong", .green, .bold) == "\u{1B}[32;1mStrong\u{1B}[0m")
    #expect(style.dim("") == "")
    #expect(TextStyle(colored: false).underline("Advice") == "Advice")
  }

  @Test("JSON is one object for one file named and read, an array otherwise")
  func oneObjectOrArray() throws {
    #expect(try JSONOutput.text([1], oneFileNamed: true) == "1\n")
    #expect(try JSONOutput.text([1, 2], oneFileNamed: false).hasPrefix("["))
    #expect(try JSONOutput.text([1], oneFileNamed: false).hasPrefix("["))
    #expect(try JSONOutput.text([Int](), oneFileNamed: true) == "[\n\n]\n")
    #expect(try JSONOutput.text(["url": "a/b"]) == "{\n  \"url\" : \"a/b\"\n}\n")
  }

  @Test("Markdown cells escape pipes and emphasis markers and flatten newlines")
  func markdownEscaping() {
    #expect(MarkdownEscaping.escape("a|b *c* _d_ `e`\nf") == "a\\|b \\*c\\* \\_d\\_ \\`e\\` f")
    let markdown = RankingReport.markdown(ReportFixtures.allPostings)
    #expect(markdown.hasPrefix("## "))
    #expect(
      markdown.components(separatedBy: "\n").filter { $0.hasPrefix("| ") }.count
        == ReportFixtures.allPostings.entries.count + 1)
  }

  @Test(
    "amounts are grouped by thousands with a dot for decimals",
    arguments: [
      (310_000.0, "310,000"), (52.5, "52.5"), (1_234_567.25, "1,234,567.25"), (0.0, "0"),
    ])
  func grouped(value: Double, text: String) {
    #expect(NumberFormat.grouped(value) == text)
  }

  @Test("CSV has a header, one row per entry and one per skipped file")
  func csvRows() throws {
    var ranking = ReportFixtures.allPostings
    ranking.skipped = [Ranking.Skipped(file: "bad, \"quoted\".html", reason: "no main text found")]
    let csv = RankingReport.csv(ranking)
    #expect(csv.hasPrefix("rank,score,band,title,company,location,file,top_gaps,duplicates,skipped_reason"))
    #expect(csv.contains("\"bad, \"\"quoted\"\".html\",,,no main text found"))
  }
}
