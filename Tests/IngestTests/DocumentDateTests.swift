import Foundation
import TestSupport
import Testing

@testable import Ingest

@Suite("A document's own date: printed on it, or in its file's metadata")
struct DocumentDateTests {
  private func month(_ date: DocumentDate?) -> String? { date.map(\.text) }

  @Test(
    "a date printed as the document's date",
    arguments: [
      ("Jane Doe\nLast updated: March 2020\nExperience", "2020-03"),
      ("Jane Doe\nUpdated 2019-05\nExperience", "2019-05"),
      ("Jane Doe\nLast Updated on 21st January 2015", "2015-01"),
      ("Resume — June 2021\nJane Doe", "2021-06"),
      ("Jane Doe · Curriculum Vitae · 2022-09", "2022-09"),
      ("Jane Doe\nStand: März 2020", "2020-03"),
      ("Jane Doe\nExperience\nEngineer, Acme, 2019 – 2021\nNovember 17, 2022", "2022-11"),
      ("Jane Doe\nPage 1 of 2 | Revised 04/2018", "2018-04"),
      ("Jane Doe\r\nLast updated: March 2020\r\n", "2020-03"),
    ])
  func printed(text: String, expected: String) {
    let date = PrintedDate.find(in: text)
    #expect(month(date) == expected)
    #expect(date?.source == .printed)
  }

  @Test(
    "role dates, degree dates and dates inside sentences are not the document's date",
    arguments: [
      "Jane Doe\nSenior Engineer, Acme — March 2019 – Present",
      "Jane Doe\nBSc Physics, Graduated May 2012",
      "Jane Doe\nUpdated the billing system in March 2020 for 40 clinics",
      "Jane Doe\nUpdated March 2019 – Present: the on-call rota",
      "Jane Doe\nLast updated: sometime in 2020",
      "Jane Doe\nLast updated: 2020-13",
    ])
  func notPrinted(text: String) {
    #expect(PrintedDate.find(in: text) == nil, "\(text)")
  }

