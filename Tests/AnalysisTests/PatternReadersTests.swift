import Foundation
import Ingest
import TestSupport
import Testing

@testable import Analysis

/// The hand readers of small patterns against the patterns themselves, on every resume line of the fixtures (and of
/// the shared benchmark when it is there) and on hand-written lines.
@Suite("Pattern readers read what their patterns read")
struct PatternReadersTests {
  static let lines: [String] = {
    var lines: [String] = []
    for folder in ["Fixtures/resumes", "Fixtures/resume-shapes", "Benchmarks/resumes"] {
      lines += (try? DateRangeScannerTests.resumeLines(in: Fixtures.root.appendingPathComponent(folder))) ?? []
    }
    let shared = Fixtures.root.deletingLastPathComponent().appendingPathComponent(
      "shared/benchmarks/resume-reading/resumes")
    if FileManager.default.fileExists(atPath: shared.path) {
      lines += (try? DateRangeScannerTests.resumeLines(in: shared)) ?? []
    }
    return lines
  }()

  /// Odd scalars in the places the patterns look: marks and format characters after words, other scripts' digits
  /// and spaces, line terminators, and the scalars ICU reads as ASCII letters regardless of case.
  static let oddities = [
    "", "\u{301}", "\u{AD}", "\u{200B}", "\u{200D}", "\u{A0}", "\u{2009}", "\u{3000}", "\r", "\r\n", "\n", "\u{0B}",
    "\u{85}", "\u{2028}", "\u{11DE0}", "\u{1ACF}", "\u{661}", "\u{FF11}", "\u{1D7CE}", "é", "ſ", "K", "İ", "ı", "ß",
    "ﬁ", "_", "‿", "x", "X", "1",
    ".", ",", " ", "  ", "-", "–", "—", "'", "’", "(", ")", "[", "]", "@", "+", "/",
  ]

  static func odd(_ templates: [String]) -> [String] {
    templates.flatMap { template in oddities.map { template.replacingOccurrences(of: "~", with: $0) } }
  }

  @Test("\\s, \\d and \\w are the Unicode properties PatternScalars reads, for every scalar ICU knows")
  func classes() throws {
    var scalars = String.UnicodeScalarView()
    // Each UTF-16 offset's scalar.
    var scalarAt: [Int: Unicode.Scalar] = [:]
    var offset = 0
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      scalars.append(scalar)
      scalarAt[offset] = scalar
      offset += scalar.utf16.count
    }
    let text = String(scalars)
    for (pattern, isMember) in [
      (#"\s"#, PatternScalars.isSpace), (#"\d"#, PatternScalars.isDigit), (#"\w"#, PatternScalars.isWord),
    ] as [(String, (Unicode.Scalar) -> Bool)] {
      var matched = Set<UInt32>()
      let regex = try NSRegularExpression(pattern: pattern)
      for match in regex.matches(in: text, range: NSRange(location: 0, length: offset)) {
        if let scalar = scalarAt[match.range.location] { matched.insert(scalar.value) }
      }
      var differing: [String] = []
      for scalar in text.unicodeScalars
      where PatternScalars.isKnownToICU(scalar) && isMember(scalar) != matched.contains(scalar.value) {
        differing.append(String(scalar.value, radix: 16))
      }
      #expect(differing.isEmpty, "\(pattern): \(differing.prefix(20))")
    }
  }

