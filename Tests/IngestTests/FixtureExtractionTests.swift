import Foundation
import TestSupport
import Testing

@testable import Ingest

/// What `Fixtures/postings/expectations.json` says one fixture must yield.
struct FixtureExpectation: Decodable, Sendable {
  struct JSONLD: Decodable, Sendable {
    var title: String?
    var company: String?
    var locality: String?
    var salaryMin: Double?
    var salaryMax: Double?
    var currency: String?
    var employmentType: String?
  }

  var title: String
  var company: String?
  var location: String?
  var mustContain: [String]
  var mustNotContain: [String]
  var headings: [String]
  var jsonLD: JSONLD?

  static let all: [String: FixtureExpectation] = {
    let url = Fixtures.root.appendingPathComponent("Fixtures/postings/expectations.json")
    guard let data = try? Data(contentsOf: url),
      let decoded = try? JSONDecoder().decode([String: FixtureExpectation].self, from: data)
    else { return [:] }
    return decoded
  }()
}

@Suite("Every posting fixture: main text in, boilerplate out, metadata and JSON-LD read")
struct FixtureExtractionTests {
  static let names = FixtureExpectation.all.keys.sorted()

  @Test("every fixture file has expectations")
  func coverage() {
    #expect(Set(Fixtures.postingNames()) == Set(Self.names))
    #expect(Self.names.count >= 12)
  }

  private func document(_ name: String) throws -> Document {
    try Ingestor().document(at: Fixtures.posting(name))
  }

  @Test("the posting's sentences are in the text", arguments: names)
  func mustContain(name: String) throws {
    let text = try document(name).text
    for sentence in FixtureExpectation.all[name]?.mustContain ?? [] {
      #expect(text.contains(sentence), "\(name) lacks: \(sentence)")
    }
  }

  /// Boilerplate removal works on page structure, so it is checked on saved and printed pages; a .txt or .md
  /// file is taken as the user wrote it.
  @Test(
    "the page's boilerplate is not",
    arguments: names.filter {
      $0.hasSuffix("html") || $0.hasSuffix(".htm") || $0.hasSuffix(".mht") || $0.hasSuffix(".pdf")
    })
  func mustNotContain(name: String) throws {
    let text = try document(name).text
    for boilerplate in FixtureExpectation.all[name]?.mustNotContain ?? [] {
      #expect(!text.contains(boilerplate), "\(name) keeps: \(boilerplate)")
    }
  }

  @Test("headings split the text into sections, in page order", arguments: names)
  func headings(name: String) throws {
    let expected = FixtureExpectation.all[name]?.headings ?? []
    let found = try document(name).sections.compactMap(\.heading)
    // The expected headings appear in order; the page title may come first as a heading of its own.
    var remaining = expected[...]
    for heading in found where heading == remaining.first { remaining.removeFirst() }
    #expect(remaining.isEmpty, "\(name): headings \(found) miss \(Array(remaining))")
  }

  /// Company and location come from page metadata (JSON-LD, `og:site_name`, the `<title>`, elements
  /// classed company or location, a "Location:" line near the top); expectations are null where a page
  /// states them only in running prose.
  @Test("title, company and location", arguments: names)
  func metadata(name: String) throws {
    let document = try document(name)
    let expected = try #require(FixtureExpectation.all[name])
    #expect(document.title == expected.title, "\(name)")
    #expect(document.company == expected.company, "\(name)")
    if let location = expected.location {
      // JSON-LD gives "Austin, TX, US" where the page shows "Austin, TX": the city must agree.
      let city = location.split(separator: ",").first.map(String.init) ?? location
      #expect(document.location?.contains(city) == true, "\(name): \(document.location ?? "nil") vs \(location)")
    } else {
      #expect(document.location == nil, "\(name): \(document.location ?? "")")
    }
  }

  @Test("schema.org JobPosting fields", arguments: names.filter { FixtureExpectation.all[$0]?.jsonLD != nil })
  func jsonLD(name: String) throws {
    let expected = try #require(FixtureExpectation.all[name]?.jsonLD)
    let posting = try #require(try document(name).jobPosting, "\(name) has no JobPosting")
    #expect(posting.title == expected.title)
    #expect(posting.hiringOrganization == expected.company)
    if let locality = expected.locality { #expect(posting.jobLocation?.hasPrefix(locality) == true) }
    #expect(posting.baseSalary?.minValue == expected.salaryMin)
    #expect(posting.baseSalary?.maxValue == expected.salaryMax)
    #expect(posting.baseSalary?.currency == expected.currency)
    if let type = expected.employmentType { #expect(posting.employmentType == type) }
  }

  @Test(
    "encodings are detected",
    arguments: [
      ("win1252-vp-product-caffe.html", "windows-1252"), ("latin1-director-product-societe.htm", "windows-1252"),
      ("greenhouse-cpo-lumora.html", "UTF-8"),
    ])
  func encodings(name: String, encoding: String) throws {
    #expect(try document(name).encoding == encoding)
  }
}
