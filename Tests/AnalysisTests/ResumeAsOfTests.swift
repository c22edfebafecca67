import Foundation
import Ingest
import TestSupport
import Testing

@testable import Analysis

@Suite("\"Present\" runs to the date the resume was written")
struct ResumeAsOfTests {
  /// 2024-06-01.
  static let june2024 = Date(timeIntervalSince1970: 1_717_200_000)
  /// Today is June 2024; no month is forced.
  static let analyzer = ResumeAnalyzer(lexicon: DefaultLexiconTests.lexicon, today: june2024)

  private static func month(_ year: Int, _ month: Int) -> Int { year * 12 + month - 1 }

  private func reading(_ name: String, with analyzer: ResumeAnalyzer = analyzer) throws -> ResumeReading {
    analyzer.reading(try Ingestor().document(at: Fixtures.resumeShape(name)))
  }

  @Test(
    "each kind of evidence sets the month; the years follow",
    arguments: [
      // Jun 2014 – Feb 2017 (33 months), Mar 2017 – Nov 2019 (32).
      ("front-matter-lastmod.md", "2019-11", "frontMatter", 5.4),
      // Sep 2013 – Mar 2016 (31), Apr 2016 – Jun 2020 (50).
      ("json-resume-meta.json", "2020-06", "jsonResumeMeta", 6.7),
      // May 2015 – Jul 2019 (51), Aug 2019 – Sep 2021 (25).
      ("html-modified-meta.html", "2021-09", "htmlMeta", 6.3),
      // Sep 2012 – Dec 2015 (40), Jan 2016 – Mar 2019 (38).
      ("pdf-creation-date.pdf", "2019-03", "pdfMetadata", 6.5),
      // Printed "Last updated: March 2020".
      ("employer-spans.md", "2020-03", "printed", 10.7),
    ])
  func evidence(name: String, month: String, source: String, years: Double) throws {
    let reading = try reading(name)
    #expect(reading.asOf?.text == month)
    #expect(reading.asOf?.sourceName == source)
    #expect(reading.yearsExperience == years)
    let current = try #require(reading.roles.first { $0.isCurrent })
    #expect(current.endMonth == reading.asOf?.month)
  }

  @Test("a resume with no date of its own counts to today")
  func today() throws {
    let reading = try reading("atx-one-line-roles.md")
    #expect(reading.asOf?.basis == .today)
    #expect(reading.asOf?.month == Self.month(2024, 6))
  }

  @Test("a month the caller gives (--as-of) beats the resume's own date")
  func given() throws {
    let analyzer = ResumeAnalyzer(
      lexicon: DefaultLexiconTests.lexicon, asOf: Date(timeIntervalSince1970: 1_640_995_200), today: Self.june2024)
    let reading = try reading("front-matter-lastmod.md", with: analyzer)
    #expect(reading.asOf?.basis == .given)
    #expect(reading.asOf?.text == "2022-01")
    // Jun 2014 – Feb 2017 (33 months), Mar 2017 – Jan 2022 (58).
    #expect(reading.yearsExperience == 7.5)
  }

  @Test("a date before the roles' latest month, or after today, is skipped for the next one")
  func sanity() throws {
    func date(_ year: Int, _ month: Int, _ source: DocumentDate.Source) throws -> DocumentDate {
      try #require(DocumentDate(year: year, month: month, source: source, evidence: "test"))
    }
    let today = Self.month(2024, 6)
    let future = try date(2031, 1, .printed)
    let early = try date(2015, 3, .jsonResumeMeta)
    let good = try date(2020, 6, .pdfMetadata)
    let chosen = AsOf.choose(
      given: nil, dates: [future, early, good], latestRoleMonth: Self.month(2018, 4), today: today)
    #expect(chosen.month == Self.month(2020, 6))
    #expect(chosen.basis == .document(good))
    #expect(chosen.skipped.map(\.reason) == [.future, .beforeRoles])
    let none = AsOf.choose(given: nil, dates: [future, early], latestRoleMonth: Self.month(2018, 4), today: today)
    #expect(none.basis == .today)
    #expect(none.month == today)
    // The caller's month is taken as given.
    #expect(
      AsOf.choose(given: Self.month(2010, 1), dates: [good], latestRoleMonth: nil, today: today).month
        == Self.month(2010, 1))
  }

  @Test("a JSON Resume whose meta.lastModified is older than its roles counts to today")
  func staleMeta() throws {
    let json = """
      {"basics": {"name": "Ada Brennan", "label": "Backend developer"},
       "work": [{"name": "Lough Ree Labs", "position": "Backend Developer", "startDate": "2019-02",
                 "highlights": ["Runs the billing service."]}],
       "meta": {"lastModified": "2017-12-24T15:53:00"}}
      """
    let document = try Ingestor().document(bytes: Array(json.utf8), source: "resume.json")
    let reading = Self.analyzer.reading(document)
    #expect(reading.asOf?.basis == .today)
    #expect(reading.asOf?.skipped.map(\.reason) == [.beforeRoles])
    // Feb 2019 – Jun 2024: 64 months.
    #expect(reading.yearsExperience == 5.3)
  }

  @Test("the latest month the roles name: starts, finished ends, a year alone as its January")
  func latest() {
    let roles = [
      CareerHistory.Role(
        title: "A", startMonth: Self.month(2016, 7), endMonth: Self.month(2024, 6), isCurrent: true,
        startHasMonth: false),
      CareerHistory.Role(
        title: "B", startMonth: Self.month(2012, 3), endMonth: Self.month(2017, 8), isCurrent: false,
        endHasMonth: false),
    ]
    // B's end "2017" (read as July, stored as the month after) names no month: January 2017.
    #expect(ResumeAnalyzer.latestNamedMonth(of: roles) == Self.month(2017, 1))
    #expect(ResumeAnalyzer.latestNamedMonth(of: []) == nil)
  }

  @Test("scoring prepares the resume with the same years as analyze --resume")
  func scoringAgrees() throws {
    let document = try Ingestor().document(at: Fixtures.resumeShape("pdf-creation-date.pdf"))
    let prepared = Preparer(lexicon: DefaultLexiconTests.lexicon, today: Self.june2024).resume(document)
    #expect(prepared.analysis.career.years == 6.5)
    #expect(prepared.analysis.asOf?.text == "2019-03")
    #expect(prepared.analysis.career.years == Self.analyzer.reading(document).yearsExperience)
  }
}
