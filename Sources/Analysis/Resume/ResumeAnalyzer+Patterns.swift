import Foundation

/// The small patterns the resume reader applies to titles and employers, each read by hand as ICU reads it: the
/// first pattern a run compiles sets up ICU's shared character classes, which cost more than reading a whole resume,
/// and `String`'s regular-expression options look each pattern up again at every call. The patterns stay as the
/// reference (`PatternReadersTests`), and read a text holding a scalar newer than ICU's data
/// (``PatternScalars/isKnownToICU(_:)``).
extension ResumeAnalyzer {
  /// The place after an employer's name ("Quillon Media, Austin, TX"), removed by ``withoutPlace(_:)``.
  static let placePattern = #",\s*[A-Z][\w .'-]*,\s*[A-Z]{2}$"#
  /// Words in brackets, each replaced by a space in ``withoutBrackets(_:)``.
  static let bracketsPattern = #"\([^)]*\)?|\[[^\]]*\]?"#
  /// A web address ("Balto.ai"), found regardless of case by ``holdsWebAddress(_:)``.
  static let webAddressPattern = #"\w\.(ai|io|com|in|net|org|co)\b"#
  /// A US state's code between a comma and the next column ("Mountain View, CA Software Engineer"), given a second
  /// space by ``spacingStateCodes(_:)``.
  static let stateCodePattern = #", ([A-Z]{2}) (?=[A-Z])"#

  /// `text` with ``placePattern`` removed: from the first comma after which `\s*`, a capital, letters, digits,
  /// spaces, dots, apostrophes or hyphens, a comma, `\s*` and two capitals end the text.
  static func withoutPlace(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.allSatisfy(PatternScalars.isKnownToICU) else {
      return text.replacingOccurrences(of: placePattern, with: "", options: .regularExpression)
    }
    for comma in scalars.indices where scalars[comma] == "," {
      let capital = PatternScalars.spaces(scalars, from: comma + 1)
      guard capital < scalars.count, PatternScalars.isCapital(scalars[capital]) else { continue }
      // `[\w .'-]*` holds no comma, so the second comma stands where its run ends.
      var second = capital + 1
      while second < scalars.count,
        PatternScalars.isWord(scalars[second]) || " .'-".unicodeScalars.contains(scalars[second])
      {
        second += 1
      }
      guard second < scalars.count, scalars[second] == "," else { continue }
      let code = PatternScalars.spaces(scalars, from: second + 1)
      guard code + 2 <= scalars.count, PatternScalars.isCapital(scalars[code]),
        PatternScalars.isCapital(scalars[code + 1]),
        PatternScalars.isEnd(scalars, at: code + 2)
      else { continue }
      var kept = String.UnicodeScalarView()
      kept.append(contentsOf: scalars[..<comma])
      kept.append(contentsOf: scalars[(code + 2)...])
      return String(kept)
    }
    return text
  }

  /// `text` with each match of ``bracketsPattern`` (an opening bracket up to its closing one, or to the end)
  /// replaced by a space.
  static func withoutBrackets(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x28 || $0 == 0x5B }) else { return text }
    var kept = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "(" || scalar == "[" else {
        kept.append(scalar)
        continue
      }
      let close: Unicode.Scalar = scalar == "(" ? ")" : "]"
      while let inside = scalars.next(), inside != close {}
      kept.append(" ")
    }
    return String(kept)
  }

  /// Whether ``webAddressPattern`` matches `text` regardless of case: a word character, a dot, one of the endings,
  /// and a word boundary.
  static func holdsWebAddress(_ text: String) -> Bool {
    guard text.utf8.contains(0x2E) else { return false }
    let scalars = Array(text.unicodeScalars)
    guard scalars.allSatisfy(PatternScalars.isKnownToICU) else {
      return text.range(of: webAddressPattern, options: [.regularExpression, .caseInsensitive]) != nil
    }
    // Only ASCII letters read as the endings' letters regardless of case here (İ folds to two scalars, and ICU
    // lets no match end inside a folding).
    let endings = ["ai", "io", "com", "in", "net", "org", "co"].map { Array($0.unicodeScalars) }
    for dot in scalars.indices.dropFirst() where scalars[dot] == "." && PatternScalars.isWord(scalars[dot - 1]) {
      for ending in endings where dot + ending.count < scalars.count {
        let letters = scalars[(dot + 1)...(dot + ending.count)]
        if zip(letters, ending).allSatisfy({ $0.value < 0x80 && $0.value | 0x20 == $1.value }),
          PatternScalars.isBoundary(scalars, at: dot + 1 + ending.count)
        {
          return true
        }
      }
    }
    return false
  }

  /// `text` with ``stateCodePattern`` replaced by ", XY  ": a second space after each state code that stands
  /// before a capital.
  static func spacingStateCodes(_ text: String) -> String {
    let bytes = Array(text.utf8)
    func isCapital(_ index: Int) -> Bool { index < bytes.count && bytes[index] >= 0x41 && bytes[index] <= 0x5A }
    var spaced: [UInt8] = []
    spaced.reserveCapacity(bytes.count + 4)
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x2C, index + 5 < bytes.count, bytes[index + 1] == 0x20, isCapital(index + 2),
        isCapital(index + 3), bytes[index + 4] == 0x20, isCapital(index + 5)
      {
        // The look-ahead's capital is not consumed: the next match may start after the code's space.
        spaced += bytes[index..<(index + 5)] + [0x20]
        index += 5
      } else {
        spaced.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: spaced, as: UTF8.self)
  }
}
