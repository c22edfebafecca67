/// What ICU's regular expressions (NSRegularExpression's engine) read a scalar as, for the readers that stand in for
/// small patterns: compiling any pattern first sets up ICU's shared character classes, which cost more than a whole
/// resume's reading, so a run that compiles none saves it.
///
/// Each class is the Unicode property ICU's is built from, as the standard library's Unicode data gives it; that data
/// is newer than ICU's (Unicode 17 against ICU 76's 16.0), so a reader leaves a text holding a scalar assigned after
/// ``icuUnicodeVersion`` to its pattern (``isKnownToICU(_:)``). `PatternReadersTests` checks every scalar ICU knows
/// against the pattern `\s`, `\d` or `\w` itself.
enum PatternScalars {
  /// The Unicode version of the ICU that Foundation's regular expressions use here (ICU 76).
  static let icuUnicodeVersion = (major: 16, minor: 0)

  /// Whether ICU's data and the standard library's agree on `scalar`: ASCII, unassigned, or assigned by
  /// ``icuUnicodeVersion``.
  static func isKnownToICU(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.value >= 0x80, let age = scalar.properties.age else { return true }
    return (age.major, age.minor) <= icuUnicodeVersion
  }

  /// `\s`: White_Space.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80 ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
  }

  /// `\d`: a decimal digit of any script.
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80 ? (0x30...0x39).contains(scalar.value) : scalar.properties.generalCategory == .decimalNumber
  }

  /// `\w`: Alphabetic, a mark, a decimal digit, connector punctuation, or the zero-width (non-)joiner.
  static func isWord(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        || value == 0x5F
    }
    if value == 0x200C || value == 0x200D { return true }
    let properties = scalar.properties
    if properties.isAlphabetic { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
    default: return false
    }
  }

  /// A scalar ICU's `\b` looks through: a grapheme extender or a format character. No boundary stands before one,
  /// and the scalar before a position is the last one that is neither.
  static func isTransparent(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.value >= 0x80 else { return false }
    let properties = scalar.properties
    return properties.isGraphemeExtend || properties.generalCategory == .format
  }

  /// A line terminator: what `.` does not match and what `$` may stand before at the end.
  static func isLineTerminator(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029
  }

  /// `\b` at `index` of `scalars` (ICU's default word boundaries, not Unicode's).
  static func isBoundary(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    var isWordAfter = false
    if index < scalars.count {
      if isTransparent(scalars[index]) { return false }
      isWordAfter = isWord(scalars[index])
    }
    var before = index - 1
    while before >= 0, isTransparent(scalars[before]) { before -= 1 }
    return isWordAfter != (before >= 0 && isWord(scalars[before]))
  }

  /// `$` without multi-line matching at `index`: the end, or before a line terminator (or CR LF) that ends the text.
  static func isEnd(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    let count = scalars.count
    if index == count { return true }
    if index == count - 1 { return isLineTerminator(scalars[index]) }
    return index == count - 2 && scalars[index] == "\r" && scalars[index + 1] == "\n"
  }

  /// Where `.*` from `index` ends: at the first line terminator, or the end.
  static func lineRest(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
    var end = index
    while end < scalars.count, !isLineTerminator(scalars[end]) { end += 1 }
    return end
  }

  /// Where the run of `\s` from `index` ends.
  static func spaces(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
    var end = index
    while end < scalars.count, isSpace(scalars[end]) { end += 1 }
    return end
  }

  static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
  }

  static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    isASCIILetter(scalar) || (0x30...0x39).contains(scalar.value)
  }

  static func isCapital(_ scalar: Unicode.Scalar) -> Bool { (0x41...0x5A).contains(scalar.value) }

  /// Scalars that ICU, matching regardless of case, reads as ASCII letters (ſ as "s", the Kelvin sign as "k") or
  /// whose case closure it extends in ways not modelled here (İ, ı): a reader that matches regardless of case leaves
  /// a text holding one to its pattern.
  static func foldsToASCII(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xDF, 0x130, 0x131, 0x149, 0x17F, 0x1F0, 0x1E96...0x1E9A, 0x1E9E, 0x212A, 0x212B, 0xFB00...0xFB06: return true
    default: return false
    }
  }
}
