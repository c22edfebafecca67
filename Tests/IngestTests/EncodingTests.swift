import Foundation
import Testing

@testable import Ingest

@Suite("Encodings: BOM, declared charset, UTF-8 validity, windows-1252")
struct EncodingTests {
  private func read(_ bytes: [UInt8], name: String = "page.html") throws -> Document {
    try Ingestor().document(bytes: bytes, source: name)
  }

  @Test("windows-1252 declared with http-equiv comes out as correct UTF-8")
  func windows1252() throws {
    let head = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">".utf8)
    // “Café” – 10€ … in windows-1252
    let body: [UInt8] =
      Array("</head><body><p>".utf8) + [0x93] + Array("Caf".utf8) + [0xE9, 0x94, 0x20, 0x96, 0x20]
      + Array("10".utf8) + [0x80, 0x20, 0x85] + Array("</p></body></html>".utf8)
    let document = try read(head + body)
    #expect(document.encoding == "windows-1252")
    #expect(document.text == "“Café” – 10€ …")
  }

  @Test("undeclared bytes that are not UTF-8 are read as windows-1252")
  func undeclaredLatin() throws {
    let bytes = Array("<p>Se".utf8) + [0xF1, 0x6F, 0x72] + Array(" Ni".utf8) + [0xF1, 0x6F] + Array("</p>".utf8)
    let document = try read(bytes)
    #expect(document.text == "Señor Niño")
  }

  @Test("a page labelled latin-1 that is really UTF-8 stays UTF-8")
  func mislabelledUTF8() throws {
    let bytes = Array("<meta charset=\"iso-8859-1\"><p>Zoë’s café</p>".utf8)
    let document = try read(bytes)
    #expect(document.text == "Zoë’s café")
  }

  @Test("a late <meta charset=utf-8> is honoured")
  func lateMeta() throws {
    let padding = String(repeating: "<meta name=\"x\" content=\"y\">", count: 100)
    let bytes = Array(
      "<html><head>\(padding)<meta charset=\"utf-8\"></head><body><p>Résumé — naïve</p></body></html>".utf8)
    let document = try read(bytes)
    #expect(document.text == "Résumé — naïve")
  }

  @Test("UTF-16 with a byte-order mark", arguments: [true, false])
  func utf16WithBOM(littleEndian: Bool) throws {
    let html = "<html><body><h1>Head of Product</h1><p>Own the roadmap – end to end.</p></body></html>"
    var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for unit in html.utf16 {
      bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
    }
    let document = try read(bytes)
    #expect(document.text.contains("Own the roadmap – end to end."))
    #expect(document.title == "Head of Product")
  }

  @Test("UTF-16 without a byte-order mark")
  func utf16WithoutBOM() throws {
    let html = "<html><body><p>Own the roadmap and the product vision.</p></body></html>"
    var bytes: [UInt8] = []
    for unit in html.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let document = try read(bytes)
    #expect(document.encoding == "UTF-16LE")
    #expect(document.text == "Own the roadmap and the product vision.")
  }

  @Test("invalid UTF-8 in a UTF-8 page becomes U+FFFD without crashing")
  func invalidUTF8() throws {
    let bytes = Array("<meta charset=utf-8><p>Good ".utf8) + [0xC3, 0x28, 0xED, 0xA0, 0x80] + Array(" text</p>".utf8)
    let document = try read(bytes)
    #expect(document.text.hasPrefix("Good "))
    #expect(document.text.hasSuffix(" text"))
    #expect(document.text.contains("\u{FFFD}"))
  }

  @Test("entities, including a lone surrogate reference, are decoded safely")
  func entities() throws {
    let document = try read(Array("<p>P&amp;L &mdash; R&amp;D&nbsp;team &#8217;s &#xD800; end</p>".utf8))
    #expect(document.text.hasPrefix("P&L — R&D team ’s"))
    #expect(document.text.hasSuffix("end"))
  }
}
