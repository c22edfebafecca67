import Foundation
import Testing

@testable import Tokenization

/// The NFKC fast path (`CompatibilityNormalization`) against Foundation's full normalisation: every
/// scalar it answers for, alone and between neighbours, and whole texts.
@Suite("CompatibilityNormalization")
struct CompatibilityNormalizationTests {
  /// Every scalar of the fast path's table and its replacements, as Foundation normalises them.
  @Test func everyTableScalarMatchesFoundation() {
    var checked = 0
    var mismatches: [String] = []
    for range in CompatibilityNormalization.stable {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let alone = String(scalar)
        for text in [alone, "e\(alone)", "\(alone)e", "A\(alone)\u{2019}s"]
        where CompatibilityNormalization.normalize(text) != text.precomposedStringWithCompatibilityMapping {
          mismatches.append(String(value, radix: 16))
        }
        checked += 1
      }
    }
    for value in [0xA0, 0x2000, 0x2005, 0x200A, 0x202F, 0x205F, 0x3000, 0x2024, 0x2025, 0x2026, 0x2122]
      + Array(0xFB00...0xFB04)
    {
      let scalar = Unicode.Scalar(UInt32(value))!
      #expect(CompatibilityNormalization.replacement(for: scalar.value) != nil)
      for text in [String(scalar), "e\(scalar)", "\(scalar)e", "A\u{2014}\(scalar)\u{2019}s"]
      where CompatibilityNormalization.normalize(text) != text.precomposedStringWithCompatibilityMapping {
        mismatches.append(String(value, radix: 16))
      }
    }
    #expect(checked > 5_000)
    #expect(mismatches.isEmpty, "scalars not handled as Foundation does: \(mismatches.prefix(40))")
  }

  /// Texts the fast path answers and texts it hands to Foundation: the same result as Foundation.
  @Test(arguments: [
    "Plain ASCII only.",
    "We’re hiring — a “Head of Product” – remote… ",
    "Café, naïve, résumé • 5+ years · €120k–€150k ✓ 🚀",
    "Ligatures: ﬁnance, ﬂow, eﬃcient; no-break\u{00A0}space and\u{2009}thin space™",
    "Decomposed: e\u{0301} and a\u{0308}; full width: ＡＢＣ１２３; Hangul 한국어; ½ ²",
    "Combining mark after a replacement: …\u{0301} and after a stable scalar: é\u{0323}\u{0301}",
  ])
  func textsMatchFoundation(text: String) {
    #expect(CompatibilityNormalization.normalize(text) == text.precomposedStringWithCompatibilityMapping)
  }
}
