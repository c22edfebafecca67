import Foundation
import TestSupport
import Testing

@testable import Ingest

/// `Fixtures/unreadable/NAME`: PDFs that must fail, kept out of the folders `make run` ranks.
private func unreadable(_ name: String) -> String {
  Fixtures.root.appendingPathComponent("Fixtures/unreadable").appendingPathComponent(name).path
}

/// The text with every run of whitespace made one space.
private func words(_ text: String) -> String {
  text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// Words placed by hand on a page, as poppler reports them, for the layout rules alone.
private enum Layout {
  /// A word at `x`, top `y`, `size` points high, half a point wide per point of size and character.
  static func word(_ text: String, x: Double, y: Double, size: Double = 10, bold: Bool = false) -> PDFWord {
    let width = Double(text.count) * size * 0.5
    return PDFWord(
      text: text, box: PDFBox(x0: x, y0: y, x1: x + width, y1: y + size * 1.2),
      font: PDFFont(size: size, isBold: bold))
  }

  /// The words of `line` from `x` along one line at top `y`.
  static func line(_ line: String, x: Double, y: Double, size: Double = 10, bold: Bool = false) -> [PDFWord] {
    var words: [PDFWord] = []
    var left = x
    for text in line.split(separator: " ") {
      let word = word(String(text), x: left, y: y, size: size, bold: bold)
      words.append(word)
      left = word.box.x1 + size * 0.3
    }
    return words
  }

  /// Lines stacked from top `y`, 13 points apart.
  static func column(_ lines: [String], x: Double, y: Double) -> [PDFWord] {
    lines.enumerated().flatMap { index, text in line(text, x: x, y: y + Double(index) * 13) }
  }

  /// The blocks one page of `words` reads as.
  static func blocks(_ words: [PDFWord]) -> [ContentBlock] {
    PDFBlockBuilder(lines: ReadingOrder.lines(of: words, page: 1, firstColumn: 0).lines).build().blocks
  }
}

@Suite("PDF files: reading order, running headers, hyphens and ligatures, and the errors")
struct PDFReaderTests {
  private func document(_ path: String) throws -> Document {
    try Ingestor().document(at: path)
  }

  // MARK: The two-column resume

  @Test("the two-column resume reads column by column: name, sidebar, then the main column onto page 2")
  func twoColumnOrder() throws {
    let pdf = try document(Fixtures.resume("vp-product-morgan-ellis.pdf"))
    #expect(pdf.format == .pdf)
    #expect(pdf.encoding == "UTF-8")
    #expect(pdf.title == "Morgan Ellis")
    #expect(
      pdf.sections.compactMap(\.heading) == [
        "Morgan Ellis", "Skills", "Education", "Certifications", "Summary", "Experience",
        "VP of Product — Quillfeather Systems — Jan 2020 – Present",
        "Director of Product — Brindlewood Labs — Mar 2016 - Dec 2019",
        "Group Product Manager — Ostara Freight — 01/2013–02/2016",
        "Senior Product Manager — Tallgrass Media — 2010 to 2012",
        // Wrapped onto a second line in print.
        "Product Manager — Lanternfish Software — Jun 2008 – Dec 2009",
      ])
  }

  @Test("sentences wrapped beside the other column are not interleaved with it")
  func noInterleaving() throws {
    let text = try document(Fixtures.resume("vp-product-morgan-ellis.pdf")).text
    // The Summary wraps over eight lines whose baselines are those of the sidebar's Skills.
    #expect(
      text.contains(
        "Product executive with 16 years of experience building B2B SaaS and AI/ML products, from first product hire "
          + "to VP of Product leading a 45-person product organization. I set the product vision and strategy, turn it "
          + "into a roadmap the business can fund, and run the team on OKRs."))
    // A sidebar row wraps over four lines beside the Summary.
    #expect(
      text.contains(
        "Leadership: Hiring, coaching, org design, board communication, executive stakeholder management"))
    // A bullet that runs from the foot of page 1 onto page 2.
    #expect(
      text.contains(
        "Stood up an experimentation platform with engineering and data science; the team ran 140 A/B tests a year "
          + "and lifted trial-to-paid conversion rate from 9% to 15%."))
  }

  @Test("every section under the same heading reads as in the Word twin")
  func sameSectionsAsDocx() throws {
    let pdf = try document(Fixtures.resume("vp-product-morgan-ellis.pdf"))
    let docx = try document(Fixtures.resume("vp-product-morgan-ellis.docx"))
    var pdfSections: [String: String] = [:]
    for section in pdf.sections { pdfSections[section.heading ?? ""] = section.text }
    // The name's contact lines and the Skills table are laid out differently in print.
    for section in docx.sections where !["Morgan Ellis", "Skills"].contains(section.heading) {
      #expect(pdfSections[section.heading ?? ""] == section.text, "\(section.heading ?? "(none)")")
    }
  }

  @Test("the running footer of every page is dropped")
  func resumeFooterDropped() throws {
    let text = try document(Fixtures.resume("vp-product-morgan-ellis.pdf")).text
    #expect(!text.contains("Page 1 of 2"))
    #expect(!text.contains("Page 2 of 2"))
    #expect(!text.contains("Morgan Ellis · Resume"))
  }

  // MARK: The one-column resume

  @Test("the one-column resume reads word for word as its Markdown source: ligatures and soft hyphens undone")
  func oneColumnWords() throws {
    let pdf = try document(Fixtures.resume("marketing-lead-sade-okafor.pdf"))
    let markdown = try document(Fixtures.resume("marketing-lead-sade-okafor.md"))
    #expect(words(pdf.text) == words(markdown.text))
    #expect(!pdf.text.unicodeScalars.contains { (0xFB00...0xFB06).contains($0.value) || $0.value == 0xAD })
    #expect(pdf.text.contains("sales enablement"))
    #expect(pdf.title == "Sade Okafor")
    let headings = pdf.sections.compactMap(\.heading)
    #expect(["Profile", "Experience", "Education", "Certifications", "Skills"].allSatisfy(headings.contains))
  }

  // MARK: The printed posting

  @Test("a posting printed from a browser loses its date, title, URL and page numbers")
  func printedPosting() throws {
    let posting = try document(Fixtures.posting("printed-cpo-meridian.pdf"))
    #expect(posting.title == "Chief Product Officer")
    for furniture in ["8:14 AM", "Meridian Bank Careers", "https://", "1/2", "2/2"] {
      #expect(!posting.text.contains(furniture), "\(furniture)")
    }
    #expect(posting.sections.first?.heading == "Chief Product Officer")
    #expect(
      posting.text.hasSuffix("Meridian Bank is an Equal Opportunity Employer, including Disability and Veterans."))
  }

  // MARK: Errors

  @Test("a scanned PDF fails with a clear message instead of scoring an empty resume")
  func scanned() throws {
    let path = unreadable("scanned-resume.pdf")
    #expect(throws: IngestError.noTextLayer(path: path)) { try document(path) }
    #expect(
      IngestError.noTextLayer(path: path).description.hasPrefix("\(path): no text layer: is this a scanned image?"))
  }

  @Test("an encrypted PDF fails with one line that says so")
  func encrypted() throws {
    let path = unreadable("encrypted-resume.pdf")
    let reason = "encrypted (password-protected) PDF; save or print an unprotected copy"
    #expect(throws: IngestError.malformed(path: path, reason: reason)) { try document(path) }
  }

  @Test(
    "a damaged PDF fails with one line",
    arguments: [3000, 30000, 46000])
  func truncated(length: Int) throws {
    let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: Fixtures.resume("vp-product-morgan-ellis.pdf"))))
    #expect(throws: IngestError.malformed(path: "cv.pdf", reason: "damaged or truncated PDF")) {
      try Ingestor().document(bytes: Array(bytes.prefix(length)), source: "cv.pdf")
    }
  }

  @Test("garbage after a PDF signature is a damaged PDF, under any name")
  func garbage() throws {
    let bytes = Array("%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".utf8)
    #expect(throws: IngestError.malformed(path: "posting.html", reason: "damaged or truncated PDF")) {
      try Ingestor().document(bytes: bytes, source: "posting.html")
    }
  }

  @Test("a PDF is recognised by its signature, also after junk at the start")
  func signature() {
    #expect(PDFReader.isPDF(Array("%PDF-1.4\n".utf8)))
    #expect(PDFReader.isPDF(Array((String(repeating: "x", count: 200) + "%PDF-1.4\n").utf8)))
    #expect(!PDFReader.isPDF(Array("<html>".utf8) + [UInt8](repeating: 0x20, count: 1100) + Array("%PDF-".utf8)))
    #expect(!PDFReader.isPDF(Array("<html><body>Job</body></html>".utf8)))
  }

  // MARK: Layout rules on hand-placed words

  @Test("a sentence that runs from the foot of the left column to the top of the right one is read whole")
  func sentenceAcrossColumns() throws {
    let left = Layout.column(
      [
        "Left column begins here and", "keeps going for a while with", "words that sit beside the right",
        "column and finally the sentence", "that crosses the gutter runs",
      ], x: 50, y: 100)
    let right = Layout.column(
      [
        "on into the right column. Then", "the right column has its own", "lines that must not mix with",
        "the left column at all, ever.", "It ends here.",
      ], x: 330, y: 100)
    let blocks = Layout.blocks(left + right)
    #expect(blocks.count == 1)
    #expect(
      words(blocks.first?.text ?? "")
        == "Left column begins here and keeps going for a while with words that sit beside the right column and "
        + "finally the sentence that crosses the gutter runs on into the right column. Then the right column has its "
        + "own lines that must not mix with the left column at all, ever. It ends here.")
  }

  @Test("a horizontal gap across both columns does not interleave them")
  func gapAcrossColumns() throws {
    // The gutter (15 points) is narrower than the gap between the bands (48 points), so the page is cut
    // into bands first.
    let left =
      Layout.column(["Skills heading text", "left one", "left two"], x: 50, y: 100)
      + Layout.column(["left three", "left four", "left five."], x: 50, y: 186)
    let right =
      Layout.column(["Right side words", "right one", "right two"], x: 156, y: 100)
      + Layout.column(["right three", "right four", "right five."], x: 156, y: 186)
    let text = words(Layout.blocks(left + right).map(\.text).joined(separator: " "))
    #expect(
      text
        == "Skills heading text left one left two left three left four left five. Right side words right one right two "
        + "right three right four right five.")
  }

  @Test("words hyphenated at a line's end are joined; a compound the document spells with a hyphen keeps it")
  func hyphenation() throws {
    let lines = [
      "A three-year plan and a three-", "year budget built an experi-", "mentation practice; we co\u{AD}",
      "operate with Sales.",
    ]
    let blocks = Layout.blocks(Layout.column(lines, x: 50, y: 100))
    #expect(
      blocks.map(\.text) == [
        "A three-year plan and a three-year budget built an experimentation practice; we cooperate with Sales."
      ])
  }

  @Test("bold or larger short lines become headings, levels by size; bullets become list items")
  func structure() throws {
    let page =
      Layout.line("Jane Doe", x: 50, y: 60, size: 20, bold: true)
      + Layout.line("Experience", x: 50, y: 100, size: 13, bold: true)
      + Layout.line("Acme Corp", x: 50, y: 125, bold: true)
      + Layout.line("• Shipped the app to", x: 50, y: 142) + Layout.line("millions of users.", x: 60, y: 155)
      + Layout.line("• Led five people.", x: 50, y: 170)
      + Layout.line("Plain closing paragraph.", x: 50, y: 195)
    #expect(
      Layout.blocks(page) == [
        ContentBlock(kind: .heading(level: 1), text: "Jane Doe"),
        ContentBlock(kind: .heading(level: 2), text: "Experience"),
        ContentBlock(kind: .heading(level: 3), text: "Acme Corp"),
        ContentBlock(kind: .listItem, text: "Shipped the app to millions of users."),
        ContentBlock(kind: .listItem, text: "Led five people."),
        ContentBlock(kind: .paragraph, text: "Plain closing paragraph."),
      ])
  }

  @Test("a header and footer repeated on every page go; body text at the top of a page stays")
  func runningHeaders() throws {
    let tops = ["Jane Doe", "continued from page one", "and from page two"]
    let pages = (1...3).map { number in
      let page = PDFPage(number: number, width: 612, height: 792, glyphs: [])
      let words =
        Layout.line("Acme Careers - Product Lead", x: 200, y: 15, size: 8)
        + Layout.line(tops[number - 1], x: 50, y: 40)
        + Layout.line("Body text of page \(number).", x: 50, y: 300)
        + Layout.line("Page \(number) of 3", x: 500, y: 770, size: 8)
      return (page: page, words: words)
    }
    let kept = RunningHeaderFilter.filter(pages).map { $0.map(\.text).joined(separator: " ") }
    #expect(kept == (1...3).map { "\(tops[$0 - 1]) Body text of page \($0)." })
  }

  @Test(
    "page furniture is recognised on a single page",
    arguments: [
      ("3", true), ("Page 2 of 3", true), ("2/3", true), ("https://jobs.example.com/cpo?id=4", true),
      ("5/2/24, 8:14 AM", true), ("2024-05-02 08:14", true), ("Jane Doe", false), ("Product Lead, Acme", false),
    ])
  func furniture(text: String, expected: Bool) {
    #expect(RunningHeaderFilter.isPageFurniture(text) == expected)
  }

  @Test("ligatures are spelled out and hyphen variants made plain")
  func normalization() {
    #expect(
      PDFText.normalized("\u{FB01}nance \u{FB02}ow e\u{2011}commerce o\u{FB03}ce") == "finance flow e-commerce office")
    #expect(PDFText.withoutSoftHyphens("co\u{AD}operate") == "cooperate")
  }

  @Test("without character boxes the page's text is still read, line by line")
  func fallbackWithoutBoxes() {
    let page = PDFPage(number: 1, width: 612, height: 792, text: "First line\nSecond line", boxes: nil, fonts: [])
    #expect(PDFWord.words(of: page).map(\.text) == ["First", "line", "Second", "line"])
  }
}
