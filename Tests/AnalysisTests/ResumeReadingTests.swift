import Foundation
import Ingest
import Requirements
import TestSupport
import Testing
import Tokenization

@testable import Analysis

@Suite("Reading a resume's career")
struct ResumeReadingTests {
  /// 2024-06-01: "Present" and "now" stand for June 2024.
  static let analyzer = ResumeAnalyzer(
    lexicon: DefaultLexiconTests.lexicon, asOf: Date(timeIntervalSince1970: 1_717_200_000))
  static let june2024 = 2024 * 12 + 5

  private func reading(_ name: String) throws -> ResumeReading {
    Self.analyzer.reading(try Ingestor().document(at: Fixtures.resumeShape(name)))
  }

  private func summary(_ reading: ResumeReading) -> [String] {
    reading.roles.map {
      "\($0.title) | \($0.employer ?? "-") | \($0.startMonth) | \($0.isCurrent ? "now" : "\($0.endMonth)")"
    }
  }

  private static func month(_ year: Int, _ month: Int) -> Int { year * 12 + month - 1 }

  @Test(
    "the state-code column split runs exactly where its pattern would change the line",
    arguments: [
      "Mountain View, CA Software Engineer", "Austin, TX  Staff Engineer", "Remote, US", "Acme, CA software",
      "Boston, MA Director of Product, NY Times", "Paris, FR É", ", CA X", ",  CA X", "Berlin, DE Lead, Acme",
    ])
  func stateCodeCheck(line: String) {
    let replaced = line.replacingOccurrences(
      of: #", ([A-Z]{2}) (?=[A-Z])"#, with: ", $1  ", options: .regularExpression)
    #expect(ResumeAnalyzer.hasStateCodeBeforeWord(line) == (replaced != line), "\(line)")
  }

  @Test("the capitals-heading check reads every fixture line as the letter-by-letter reading does")
  func capitalsHeading() throws {
    func letterByLetter(_ line: String) -> Bool {
      let letters = line.filter(\.isLetter)
      guard letters.count >= 4, line.split(separator: " ").count <= 4, letters.allSatisfy(\.isUppercase) else {
        return false
      }
      return SectionKind.classify(line, in: .resume) != .general || SectionKind.isOutsideEmployment(line)
    }
    var lines = ["RESEARCH", "EDITORIAL ROLES", "Research", "EXPÉRIENCE PROFESSIONNELLE", "EXPERIENCE", "ACME CORP"]
    for folder in ["Fixtures/resumes", "Fixtures/resume-shapes", "Benchmarks/resumes"] {
      let directory = Fixtures.root.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: directory.path)
      where name.hasSuffix(".md") || name.hasSuffix(".txt") {
        let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        lines += text.split(whereSeparator: \.isNewline).map(String.init)
      }
    }
    for line in lines { #expect(ResumeAnalyzer.isCapitalsHeading(line) == letterByLetter(line), "\(line)") }
    #expect(lines.contains(where: ResumeAnalyzer.isCapitalsHeading))
  }

  @Test(
    "dates as people write them",
    arguments: [
      ("Nov18 - now", month(2018, 11), nil),
      ("04.2002-09.2002", month(2002, 4), month(2002, 10)),
      ("Fall 2019 – present", month(2019, 9), nil),
      ("Spring 2020 - Summer 2021", month(2020, 1), month(2021, 7)),
      ("2017–", month(2017, 7), nil),
      ("(2017 - )", month(2017, 7), nil),
      ("Jan 2010 to date", month(2010, 1), nil),
      ("2005 -- 2008", month(2005, 7), month(2008, 8)),
      ("March 2019 - Present time", month(2019, 3), nil),
      ("May 15, 2003 - June 1, 2004", month(2003, 5), month(2004, 7)),
      ("since 2001", month(2001, 7), nil),
      ("2019-03 – 2020-11", month(2019, 3), month(2020, 12)),
      ("Oct '99 – Feb '01", month(1999, 10), month(2001, 3)),
      ("März 2015 – heute", month(2015, 3), nil),
      ("janvier 2016 - aujourd'hui", month(2016, 1), nil),
      ("septiembre 2012 - actualidad", month(2012, 9), nil),
      ("outubro 2014 - atualmente", month(2014, 10), nil),
      ("mei 2011 - heden", month(2011, 5), nil),
      ("21/06/2019 - 30/09/2020", month(2019, 6), month(2020, 10)),
    ] as [(String, Int, Int?)])
  func dates(line: String, start: Int, end: Int?) throws {
    let found = try #require(DateRangeParser.ranges(in: "Engineer, Acme, \(line)", asOfMonth: Self.june2024).first)
    #expect(found.startMonth == start)
    #expect(found.isCurrent == (end == nil))
    #expect(found.endMonth == end ?? Self.june2024)
  }

  @Test(
    "lone dates and numbers are no ranges",
    arguments: ["Graduated 2015", "Call 555-2019", "Python 3.10", "v2.1 - 2019"])
  func noRange(line: String) {
    #expect(DateRangeParser.ranges(in: line, asOfMonth: Self.june2024).isEmpty)
  }

  @Test("a Hugo experience widget in YAML front matter gives its jobs, HTML tags left out")
  func yamlFrontMatter() throws {
    let reading = try reading("hugo-experience-yaml.md")
    #expect(
      summary(reading) == [
        "Senior Data Engineer | Marrowbone Freight | \(Self.month(2021, 9)) | now",
        "Data Engineer | Osprey Retail | \(Self.month(2018, 2)) | \(Self.month(2021, 9))",
      ])
    #expect(reading.currentTitle == "Senior Data Engineer")
    #expect(reading.role.primaryFamily == "data/ml")
  }

