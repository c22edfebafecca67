import Foundation
import TestSupport
import Testing

@testable import Ingest

@Suite("JSON Resume files")
struct JSONResumeTests {
  private let ingestor = Ingestor()

  private func document(_ json: String, name: String = "resume.json") throws -> Document {
    try ingestor.document(bytes: Array(json.utf8), source: name)
  }

  @Test("the fixture becomes sections shaped like any resume: roles with date lines, bullets, degrees")
  func fixtureShape() throws {
    let document = try ingestor.document(at: Fixtures.resume("director-product-avery-quinn.json"))
    #expect(document.format == .jsonResume)
    #expect(document.title == "Avery Quinn — Director of Product")
    let headings = document.sections.compactMap(\.heading)
    #expect(headings.contains("Summary"))
    #expect(headings.contains("Experience"))
    #expect(headings.contains("Director of Product — Larkspur Analytics — Mar 2021 – Present"))
    #expect(headings.contains("Group Product Manager — Fernhill Logistics — Jun 2018 – Feb 2021"))
    #expect(headings.contains("Senior Product Manager — Tessellate Health — Sep 2015 – May 2018"))
    #expect(headings.contains("Product Manager — Brackenridge Software — 2013 – Aug 2015"))
    for heading in ["Volunteer", "Education", "Skills", "Certifications", "Awards", "Languages"] {
      #expect(headings.contains(heading), "\(heading) in \(headings)")
    }
    let director = try #require(document.sections.first { $0.heading?.hasPrefix("Director of Product") == true })
    #expect(director.text.contains("\nLed the go-to-market launch of Larkspur Pulse"))
    let education = try #require(document.sections.first { $0.heading == "Education" })
    #expect(education.text.contains("MBA in Strategy and Operations — Harrowgate School of Management"))
    let certifications = try #require(document.sections.first { $0.heading == "Certifications" })
    #expect(certifications.text == "Certified Scrum Product Owner (CSPO) — Scrum Alliance (2017)")
  }

  @Test(
    "ISO 8601 dates become month-and-year text the career parser reads; dates written out are kept as written",
    arguments: [
      ("2019-03-15", "Mar 2019"), ("2019-03", "Mar 2019"), ("2019", "2019"), ("2019-12-31", "Dec 2019"),
      ("2019-13", nil), ("19-03", nil), ("March 2019", "March 2019"), ("January 2021", "January 2021"),
      ("soon", nil), ("", nil), ("2019-03-40", nil),
    ] as [(String, String?)])
  func dates(_ value: String, _ expected: String?) {
    #expect(JSONResumeReader.date(value) == expected)
  }

  @Test("a missing end date is the present for a role, not for a degree")
  func openEnded() {
    #expect(JSONResumeReader.dateRange(start: "2021-03-01", end: nil) == "Mar 2021 – Present")
    #expect(JSONResumeReader.dateRange(start: "2021-03-01", end: "") == "Mar 2021 – Present")
    #expect(JSONResumeReader.dateRange(start: "2021-03", end: "2022") == "Mar 2021 – 2022")
    #expect(JSONResumeReader.dateRange(start: "2012", end: nil, openEnded: false) == "2012")
    #expect(JSONResumeReader.dateRange(start: nil, end: "2022") == nil)
  }

  @Test(
    "a .json that is not a JSON Resume is refused with one line naming the file and the reason",
    arguments: [
      (#"{"name": "quarry-dashboard", "version": "2.4.1"}"#, "no \"work\" or \"basics\" object"),
      (#"[{"basics": {"name": "A"}}]"#, "the top level is an array, not an object"),
      (#"{"basics": {"name": "A""#, "invalid JSON"),
      (#""just a string""#, "the top level is a string, not an object"),
      (#"{"work": {"name": "Acme"}}"#, "no \"work\" or \"basics\" object"),
    ] as [(String, String)])
  func refused(_ json: String, _ reason: String) {
    #expect(throws: IngestError.notJSONResume(path: "resume.json", reason: reason)) { try document(json) }
    let description = IngestError.notJSONResume(path: "resume.json", reason: reason).description
    #expect(description == "resume.json: not a JSON Resume: \(reason)")
  }

  @Test("hostile JSON: deep nesting and a huge file are refused quickly, before parsing")
  func hostile() throws {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: IngestError.notJSONResume(path: "deep.json", reason: "nested more than 32 levels deep")) {
      try document(deep, name: "deep.json")
    }
    let highlight = "\"" + String(repeating: "x", count: 1000) + "\""
    let huge =
      #"{"basics": {"name": "A"}, "work": [{"highlights": ["#
      + Array(repeating: highlight, count: 3000).joined(separator: ",") + "]}]}"
    let tooLarge = "2.9 MB is far more than a resume (at most 2.0 MB)"
    #expect(throws: IngestError.notJSONResume(path: "huge.json", reason: tooLarge)) {
      try document(huge, name: "huge.json")
    }
  }

  @Test("a minimal JSON Resume reads; one with no text is refused as such")
  func minimal() throws {
    let document = try document(#"{"basics": {"name": "Robin Vale", "label": "VP of Product"}, "work": []}"#)
    #expect(document.title == "Robin Vale — VP of Product")
    #expect(throws: IngestError.noText(path: "resume.json")) { try self.document(#"{"basics": {}}"#) }
  }

  @Test(".json is collected with resumes, never with postings")
  func collected() {
    #expect(InputCollector.resumeExtensions.contains("json"))
    #expect(!InputCollector.postingExtensions.contains("json"))
  }
}
