import Foundation
import TestSupport
import Testing

@testable import Analysis

/// The searches skipped in plain text against Foundation's, which they stand in for.
@Suite("Plain-text searches find what Foundation's find")
struct PlainSearchTests {
  static let separators = [
    " — ", " – ", " -- ", " - ", " | ", " at ", " @ ", " · ", " • ", "; ", " / ", "  ", "\t", ": ", ". ", ", ", "*",
    "_", "()", "( )", "[]", "[ ]", "``",
  ]

  /// Lines holding each separator, near misses, and the canonical equivalents of separators' characters (Greek ano
  /// teleia for "·", the Greek question mark for ";", the varia for "`", the em quad), decomposed letters and marks.
  static let written: [String] = {
    var lines = [
      "VP of Product — Quillfeather Systems", "Senior PM at Acme Corp | Boston", "Engineer () Acme", "a\u{387}b",
      "Lead \u{387} Acme", "Lead\u{37E} Acme", "Lead \u{1FEF}\u{1FEF} Acme", "Lead\u{2001}\u{2001}Acme",
      "A\u{301}cme at Lead", "Lead a\u{300}t Acme", "Lead at\u{301} Acme", "Lead at \u{301}Acme", "Lead  \u{301}Acme",
      "Lead –\u{301} Acme", "Lead \u{2013} Acme", "Lead\u{A0}at\u{A0}Acme", "Ça at Acme", "Lead · Acme", "x\r\ny",
      "Lead\t\u{301}Acme", "Lead *Acme*", "Lead_Acme", "Lead ( ) Acme", "Lead [ ] Acme", "Lead `` Acme", "Lead:",
    ]
    for separator in separators { lines += ["Lead\(separator)Acme", "Lead\(separator)", "\(separator)Acme"] }
    return lines
  }()

  /// The strings' scalars: `String`'s `==` holds canonically equivalent strings equal.
  static func scalars(_ strings: [String]) -> [[Unicode.Scalar]] { strings.map { Array($0.unicodeScalars) } }

  @Test("components and replacements on every resume line and hand-written ones")
  func searches() {
    for line in PatternReadersTests.lines + Self.written {
      let plain = PlainSearch.isPlain(line)
      for separator in Self.separators {
        #expect(
          Self.scalars(PlainSearch.components(line, separatedBy: separator, plain: plain))
            == Self.scalars(line.components(separatedBy: separator)),
          "\(line.debugDescription) \(separator.debugDescription)")
        #expect(
          Self.scalars([PlainSearch.replacing(separator, with: "  ", in: line, plain: plain)])
            == Self.scalars([line.replacingOccurrences(of: separator, with: "  ")]), "\(line.debugDescription)")
      }
    }
  }

  /// ``ResumeAnalyzer/parts(of:)`` as it was written with Foundation's searches alone.
  static func foundationParts(of line: String) -> [String] {
    let junk = CharacterSet(charactersIn: " \t|,;:–—-·•()[]*_.").union(.whitespaces)
    var text = line.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "_", with: " ")
    for empty in ["()", "( )", "[]", "[ ]", "``"] { text = text.replacingOccurrences(of: empty, with: "  ") }
    if ResumeAnalyzer.hasStateCodeBeforeWord(text) { text = ResumeAnalyzer.spacingStateCodes(text) }
    var parts = [text]
    for separator in [" — ", " – ", " -- ", " - ", " | ", " at ", " @ ", " · ", " • ", "; ", " / ", "  ", "\t"] {
      parts = parts.flatMap { $0.components(separatedBy: separator) }
    }
    parts = parts.flatMap { part -> [String] in
      guard !RoleVocabulary.isTitleShaped(part.trimmingCharacters(in: junk)) else { return [part] }
      var pieces = [part]
      if let colon = part.range(of: ": "), part[..<colon.lowerBound].split(separator: " ").count == 1 {
        pieces = [String(part[colon.upperBound...])]
      }
      for separator in [": ", ". ", ", "] { pieces = pieces.flatMap { $0.components(separatedBy: separator) } }
      return pieces
    }
    return parts.map { $0.trimmingCharacters(in: junk) }.filter { !$0.isEmpty }
  }

  @Test("a text's lines are those a split by characters cuts")
  func lines() throws {
    var texts = [
      "", "\n", "\n\n", "a", "a\nb", "a\r\nb", "a\r\n\nb", "\r\n", "a\n\u{301}b", "a\u{301}\nb", "a\r\rb\n", "é\n\nü\n",
    ]
    for folder in ["Fixtures/resumes", "Fixtures/resume-shapes", "Benchmarks/resumes"] {
      let directory = Fixtures.root.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
      where name.hasSuffix(".md") || name.hasSuffix(".txt") {
        texts.append(try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
      }
    }
    for text in texts {
      let split = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
      #expect(Self.scalars(ResumeAnalyzer.lines(of: text)) == Self.scalars(split), "\(text.debugDescription)")
    }
  }

  @Test("a line's parts are those Foundation's searches cut")
  func parts() {
    for line in PatternReadersTests.lines + Self.written {
      #expect(
        Self.scalars(ResumeAnalyzer.parts(of: line)) == Self.scalars(Self.foundationParts(of: line)),
        "\(line.debugDescription)")
    }
  }
}