  @Test("a Hugo experience widget in TOML front matter gives its jobs")
  func tomlFrontMatter() throws {
    let reading = try reading("hugo-experience-toml.md")
    #expect(
      summary(reading) == [
        "Lab Instructor | Corrib Institute of Technology | \(Self.month(2020, 3)) | now",
        "Network Engineer | Shannon Telecom | \(Self.month(2016, 6)) | \(Self.month(2020, 3))",
      ])
  }

  @Test("setext headings, pandoc hard breaks, template tags and table rules: roles with employers, projects apart")
  func setext() throws {
    let reading = try reading("setext-pandoc.md")
    #expect(reading.sections == ["Rowan Achterberg", "Experience", "Education", "Projects"])
    #expect(
      summary(reading) == [
        "Embedded Software Engineer | Heronsgate Instruments | \(Self.month(2018, 11)) | now",
        "Test Engineer | Kestrel Avionics | \(Self.month(2015, 4)) | \(Self.month(2018, 11))",
      ])
    #expect(reading.otherEntries.map(\.title) == ["BEng, Electronic Engineering", "Tidepool logger"])
    #expect(!reading.roles.contains { $0.line.contains("{%") })
  }

  @Test("one-line roles in four shapes; a student film and a meetup are not jobs")
  func oneLineRoles() throws {
    let reading = try reading("atx-one-line-roles.md")
    #expect(
      reading.roles.map(\.employer) == ["Larkspur Analytics", "Petrel Logistics", "Quarrystone Games", "Fenwick Media"])
    #expect(reading.otherEntries.count == 3)
    #expect(reading.warnings.isEmpty)
  }
}

@Suite("A resume's level from its employment titles")
struct ResumeLevelTests {
  private static func role(_ title: String, _ start: Int, _ end: Int) -> CareerHistory.Role {
    CareerHistory.Role(
      title: title, startMonth: start * 12, endMonth: end * 12, isCurrent: false,
      seniority: Seniority.classify(title: title))
  }

  @Test(
    "the most recent title with a role decides; an early junior title does not define a long career",
    arguments: [
      (["Software Engineer", "Junior Developer"], 1, "current title"),
      (["Senior Software Engineer", "Software Engineer"], 2, "current title"),
      (["Staff Engineer", "Senior Engineer"], 3, "current title"),
      (["Freelance", "Junior Developer"], 1, "6 years of experience"),
      (["Freelance", "Senior Developer"], 2, "most recent title with a level"),
      (["Engineering Supervisor"], 3, "current title"),
    ] as [([String], Int, String)])
  func level(titles: [String], rung: Int, source: String) {
    // Back to back, most recent first, two or three years each: six years in all.
    let spans = [(2018, 2021), (2015, 2018)]
    let roles = zip(titles, spans).map { Self.role($0, $1.0, $1.1) }
    let years = titles.count == 1 ? 3.0 : 6.0
    let level = RoleReader.level(of: roles, years: years)
    #expect(level.rung == rung)
    #expect(level.source == (titles.count == 1 ? "current title" : source))
  }

  @Test("a student society's presidency and a student film's director are not the resume's level")
  func extracurricularTitles() throws {
    let reading = ResumeReadingTests.analyzer.reading(
      try Ingestor().document(at: Fixtures.resumeShape("atx-one-line-roles.md")))
    #expect(reading.role.rung == 3)
    #expect(reading.role.rungSource == "current title")
    #expect(!reading.roles.contains { $0.title.contains("Director") || $0.title.contains("Founder") })
  }
}

@Suite("Employer blocks and printed dates")
struct EmployerSpanTests {
  @Test("an employer's span over dated titles is no role; the employer goes to the titles; 'Last updated' is Present")
  func spans() throws {
    // Today is June 2024; no month is forced, so the resume's own date counts.
    let reading = ResumeAsOfTests.analyzer.reading(
      try Ingestor().document(at: Fixtures.resumeShape("employer-spans.md")))
    #expect(
      reading.roles.map(\.title) == [
        "Senior Platform Engineer", "Systems Engineer III", "Linux Operations Engineer", "Systems Administrator",
      ])
    #expect(
      reading.roles.map(\.employer) == [
        "Saguaro Cloud", "Ironwood Hosting", "Ironwood Hosting", "Mesquite County Library",
      ])
    // "Present" is March 2020, when the resume says it was written, not the analyzer's June 2024.
    let current = try #require(reading.roles.first)
    #expect(current.isCurrent)
    #expect(current.endMonth == 2020 * 12 + 2)
    #expect(reading.yearsExperience == 10.7)
  }
}

