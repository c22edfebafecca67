import Foundation
import Testing

@testable import Ingest

/// The byte-level scans that stand in for Foundation and Character APIs on the hot paths give the same
/// answers as those APIs.
@Suite("Byte scans answer as the Foundation and Character calls they replace")
struct TextScanningTests {
  static let searches: [(needle: String, text: String)] = [
    (" at ", "Head of Product at Acme at Home"),
    (" at ", "VP of Product AT Acme"),
    (" at ", "Product at"),
    (" | ", "Head of Product | Acme | Careers"),
    (" | ", "x | \u{301}y | z"),
    (" - ", "Café - Zürich – Remote"),
    (" :: ", "Quarry Labs :: Jobs :: VP of Product"),
    (" job description", "Chief Product Officer (CPO) Job Description: duties"),
    (" job description", "Chief Product Officer JOB DESCRIPTION"),
    (" job description", "Strasse job deſcription"),
    (" job profile", "Head of Product job proﬁle"),
    (" at ", "Kelvin \u{212A} at x"),
    (" – job description", "Director – Job Description"),
    (" at ", ""),
    (" at ", "at"),
  ]

  @Test("characterRange finds what range(of:options:) finds", arguments: searches)
  func characterRange(needle: String, text: String) {
    for (ignoringCase, backwards) in [(false, false), (false, true), (true, false), (true, true)] {
      var options: String.CompareOptions = ignoringCase ? [.caseInsensitive] : []
      if backwards { options.insert(.backwards) }
      let expected = text.range(of: needle, options: options)
      let found = ASCIIBytes.characterRange(of: needle, in: text, ignoringCase: ignoringCase, backwards: backwards)
      #expect(found == expected, "\(needle) in \(text), ignoringCase \(ignoringCase), backwards \(backwards)")
    }
  }

  @Test("components splits as components(separatedBy:)", arguments: searches)
  func components(separator: String, text: String) {
    #expect(ASCIIBytes.components(of: text, separatedBy: separator) == text.components(separatedBy: separator))
  }

  @Test(
    "contains answers as Foundation's contains",
    arguments: [
      ("head of product at acme", "acme"), ("head of product", ""), ("", "acme"), ("acme", "acme"),
      ("café acme", "acme"), ("acme", "head of product"),
    ])
  func contains(text: String, part: String) {
    #expect(ASCIIBytes.contains(text, part) == text.contains(part))
  }

  @Test(
    "trimmingSpaces trims what trimmingCharacters(in: .whitespaces) trims",
    arguments: [
      "  Acme  ", "\tAcme\t", "\u{A0}Acme\u{3000}", "\u{200B}Acme\u{200B}", "\nAcme\n", " \u{301}Acme ", "   ", "",
      "\u{2009}Acme Careers\u{202F}", "Acme",
    ])
  func trimmingSpaces(text: String) {
    #expect(TextNormalizer.trimmingSpaces(text) == text.trimmingCharacters(in: .whitespaces))
  }

  @Test(
    "collapse makes each white-space run one space and trims the ends",
    arguments: [
      ("  Head  of\n\tProduct  ", "Head of Product"),
      ("a\u{A0}\u{A0}b \u{2003} c", "a b c"),
      ("zero\u{200B}width and\u{FEFF}bom", "zerowidth andbom"),
      ("Zoë’s  café, München", "Zoë’s café, München"),
      ("one two  three", "one two three"),
      ("trailing space ", "trailing space"),
      ("\u{1}control\u{7F}", "\u{1}control\u{7F}"),
      ("", ""),
    ])
  func collapse(text: String, expected: String) {
    #expect(TextNormalizer.collapse(text) == expected)
    #expect(TextNormalizer.collapse(bytes: Array(text.utf8)) == Array(expected.utf8))
  }

  @Test("measure counts white-space runs once and commas")
  func measure() {
    let text = Array("  Lead,  grow, and\nship \u{A0}".utf8CString).map { UInt8(bitPattern: $0) }
    let (bytes, commas) = text.withUnsafeBufferPointer { TextNormalizer.measure($0.baseAddress!) }
    // "Lead, grow, and ship" plus the no-break space's two bytes, a space before them.
    #expect(bytes == 23)
    #expect(commas == 2)
  }

  @Test("UTF-8 validity is judged the same wherever a bad byte falls among ASCII")
  func validity() {
    for offset in 0..<20 {
      let ascii = [UInt8](repeating: 0x61, count: 20)
      var good = ascii
      good.insert(contentsOf: [0xE2, 0x80, 0x99], at: offset)
      #expect(EncodingDetector.isValidUTF8(good))
      for bad: [UInt8] in [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
        var bytes = ascii
        bytes.insert(contentsOf: bad, at: offset)
        #expect(!EncodingDetector.isValidUTF8(bytes), "\(bad) at \(offset)")
      }
    }
  }

  @Test("a PDF signature counts only when it ends within the first kilobyte")
  func pdfSignatureEdge() {
    let lastStart = [UInt8](repeating: 0x20, count: 1019) + Array("%PDF-1.7".utf8)
    let tooLate = [UInt8](repeating: 0x20, count: 1020) + Array("%PDF-1.7".utf8)
    #expect(PDFReader.isPDF(lastStart))
    #expect(!PDFReader.isPDF(tooLate))
    #expect(!PDFReader.isPDF(Array("%PD".utf8)))
  }

  @Test(
    "the file extension decides the format",
    arguments: [
      ("jobs/posting.HTML", InputFormat.html), ("notes.md", .markdown), ("dir.md/", .markdown),
      ("archive.tar.txt", .text), (".html", .text), ("café/résumé.json", .jsonResume),
    ])
  func fileExtension(path: String, format: InputFormat) {
    #expect(FormatSniffer.format(path: path, bytes: Array("Plain words".utf8)) == format)
  }

  @Test(
    "a labelled line gives its value; a colon with a mark on it is no label's",
    arguments: [
      ("Location: Seattle, WA", "Seattle, WA"), ("Location :  Remote", "Remote"), ("Location:\u{301} Remote", nil),
      ("Salary: 10:00 – 18:00", nil),
    ] as [(String, String?)])
  func labelledField(line: String, expected: String?) {
    let blocks = [ContentBlock(kind: .paragraph, text: line)]
    #expect(LabelledField.value(for: LabelledField.locationLabels, in: blocks) == expected)
  }
}
