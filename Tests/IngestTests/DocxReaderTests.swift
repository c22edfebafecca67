import Foundation
import TestSupport
import Testing
import ZIPFoundation

@testable import Ingest

/// Builds small Word files in memory, as Word lays them out.
enum DocxBuilder {
  static let namespaces = """
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
    xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
    xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
    xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
    xmlns:v="urn:schemas-microsoft-com:vml"
    """

  /// Word's built-in styles as it names them, with a German-style id for one heading to show that names,
  /// not ids, decide.
  static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles \(namespaces)>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
        <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
        <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="JobHeading"><w:name w:val="Job Heading"/>
        <w:basedOn w:val="Heading1"/></w:style>
      <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>
        <w:basedOn w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>
        <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>
      <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
    </w:styles>
    """

  /// A `word/document.xml` whose body is `body`.
  static func document(_ body: String, prolog: String = "") -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    \(prolog)<w:document \(namespaces)><w:body>\(body)<w:sectPr/></w:body></w:document>
    """
  }

  /// A paragraph of one run, in paragraph style `style`.
  static func paragraph(_ text: String, style: String? = nil, numbered: Bool = false) -> String {
    var properties = ""
    if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
    if numbered { properties += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" }
    let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
    return "<w:p>\(pPr)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
  }

  /// A ZIP archive of `parts`, in memory.
  static func archive(_ parts: [(name: String, bytes: Data)], method: CompressionMethod = .deflate) throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create)
    for part in parts {
      try archive.addEntry(
        with: part.name, type: .file, uncompressedSize: Int64(part.bytes.count), compressionMethod: method
      ) { position, size in
        part.bytes.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return Array(try #require(archive.data))
  }

  /// A Word file with `document` as its main part and, unless nil, the styles above.
  static func docx(_ document: String, styles: String? = DocxBuilder.styles, method: CompressionMethod = .deflate)
    throws -> [UInt8]
  {
    var parts: [(name: String, bytes: Data)] = [
      ("[Content_Types].xml", Data("<Types/>".utf8)), ("word/document.xml", Data(document.utf8)),
    ]
    if let styles { parts.append(("word/styles.xml", Data(styles.utf8))) }
    return try archive(parts, method: method)
  }

  /// Overwrites the uncompressed size that the local header and the central directory record of every
  /// entry declare, as a zip bomb that lies about its size does.
  static func declaring(uncompressedSize size: UInt32, in bytes: [UInt8]) -> [UInt8] {
    var bytes = bytes
    func put(_ value: UInt32, at offset: Int) {
      for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
    }
    var index = 0
    while index + 4 <= bytes.count {
      if bytes[index] == 0x50, bytes[index + 1] == 0x4B {
        if bytes[index + 2] == 0x03, bytes[index + 3] == 0x04 { put(size, at: index + 22) }
        if bytes[index + 2] == 0x01, bytes[index + 3] == 0x02 { put(size, at: index + 24) }
      }
      index += 1
    }
    return bytes
  }
}

@Suite("Word documents (.docx): text, structure and hostile archives")
struct DocxReaderTests {
  private func read(_ body: String, styles: String? = DocxBuilder.styles) throws -> Document {
    try Ingestor().document(bytes: DocxBuilder.docx(DocxBuilder.document(body), styles: styles), source: "cv.docx")
  }

  private func blocks(_ body: String, styles: String? = DocxBuilder.styles) throws -> [ContentBlock] {
    let bytes = try DocxBuilder.docx(DocxBuilder.document(body), styles: styles)
    return try DocxReader.read(bytes, source: "cv.docx", limit: IngestOptions.defaultMaxBytes).blocks
  }

  private func expectMalformed(_ bytes: [UInt8], source: String = "cv.docx", reason: String) {
    #expect(throws: IngestError.malformed(path: source, reason: reason)) {
      try Ingestor().document(bytes: bytes, source: source)
    }
  }

  @Test("runs are joined exactly as Word splits them, without breaking words")
  func runsJoined() throws {
    let body = """
      <w:p><w:r><w:t>Prod</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>uct</w:t></w:r>\
      <w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve"> strat</w:t></w:r>\
      <w:bookmarkStart w:id="0" w:name="x"/><w:r><w:t>egy</w:t></w:r><w:r><w:t xml:space="preserve"> for </w:t></w:r>\
      <w:hyperlink r:id="rId4" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
      <w:r><w:t>Acme</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>
      <w:p><w:r><w:t>Full</w:t><w:tab/><w:t>time</w:t><w:t xml:space="preserve">, e</w:t><w:noBreakHyphen/>\
      <w:t>commerce, co</w:t><w:softHyphen/><w:t>operate</w:t><w:br/><w:t>Boston</w:t><w:cr/><w:t>MA</w:t></w:r></w:p>
      """
    let document = try read(body)
    #expect(document.format == .docx)
    #expect(document.encoding == "UTF-8")
    #expect(document.text == "Product strategy for Acme.\n\nFull time, e-commerce, cooperate\nBoston\nMA")
  }

  @Test("Title and heading styles make the title and the sections")
  func headingsByStyle() throws {
    let body = [
      DocxBuilder.paragraph("Morgan Ellis", style: "Title"),
      DocxBuilder.paragraph("morgan@example.com"),
      DocxBuilder.paragraph("Experience", style: "Heading1"),
      DocxBuilder.paragraph("Northwind", style: "berschrift2"),
      DocxBuilder.paragraph("Led the platform team."),
      DocxBuilder.paragraph("Education", style: "JobHeading"),
      "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:t>Skills</w:t></w:r></w:p>",
      DocxBuilder.paragraph("Roadmaps"),
    ].joined()
    let document = try read(body)
    #expect(document.title == "Morgan Ellis")
    #expect(document.sections.map(\.heading) == ["Morgan Ellis", "Experience", "Northwind", "Education", "Skills"])
    #expect(document.sections[0].text == "morgan@example.com")
    #expect(document.sections[2].text == "Led the platform team.")
    #expect(document.sections[4].text == "Roadmaps")
  }

  @Test("style ids are read when the file has no styles part")
  func headingsWithoutStylesPart() throws {
    let body = DocxBuilder.paragraph("Summary", style: "Heading1") + DocxBuilder.paragraph("Ten years in product.")
    let document = try read(body, styles: nil)
    #expect(document.sections == [Section(heading: "Summary", text: "Ten years in product.")])
  }

  @Test("numbered paragraphs and list styles become list items")
  func bullets() throws {
    let body = [
      DocxBuilder.paragraph("Achievements", style: "Heading1"),
      DocxBuilder.paragraph("Grew revenue 40%", numbered: true),
      DocxBuilder.paragraph("Hired 12 engineers", style: "ListParagraph", numbered: true),
      DocxBuilder.paragraph("Shipped the mobile app", style: "ListBullet"),
      "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr>"
        + "<w:r><w:t>Numbering turned off.</w:t></w:r></w:p>",
    ].joined()
    let kinds = try blocks(body).map(\.kind)
    #expect(kinds == [.heading(level: 1), .listItem, .listItem, .listItem, .paragraph])
    let document = try read(body)
    #expect(
      document.sections.first?.text
        == "Grew revenue 40%\nHired 12 engineers\nShipped the mobile app\n\nNumbering turned off.")
  }

  @Test("table cells come out row by row, each paragraph a block of its own")
  func tables() throws {
    func cell(_ paragraphs: String...) -> String { "<w:tc><w:tcPr/>\(paragraphs.joined())</w:tc>" }
    let body = """
      <w:tbl><w:tblPr/><w:tblGrid/>\
      <w:tr>\(cell(DocxBuilder.paragraph("2019–2023")))\(cell(DocxBuilder.paragraph("VP Product, Northwind"),
        DocxBuilder.paragraph("Owned the roadmap", numbered: true)))</w:tr>\
      <w:tr>\(cell(DocxBuilder.paragraph("2015–2019")))\(cell(DocxBuilder.paragraph("Director, Contoso")))</w:tr>\
      </w:tbl>
      """
    let texts = try blocks(body).map(\.text)
    #expect(texts == ["2019–2023", "VP Product, Northwind", "Owned the roadmap", "2015–2019", "Director, Contoso"])
  }

  @Test("deleted text, field codes and tables of contents are left out; inserted text and field results stay")
  func revisionsAndFields() throws {
    let body = """
      <w:p><w:r><w:t xml:space="preserve">Led </w:t></w:r>\
      <w:del w:id="1" w:author="a"><w:r><w:delText>twelve</w:delText></w:r></w:del>\
      <w:ins w:id="2" w:author="a"><w:r><w:t>fifteen</w:t></w:r></w:ins>\
      <w:r><w:t xml:space="preserve"> people at </w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="begin"/></w:r>\
      <w:r><w:instrText> HYPERLINK "https://x.example" </w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Northwind</w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
      \(DocxBuilder.paragraph("Experience\t3", style: "TOC1"))
      <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>
      \(DocxBuilder.paragraph("Still read after a field left open."))
      """
    let document = try read(body)
    #expect(document.text == "Led fifteen people at Northwind\n\nStill read after a field left open.")
  }

  @Test("text boxes are read once, not again from their fallback copy")
  func textBoxes() throws {
    let box = "<w:txbxContent>\(DocxBuilder.paragraph("Boxed contact line"))</w:txbxContent>"
    let body = """
      <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>\
      <wps:wsp><wps:txbx>\(box)</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>\
      <mc:Fallback><w:pict><v:shape><v:textbox>\(box)</v:textbox></v:shape></w:pict></mc:Fallback>\
      </mc:AlternateContent></w:r><w:r><w:t>Anchor text</w:t></w:r></w:p>
      """
    #expect(try read(body).text == "Anchor text\n\nBoxed contact line")
  }

  @Test("short bold lines are headings only in a document without heading styles")
  func boldHeadings() throws {
    let bold = "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Experience</w:t></w:r></w:p>"
    let strong = "<w:p><w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>Skills</w:t></w:r></w:p>"
    let plain = DocxBuilder.paragraph("Led the platform team.")
    let unstyled = try read(bold + plain + strong + DocxBuilder.paragraph("Roadmaps and pricing."))
    #expect(unstyled.sections.map(\.heading) == ["Experience", "Skills"])
    let styled = try read(DocxBuilder.paragraph("Profile", style: "Heading1") + bold + plain)
    #expect(styled.sections.map(\.heading) == ["Profile"])
  }

  @Test("without a Title style, the first short line is the title")
  func titleFromFirstLine() throws {
    let body = DocxBuilder.paragraph("JORDAN PATEL") + DocxBuilder.paragraph("Product leader with ten years in B2B.")
    #expect(try read(body).title == "JORDAN PATEL")
  }

  @Test("stored (uncompressed) parts and a file read from disk")
  func storedEntriesFromDisk() throws {
    let bytes = try DocxBuilder.docx(DocxBuilder.document(DocxBuilder.paragraph("Stored text.")), method: .none)
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("resume.docx")
    try Data(bytes).write(to: url)
    let document = try Ingestor().document(at: url.path)
    #expect(document.text == "Stored text.")
    #expect(document.format == .docx)
  }

  @Test("a Word archive under another name is still read by its content")
  func sniffedByContent() throws {
    let bytes = try DocxBuilder.docx(DocxBuilder.document(DocxBuilder.paragraph("Found by content.")))
    #expect(try Ingestor().document(bytes: bytes, source: "download").text == "Found by content.")
  }

  @Test("a ZIP without word/document.xml is not a Word document")
  func noDocumentPart() throws {
    let bytes = try DocxBuilder.archive([("xl/workbook.xml", Data("<workbook/>".utf8))])
    expectMalformed(bytes, reason: "not a Word document: no word/document.xml")
    // Under a name that does not claim to be Word, it stays an archive refused as binary.
    #expect(throws: IngestError.binary(path: "notes.zip", kind: "ZIP archive")) {
      try Ingestor().document(bytes: bytes, source: "notes.zip")
    }
  }

  @Test("a corrupt archive, an encrypted Word file and broken XML get clear reasons")
  func corruptAndEncrypted() throws {
    var corrupt: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    corrupt += [UInt8](repeating: 0x41, count: 400)
    expectMalformed(corrupt, reason: "archive is corrupt (no readable ZIP directory)")

    let encrypted: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
    expectMalformed(
      encrypted,
      reason: "encrypted (password-protected) or legacy Word file, not a .docx archive; save an unprotected .docx")

    let broken = try DocxBuilder.docx("<w:document xmlns:w=\"x\"><w:body><w:p>")
    expectMalformed(broken, reason: "word/document.xml is not well-formed XML")

    var flipped = try DocxBuilder.docx(DocxBuilder.document(DocxBuilder.paragraph("Checksummed.")), method: .none)
    let position = try #require(Self.index(of: Array("Checksummed".utf8), in: flipped))
    flipped[position] = UInt8(ascii: "X")
    expectMalformed(flipped, reason: "archive is corrupt (word/document.xml fails its checksum)")
  }

  @Test("a zip bomb declaring more than the limit is refused before anything is inflated")
  func zipBombDeclared() throws {
    let zeros = Data(count: 30 * 1_048_576)
    let bytes = try DocxBuilder.archive([("word/document.xml", zeros)])
    #expect(bytes.count < 200_000)
    let start = ContinuousClock.now
    expectMalformed(bytes, reason: "word/document.xml is 30 MB uncompressed, over the 20 MB limit")
    #expect(ContinuousClock.now - start < .seconds(1))
  }

  @Test("a zip bomb lying about its size is stopped as soon as it inflates past what it declares")
  func zipBombLying() throws {
    let zeros = Data(count: 30 * 1_048_576)
    let bytes = DocxBuilder.declaring(
      uncompressedSize: 1_000, in: try DocxBuilder.archive([("word/document.xml", zeros)]))
    let start = ContinuousClock.now
    expectMalformed(
      bytes, reason: "word/document.xml inflates past the 1000 bytes it declares (a corrupt archive or a zip bomb)")
    #expect(ContinuousClock.now - start < .seconds(1))
  }

  @Test("a deflate stream that runs off the end of the file ends as corrupt instead of hanging")
  func streamRunningOffTheEnd() throws {
    var bytes = try DocxBuilder.archive([("word/document.xml", Data(DocxBuilder.document("").utf8))])
    // A stored block claiming 65535 bytes, right at the start of the entry's data.
    let dataStart = 30 + "word/document.xml".utf8.count
    bytes.replaceSubrange(dataStart..<dataStart + 5, with: [0x00, 0xFF, 0xFF, 0x00, 0x00])
    let start = ContinuousClock.now
    #expect(throws: IngestError.self) { try Ingestor().document(bytes: bytes, source: "cv.docx") }
    #expect(ContinuousClock.now - start < .seconds(1))
  }

  @Test("a ZIP64 offset far past the end of the file is corrupt, not a crash")
  func zip64OffsetOutOfRange() throws {
    let name = Array("word/document.xml".utf8)
    let content = Array("<w:p/>".utf8)
    func le(_ value: UInt64, _ width: Int) -> [UInt8] {
      (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
    let local =
      le(0x0403_4B50, 4) + le(20, 2) + le(0, 8) + le(0, 4) + le(6, 4) + le(6, 4) + le(UInt64(name.count), 2)
      + le(0, 2) + name + content
    let extra = le(1, 2) + le(8, 2) + le(0xFFFF_FFFF_FFFF_FFF0, 8)
    let central =
      le(0x0201_4B50, 4) + le(0x031E, 2) + le(45, 2) + le(0, 8) + le(0, 4) + le(6, 4) + le(6, 4)
      + le(UInt64(name.count), 2) + le(UInt64(extra.count), 2) + le(0, 6) + le(0o100644 << 16, 4)
      + le(0xFFFF_FFFF, 4) + name + extra
    let end =
      le(0x0605_4B50, 4) + le(0, 4) + le(1, 2) + le(1, 2) + le(UInt64(central.count), 4)
      + le(UInt64(local.count), 4) + le(0, 2)
    expectMalformed(
      local + central + end, reason: "archive is corrupt (word/document.xml is cut short or its header is missing)")
  }

  @Test("an external entity (XXE) is never read into the text")
  func externalEntity() throws {
    let prolog = "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
    let xml = DocxBuilder.document("<w:p><w:r><w:t>Before &x; after</w:t></w:r></w:p>", prolog: prolog)
    let document = try Ingestor().document(bytes: DocxBuilder.docx(xml), source: "cv.docx")
    #expect(!document.text.contains("root:"))
    #expect(document.text == "Before after")
  }

  @Test("an entity-expansion bomb (billion laughs) is refused quickly")
  func billionLaughs() throws {
    var entities = "<!ENTITY lol0 \"lollollollollollollollollollol\">"
    for level in 1...9 {
      entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
    }
    let xml = DocxBuilder.document(
      "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", prolog: "<!DOCTYPE w:document [\(entities)]>\n")
    let bytes = try DocxBuilder.docx(xml)
    let start = ContinuousClock.now
    do {
      let document = try Ingestor().document(bytes: bytes, source: "cv.docx")
      #expect(document.text.count < 10_000)
    } catch let error as IngestError {
      #expect(error.path == "cv.docx")
    }
    #expect(ContinuousClock.now - start < .seconds(1))
  }

  @Test("the Morgan Ellis resume fixture: title, sections, bullets, breaks and a table")
  func morganEllisFixture() throws {
    let path = Fixtures.resume("vp-product-morgan-ellis.docx")
    let document = try Ingestor().document(at: path)
    #expect(document.format == .docx)
    #expect(document.title == "Morgan Ellis")
    let headings = document.sections.compactMap(\.heading)
    for heading in ["Summary", "Experience", "Education", "Certifications", "Skills"] {
      #expect(headings.contains(heading), "no section \(heading)")
    }
    #expect(headings.contains("VP of Product — Quillfeather Systems — Jan 2020 – Present"))
    // A w:tab and a w:br in the contact paragraph.
    #expect(
      document.sections.first?.text
        == "Oakhaven, Oregon (555) 014-2298\nmorgan.ellis@example.net · morganellis.example.com")
    #expect(document.text.contains("built an experimentation practice that runs 200+ A/B tests a year."))
    #expect(document.text.contains("Quillfeather’s renewal rate reached 94%."))
    let bullet = "Hired 30 of the 45 people on the team, wrote the career ladder for product managers and designers"
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let blocks = try DocxReader.read(bytes, source: path, limit: IngestOptions.defaultMaxBytes).blocks
    #expect(blocks.contains { $0.kind == .listItem && $0.text.hasPrefix(bullet) })
    let skills = try #require(document.sections.first { $0.heading == "Skills" })
    #expect(skills.text.contains("Data and AI\n\nOKRs and KPIs, experimentation, A/B testing, SQL"))
  }

  private static func index(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    return (0...(haystack.count - needle.count)).first { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
  }
}