  @Test("the checks before the printed-date patterns never pass over a line either pattern matches")
  func checksBeforePatterns() throws {
    var lines = [
      "Last updated: March 2020", "LAST UPDATED 2020-03", "Updated 2019-05", "Page 1 of 2 | Revised 04/2018",
      "As of March 2021", "as  of 2021-03", "as\tof 2021-03", "Has of 2021-03", "Stand: März 2020",
      "Modified 21.01.2015", "Resume — June 2021",
      "CV, 2021-06", "Curriculum Vitae · 2022-09", "Lebenslauf 2020-01", "November 2022", "November 17, 2022",
      "17 November 2022", "— 11/2022 —", "Sept. 2020", "SEPT 2020", "mai 2020", "Jan 2020 – Present",
      "Oakhaven, Oregon (555) 014-2298", "Senior Engineer, Acme — March 2019 – Present", "Ⅳ März 2020",
      "ſtand: 2020-03", "Résumé 2020-03", "RÉSUMÉ — 2020-03", "Re\u{301}sume\u{301} 2020-03", "2020", "Q3 2020",
      "Marketing 2020", "mar.2020", "VP of Product — Quillfeather Systems — Jan 2020 – Present", "März 2020",
      "— März 2020 —", "ﬆand: 2020-03", "Aſ of 2020-03", "as\u{A0}of 2020-03", "Updated\u{2009}2020-03",
      "\u{661}\u{662}/2020", "١٢/2020", "Jan\u{301} 2020", "Stand: März 2020", "Lebenslauf · März 2020",
    ]
    for folder in ["Fixtures/resumes", "Fixtures/resume-shapes", "Benchmarks/resumes"] {
      let directory = Fixtures.root.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: directory.path)
      where name.hasSuffix(".md") || name.hasSuffix(".txt") {
        let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        lines += text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      }
    }
    var passedOver = 0
    for line in lines where PrintedDate.hasFourDigits(line) {
      let range = NSRange(line.startIndex..., in: line)
      if PrintedDate.labelled.firstMatch(in: line, range: range) != nil {
        #expect(PrintedDate.mayBeLabelled(line), "\(line)")
      }
      if PrintedDate.alone.firstMatch(in: line, range: range) != nil {
        #expect(PrintedDate.mayBeAlone(line), "\(line)")
      }
      if !PrintedDate.mayBeAlone(line) { passedOver += 1 }
    }
    // The checks do pass over lines (else they would be no use).
    #expect(passedOver > 50)
  }

  @Test("a line that is only a date counts near the top or bottom, not in the middle of a long resume")
  func window() {
    let body = (1...30).map { "Shipped feature number \($0) to production." }
    let middle = (["Jane Doe"] + body.prefix(15) + ["March 2019"] + body.suffix(15)).joined(separator: "\n")
    #expect(PrintedDate.find(in: middle) == nil)
    let footer = (["Jane Doe"] + body + ["March 2019"]).joined(separator: "\n")
    #expect(month(PrintedDate.find(in: footer)) == "2019-03")
  }

  @Test(
    "metadata timestamps; malformed ones are ignored",
    arguments: [
      ("2022-01-26T09:09:27Z", "2022-01"), ("2020-03-14", "2020-03"), ("2020-03", "2020-03"),
      ("\"2019-10-02T00:00:00+02:00\"", "2019-10"), ("2020-08-08 10:00:00 +0000", "2020-08"),
      ("Sat, 14 Mar 2020 10:00:00 GMT", "2020-03"), ("2020-13-01", nil), ("yesterday", nil), ("20200314", nil),
      ("0000-00-00", nil), ("", nil),
    ] as [(String, String?)])
  func metadata(value: String, expected: String?) {
    #expect(month(MetadataDate.parse(value, source: .frontMatter, key: "lastmod")) == expected)
  }

  @Test("front matter: lastmod goes before date")
  func frontMatter() throws {
    let document = try Ingestor().document(at: Fixtures.resumeShape("front-matter-lastmod.md"))
    #expect(document.dates.map(\.text) == ["2019-11", "2018-02"])
    #expect(document.dates.map(\.evidence) == ["lastmod", "date"])
    #expect(document.date?.source == .frontMatter)
  }

  @Test("JSON Resume: meta.lastModified")
  func jsonResume() throws {
    let document = try Ingestor().document(at: Fixtures.resumeShape("json-resume-meta.json"))
    #expect(document.date?.text == "2020-06")
    #expect(document.date?.source == .jsonResumeMeta)
    #expect(document.dates.count == 1)
  }

  @Test("HTML: article:modified_time goes before article:published_time")
  func html() throws {
    let document = try Ingestor().document(at: Fixtures.resumeShape("html-modified-meta.html"))
    #expect(document.dates.map(\.text) == ["2021-09", "2019-01"])
    #expect(document.dates.map(\.evidence) == ["article:modified_time", "article:published_time"])
    #expect(document.date?.source == .htmlMeta)
  }

  @Test("PDF: the Info dictionary's CreationDate, then ModDate")
  func pdf() throws {
    let document = try Ingestor().document(at: Fixtures.resumeShape("pdf-creation-date.pdf"))
    #expect(document.dates.map(\.text) == ["2019-03", "2019-05"])
    #expect(document.dates.map(\.evidence) == ["CreationDate", "ModDate"])
    #expect(document.dates.allSatisfy { $0.source == .pdfMetadata })
  }

  @Test("a printed date goes before the file's metadata")
  func printedFirst() throws {
    let document = try Ingestor().document(at: Fixtures.resumeShape("employer-spans.md"))
    #expect(document.date?.text == "2020-03")
    #expect(document.date?.source == .printed)
    #expect(document.date?.evidence == "Last updated: March 2020")
  }

  private static let core = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
    xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <dc:title>CV</dc:title>
    <dcterms:created xsi:type="dcterms:W3CDTF">2017-02-03T10:00:00Z</dcterms:created>
    <dcterms:modified xsi:type="dcterms:W3CDTF">2021-08-30T18:45:00Z</dcterms:modified>
    </cp:coreProperties>
    """

  private func docx(core: String?) throws -> Document {
    let body =
      DocxBuilder.paragraph("Kofi Asante", style: "Title")
      + DocxBuilder.paragraph("Backend Engineer, Volta Freight, May 2018 – Present")
    var parts: [(name: String, bytes: Data)] = [
      ("[Content_Types].xml", Data("<Types/>".utf8)),
      ("word/document.xml", Data(DocxBuilder.document(body).utf8)),
      ("word/styles.xml", Data(DocxBuilder.styles.utf8)),
    ]
    if let core { parts.append(("docProps/core.xml", Data(core.utf8))) }
    return try Ingestor().document(bytes: DocxBuilder.archive(parts), source: "cv.docx")
  }

  @Test("Word: dcterms:modified (last saved), then dcterms:created")
  func word() throws {
    let document = try docx(core: Self.core)
    #expect(document.dates.map(\.text) == ["2021-08", "2017-02"])
    #expect(document.dates.map(\.evidence) == ["dcterms:modified", "dcterms:created"])
    #expect(document.date?.source == .docxMetadata)
  }

  @Test(
    "Word: a missing, malformed or undated core part gives no date, and the text is still read",
    arguments: [
      nil, "<cp:coreProperties", "<?xml version=\"1.0\"?><x/>",
      Self.core.replacingOccurrences(of: "2021-08-30T18:45:00Z", with: "last Tuesday")
        .replacingOccurrences(of: "2017-02-03T10:00:00Z", with: "2017-14-03"),
    ] as [String?])
  func wordWithoutDates(core: String?) throws {
    let document = try docx(core: core)
    #expect(document.dates.isEmpty)
    #expect(document.text.contains("Volta Freight"))
  }

  @Test("a document without any date of its own has none, and says so in JSON")
  func none() throws {
    let document = try Ingestor().document(at: Fixtures.resumeShape("setext-pandoc.md"))
    #expect(document.dates.isEmpty)
    let json = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(document)) as? [String: Any])
    #expect((json["dates"] as? [Any])?.isEmpty == true)
  }
}
