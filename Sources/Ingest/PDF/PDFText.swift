/// Character clean-up for text taken out of PDFs.
enum PDFText {
  /// Ligature characters and what they stand for; fonts' ligature glyphs often map to these.
  private static let ligatures: [Unicode.Scalar: String] = [
    "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi", "\u{FB04}": "ffl", "\u{FB05}": "st",
    "\u{FB06}": "st", "\u{0132}": "IJ", "\u{0133}": "ij", "\u{1D6B}": "ue",
  ]

  /// The soft hyphen: invisible inside a line, a hyphen where a word breaks at a line's end.
  static let softHyphen: Unicode.Scalar = "\u{00AD}"

  /// Characters that end a word broken across lines.
  static let hyphens: Set<Unicode.Scalar> = ["-", "\u{2010}", softHyphen]

  /// The text with ligatures spelled out, hyphen variants made "-", and invisible and private-use
  /// characters dropped. Soft hyphens stay; ``withoutSoftHyphens(_:)`` removes them once lines are joined.
  static func normalized(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if let expansion = ligatures[scalar] {
        result.append(contentsOf: expansion.unicodeScalars)
        continue
      }
      switch scalar.value {
      case 0x2010, 0x2011: result.append("-")
      case 0x200B...0x200D, 0x2060, 0xFEFF, 0xFFFD, 0xE000...0xF8FF: continue
      default: result.append(scalar)
      }
    }
    return String(result)
  }

  /// The text without soft hyphens.
  static func withoutSoftHyphens(_ text: String) -> String {
    guard text.unicodeScalars.contains(softHyphen) else { return text }
    var scalars = text.unicodeScalars
    scalars.removeAll { $0 == softHyphen }
    return String(scalars)
  }
}