@Suite("Employer headings over undated titles")
struct EmployerBlockTests {
  @Test("each title under a dated employer heading is a role with the employer's span")
  func block() throws {
    let reading = ResumeReadingTests.analyzer.reading(
      try Ingestor().document(at: Fixtures.resumeShape("employer-block.md")))
    #expect(
      reading.roles.map { "\($0.title) @ \($0.employer ?? "-")" } == [
        "Staff Engineer, Data Platform @ Quillon Media",
        "Senior Software Engineer, Ingestion @ Quillon Media",
        "Software Engineer, Syndication @ Quillon Media",
        "Graduate Assistant @ Harrow Labs",
      ])
    #expect(reading.currentTitle == "Staff Engineer, Data Platform")
    #expect(reading.role.rung == 3)
    // The degree's "Fall 2008 - Spring 2010" is education, not a job.
    #expect(reading.otherEntries.map(\.startMonth) == [2008 * 12 + 8])
  }
}

@Suite("Dates before titles, level words after them, the current title's family")
struct DatesFirstTests {
  @Test("dates, then the title, then the employer; 'Intern' after a dash stays in the title")
  func datesFirst() throws {
    let reading = ResumeReadingTests.analyzer.reading(
      try Ingestor().document(at: Fixtures.resumeShape("dates-first.md")))
    #expect(
      reading.roles.map { "\($0.title) @ \($0.employer ?? "-")" } == [
        "Data Scientist @ Harbor Freight Analytics",
        "Software Engineer, Cloud Services & Procurement @ Tidewater Defense Agency",
        "Software Engineer @ Pinecrest Labs",
        "Software Development Engineer - Intern @ Amazonas Books",
      ])
    // The current title outweighs the three before it together.
    #expect(reading.role.primaryFamily == "data/ml")
    #expect(reading.role.rung == 1)
  }
}

@Suite("HTML resume themes")
struct ResumeThemeTests {
  @Test(
    "a header inside a section is the section's: each role's title, employer and dates are read; the page's own header and footer are not"
  )
  func sectionHeaders() throws {
    let document = try Ingestor().document(at: Fixtures.resumeShape("theme-section-headers.html"))
    #expect(!document.text.contains("Mastodon") && !document.text.contains("Blog"))
    let reading = ResumeReadingTests.analyzer.reading(document)
    // Months are year × 12 + month − 1; a closed range's end is stored as the month after.
    #expect(reading.roles.map(\.startMonth) == [2021 * 12 + 2, 2017 * 12 + 5, 2015 * 12 + 8])
    #expect(reading.roles.map(\.isCurrent) == [true, false, false])
    #expect(reading.roles.dropFirst().map(\.endMonth) == [2021 * 12 + 2, 2017 * 12 + 5])
    // The technology line under a role's dates ("Python / Django / PostgreSQL / Celery") is no title.
    #expect(reading.roles.map(\.title) == ["Senior Backend Engineer", "Backend Engineer", "Junior Developer"])
    #expect(reading.currentTitle == "Senior Backend Engineer")
    #expect(reading.role.primaryFamily == "software-engineering")
  }
}

@Suite("Short lists")
struct ShortListTests {
  @Test(
    "a technology line is a short list; a title with its team or employer is not",
    arguments: [
      ("Python / Django / PostgreSQL / Celery", true), ("Go · Kafka · Redis", true),
      ("React, TypeScript, GraphQL, Node.js", true), ("Program Manager, IT Services", false),
      ("Senior Engineer | Acme Corp", false), ("Head of Product / Growth", false),
    ])
  func shortList(line: String, isList: Bool) {
    #expect(ResumeAnalyzer.isShortList(line) == isList)
  }
}

@Suite("Word-style CV lines")
struct LongLineTests {
  @Test("labels and sentence ends around titles are dropped; prose mentioning years is no role")
  func longLines() throws {
    let reading = ResumeReadingTests.analyzer.reading(
      try Ingestor().document(at: Fixtures.resumeShape("word-cv-lines.txt")))
    #expect(
      reading.roles.map { "\($0.title) @ \($0.employer ?? "-")" } == [
        "Lead architect @ Quayside Building Society, Leeds",
        "Head of Architecture and Development @ Tarnbrook Ltd, Leeds UK",
        "Research Fellow @ Signal Processing Group",
      ])
    #expect(reading.otherEntries.count == 1)
  }
}

@Suite("Resumes in other languages")
struct OtherLanguageTests {
  @Test("a German CV: its month names and 'heute' are read, and the reading says it is German")
  func german() throws {
    let reading = ResumeReadingTests.analyzer.reading(
      try Ingestor().document(at: Fixtures.resumeShape("lebenslauf-de.md")))
    #expect(reading.language == "de")
    #expect(reading.warnings.contains(.notEnglish(language: "de")))
    let current = try #require(reading.roles.first)
    #expect(current.startMonth == 2019 * 12 + 2)
    #expect(current.isCurrent)
    #expect(reading.roles.count == 2)
  }
}
