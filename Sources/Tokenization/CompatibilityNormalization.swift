import Foundation

/// NFKC normalisation, skipped when it would change nothing: most pages are ASCII but for a few
/// punctuation marks (’ — – “ ” •) and accented letters that are already in normal form.
///
/// The fast path walks the scalars once. It answers only when every scalar is ASCII, one of the
/// ``stable`` scalars (each its own NFKC form, of canonical combining class 0 and never the second
/// of a canonical composition, so no neighbour changes it) or one of the ``replacements`` (whose NFKC
/// form is plain ASCII, such as … and the no-break and typographic spaces); the text is then its own
/// normal form with those few scalars replaced. Anything else goes to Foundation's full
/// normalisation, so the result is exactly NFKC either way (the table is checked against Foundation
/// scalar by scalar in the tests).
enum CompatibilityNormalization {
  /// The NFKC form of `text`.
  static func normalize(_ text: String) -> String {
    var needsReplacing = false
    for scalar in text.unicodeScalars where scalar.value >= 0x80 {
      if isStable(scalar.value) { continue }
      guard replacement(for: scalar.value) != nil else { return text.precomposedStringWithCompatibilityMapping }
      needsReplacing = true
    }
    guard needsReplacing else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.value >= 0x80, let replacement = replacement(for: scalar.value) {
        result.append(contentsOf: replacement.unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether `value` is its own NFKC form in any context (see the type's notes).
  static func isStable(_ value: UInt32) -> Bool {
    // Binary search over the sorted, disjoint ranges.
    var low = 0
    var high = stable.count
    while low < high {
      let middle = (low + high) / 2
      let range = stable[middle]
      if value < range.lowerBound {
        high = middle
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// The NFKC form of `value` when it is plain ASCII and differs from the scalar; nil otherwise.
  static func replacement(for value: UInt32) -> String? {
    switch value {
    case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
    case 0x2024: return "."
    case 0x2025: return ".."
    case 0x2026: return "..."
    case 0x2122: return "TM"
    case 0xFB00: return "ff"
    case 0xFB01: return "fi"
    case 0xFB02: return "fl"
    case 0xFB03: return "ffi"
    case 0xFB04: return "ffl"
    default: return nil
    }
  }

  /// The non-ASCII scalars that are their own NFKC form whatever surrounds them, as sorted ranges:
  /// Latin-1 and Latin Extended-A and -B, general punctuation, currency, letterlike and other symbols,
  /// arrows, shapes, dingbats, variation selectors and emoji, less every scalar of those blocks with a
  /// compatibility mapping or a nonzero combining class (Unicode 14 data).
  static let stable: [ClosedRange<UInt32>] = [
    0xA1...0xA7, 0xA9...0xA9, 0xAB...0xAE, 0xB0...0xB1, 0xB6...0xB7, 0xBB...0xBB, 0xBF...0x131, 0x134...0x13E,
    0x141...0x148, 0x14A...0x17E, 0x180...0x1C3, 0x1CD...0x1F0, 0x1F4...0x24F, 0x200B...0x2010, 0x2012...0x2016,
    0x2018...0x2023, 0x2027...0x202E, 0x2030...0x2032, 0x2035...0x2035, 0x2038...0x203B, 0x203D...0x203D,
    0x203F...0x2046, 0x204A...0x2056, 0x2058...0x205E, 0x2060...0x2064, 0x2066...0x206F, 0x20A0...0x20A7,
    0x20A9...0x20C0, 0x20DD...0x20E0, 0x20E2...0x20E4, 0x2104...0x2104, 0x2108...0x2108, 0x2114...0x2114,
    0x2117...0x2118, 0x211E...0x211F, 0x2123...0x2123, 0x2125...0x2125, 0x2127...0x2127, 0x2129...0x2129,
    0x212E...0x212E, 0x2132...0x2132, 0x213A...0x213A, 0x2141...0x2144, 0x214A...0x214F, 0x2180...0x2188,
    0x218A...0x218B, 0x2190...0x222B, 0x222E...0x222E, 0x2231...0x2328, 0x232B...0x2426, 0x2440...0x244A,
    0x24EB...0x2A0B, 0x2A0D...0x2A73, 0x2A77...0x2ADB, 0x2ADD...0x2B73, 0x2B76...0x2B95, 0x2B97...0x2BFF,
    0xFE00...0xFE0F, 0x1F000...0x1F02B, 0x1F030...0x1F093, 0x1F0A0...0x1F0AE, 0x1F0B1...0x1F0BF, 0x1F0C1...0x1F0CF,
    0x1F0D1...0x1F0F5, 0x1F10B...0x1F10F, 0x1F12F...0x1F12F, 0x1F150...0x1F169, 0x1F16D...0x1F18F, 0x1F191...0x1F1AD,
    0x1F1E6...0x1F1FF, 0x1F260...0x1F265, 0x1F300...0x1F6D7, 0x1F6DD...0x1F6EC, 0x1F6F0...0x1F6FC, 0x1F700...0x1F773,
    0x1F780...0x1F7D8, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F800...0x1F80B, 0x1F810...0x1F847, 0x1F850...0x1F859,
    0x1F860...0x1F887, 0x1F890...0x1F8AD, 0x1F8B0...0x1F8B1, 0x1F900...0x1FA53, 0x1FA60...0x1FA6D, 0x1FA70...0x1FA74,
    0x1FA78...0x1FA7C, 0x1FA80...0x1FA86, 0x1FA90...0x1FAAC, 0x1FAB0...0x1FABA, 0x1FAC0...0x1FAC5, 0x1FAD0...0x1FAD9,
    0x1FAE0...0x1FAE7, 0x1FAF0...0x1FAF6,
  ]
}