  @Test("\\b before and after every scalar ICU knows, between two letters")
  func boundaries() throws {
    // "a", the scalar, "b", a space: `a\b` asks for a boundary before the scalar, `\bb` for one after it. (In
    // pieces: ICU's search for `\bb` slows on one long text.)
    let boundaryBefore = try NSRegularExpression(pattern: #"a\b"#)
    let boundaryAfter = try NSRegularExpression(pattern: #"\bb"#)
    let known = (UInt32(0x80)...0x10FFFF).compactMap(Unicode.Scalar.init).filter(PatternScalars.isKnownToICU)
    var differing: [String] = []
    for start in stride(from: 0, to: known.count, by: 1000) {
      var text = String.UnicodeScalarView()
      var segments: [(offset: Int, scalar: Unicode.Scalar)] = []
      var offset = 0
      for scalar in known[start..<min(start + 1000, known.count)] {
        segments.append((offset, scalar))
        text.append(contentsOf: ["a", scalar, "b", " "])
        offset += 3 + scalar.utf16.count
      }
      let string = String(text)
      let range = NSRange(location: 0, length: offset)
      let before = Set(boundaryBefore.matches(in: string, range: range).map(\.range.location))
      let after = Set(boundaryAfter.matches(in: string, range: range).map(\.range.location))
      for (offset, scalar) in segments {
        let scalars: [Unicode.Scalar] = ["a", scalar, "b", " "]
        if PatternScalars.isBoundary(scalars, at: 1) != before.contains(offset)
          || PatternScalars.isBoundary(scalars, at: 2) != after.contains(offset + 1 + scalar.utf16.count)
        {
          differing.append(String(scalar.value, radix: 16))
        }
      }
    }
    #expect(differing.isEmpty, "\(differing.prefix(20))")
  }

  @Test("the split range's halves")
  func splitRange() throws {
    let start = SplitRange.startPattern
    let end = SplitRange.endPattern
    let written =
      Self.odd([
        "2017 – Product Manager, Google~", "2017~– Product Manager", "Jan 2017 –~Lead", "Jan. 2017 - Lead~",
        "Sept 2017 — Lead", "January 2017 – Lead", "Janu. 2017 – Lead", "Ja 2017 – Lead", "Septembers 2017 – Lead",
        "2017 -Lead", "2017 - 1Lead", "~2017 - Lead", "1917 – Lead~x", "2117 – Lead", "201~ – Lead", "20~7 – Lead",
        "Present~ Leading teams", "Present~", "PRESENT Leading", "Presently leading", "present2019", "Current~",
        "Now~", "now", "Nowadays", "Today~ we", "TODAY", "Jan 2019~", "Jan 2019 rest", "jan. 2019~rest",
        "Present 2019", "Presentation 2019", "2019~", "2019", "201", "20190", "19~9", "Jan  2019", "Jan.2019",
        "Pre~sent", "~Present", "Cur~rent",
      ]) + ["Preſent", "PREſENT now", "Kan 2019", "İan 2019", "2019\u{661}"]
    for line in Self.lines + written {
      let range = NSRange(line.startIndex..., in: line)
      let expectedStart = start.firstMatch(in: line, range: range).flatMap { match in
        Range(match.range(at: 1), in: line).flatMap { first in Range(match.range(at: 2), in: line).map { (first, $0) } }
      }
      let foundStart = SplitRange.start(of: line)
      #expect(
        foundStart?.start == expectedStart?.0 && foundStart?.title == expectedStart?.1, "\(line.debugDescription)")
      let expectedEnd = end.firstMatch(in: line, range: range).flatMap { match in
        Range(match.range(at: 1), in: line).flatMap { first in Range(match.range(at: 2), in: line).map { (first, $0) } }
      }
      let foundEnd = SplitRange.end(of: line)
      #expect(foundEnd?.word == expectedEnd?.0 && foundEnd?.rest == expectedEnd?.1, "\(line.debugDescription)")
    }
  }

  @Test("an employer's place, words in brackets, web addresses and state codes")
  func titleAndEmployerPatterns() {
    let written =
      Self.odd([
        "Quillon Media, Austin, TX~", "Quillon Media,~Austin,~TX", "Acme, Mountain View, CA", "Acme, St. John's, NL",
        "Acme, Winston-Salem, NC, Inc", "Acme,Austin,TX", "Acme, austin, TX", "Acme, Austin, Tx", "Acme, Austin, TXX",
        "A, B, C, D, EF", "Acme, Aus~tin, TX", "Engineer (Contract~", "Engineer [Remote] (2019)", "Lead (a [b) c] d",
        "(x", "[", "Balto.ai", "Balto.AI~", "Balto.aim", "Balto~.io", "x.co~m", "x.com~", ".com", "a.in~", "a.Net",
        "é.org", "_.org", "x.o~rg", "Acme.ORG~x", "Mountain View, CA Software Engineer",
        "Boston, MA Director of Product, NY Times", "A, BB C, DD E", ", CA X", ",  CA X", "Paris, FR É",
        "a, BC D, EF G~",
      ]) + ["x.ﬁ", "x.İn", "x.ın", "x.in\u{301}", "x.in\u{AD}", "x.in\u{200B}x", "x\u{301}.in", "x.ſo"]
    for line in Self.lines + written {
      let place = line.replacingOccurrences(of: ResumeAnalyzer.placePattern, with: "", options: .regularExpression)
      #expect(ResumeAnalyzer.withoutPlace(line).unicodeScalars.elementsEqual(place.unicodeScalars), "\(line)")
      let bare = line.replacingOccurrences(of: ResumeAnalyzer.bracketsPattern, with: " ", options: .regularExpression)
      #expect(ResumeAnalyzer.withoutBrackets(line).unicodeScalars.elementsEqual(bare.unicodeScalars), "\(line)")
      let address = line.range(of: ResumeAnalyzer.webAddressPattern, options: [.regularExpression, .caseInsensitive])
      #expect(ResumeAnalyzer.holdsWebAddress(line) == (address != nil), "\(line.debugDescription)")
      let spaced = line.replacingOccurrences(
        of: ResumeAnalyzer.stateCodePattern, with: ", $1  ", options: .regularExpression)
      #expect(ResumeAnalyzer.spacingStateCodes(line).unicodeScalars.elementsEqual(spaced.unicodeScalars), "\(line)")
    }
  }

  @Test("contact lines")
  func contact() throws {
    let pattern = try NSRegularExpression(pattern: DocumentKindClassifier.contactPattern)
    let written =
      Self.odd([
        "jane@example.com~", "jane.doe+cv@mail.example.co.uk", "a@b.c", "a@b.cd", "a@b..cd", "a@.cd", "@b.cd",
        "a~@b.cd", "a@b~.cd", "a@b.c~d", "a@b-c.d1.ef", "a@b.c1", "x linkedin.com/in/jane", "linkedin.com/in~/",
        "LinkedIn.com/in/jane", "+1 (555) 014-2298", "555-014-2298", "555 014 22", "555 014 229", "5550142298",
        "555~0142298", "(555) 014-22~98", "1.2.3.4.5.6", "1 2 3 4 5", "2015 – 2018", "Jan 2015 – Mar 2018",
      ]) + ["\u{661}\u{662}\u{663}\u{664}\u{665}\u{666}\u{667}\u{668}\u{669}\u{660}", "１２３４５６７８９０"]
    for line in Self.lines + written {
      let matched = pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
      #expect(DocumentKindClassifier.holdsContact(line) == matched, "\(line.debugDescription)")
    }
  }

  @Test("the years and hiring checks never pass over a text their pattern matches")
  func roleReaderChecks() throws {
    var texts =
      Self.lines + [
        "Product Manager (10+ Years of Experience)", "Engineer, 2 years", "Engineer 3 YRS", "Lead 5yr", "5-7 years",
        "We are looking for a Senior Backend Engineer to join", "Hiring a Product Lead, now", "seeking an Engineer who",
        "in search of our next Head of Data.", "We're recruiting one Designer with",
      ]
    for name in Fixtures.postingNames() {
      if let document = try? Ingestor().document(at: Fixtures.posting(name)) {
        texts += [document.text] + document.text.split(separator: "\n").map(String.init)
      }
    }
    var matched = (years: 0, hiring: 0)
    for text in texts {
      let prefix = String(text.prefix(600))
      if RoleReader.yearsPattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
        matched.years += 1
        #expect(RoleReader.mayStateYears(text), "\(text)")
      }
      if RoleReader.hiringPattern.firstMatch(in: prefix, range: NSRange(prefix.startIndex..., in: prefix)) != nil {
        matched.hiring += 1
        #expect(RoleReader.mayHire(prefix), "\(prefix)")
      }
    }
    #expect(matched.years >= 5 && matched.hiring >= 5)
  }
}
