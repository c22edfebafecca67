import Foundation
import Testing

@testable import Report

@Suite("Numbers written as Foundation's String(format:) writes them")
struct NumberFormatTests {
  /// The value as `String(format:)` writes it, without `-0`.
  private func byFoundation(_ value: Double, _ digits: Int) -> String {
    let text = String(format: "%.\(digits)f", value.isFinite ? value : 0)
    if text.hasPrefix("-"), Double(text) == 0 { return String(text.dropFirst()) }
    return text
  }

  @Test(
    "fixed decimals, ties and all, from zero to three digits",
    arguments: [
      0, -0.0, 0.125, 0.375, 2.675, 1.005, 12.5, 13.5, -0.04, -0.05, 99.95, 87.44999, 1e-9, 123_456_789.987, -42.25,
      1e300, .infinity, .nan, 0.1 + 0.2,
    ] as [Double])
  func matchesFoundation(value: Double) {
    for digits in 0...3 {
      #expect(NumberFormat.fixed(value, digits) == byFoundation(value, digits), "\(value), \(digits) digits")
    }
  }

  @Test("%.Nf worked out on the binary value is what the C library writes, -0 and ties included")
  func exactMatchesCLibrary() {
    var values: [Double] = [
      0, -0.0, 0.5, 1.5, 2.5, -0.5, 0.125, -0.125, 0.0005, 0.0015, 0.9995, 99.5, 5e-324, 0x1p53 - 1,
    ]
    // Exact halves at every digit count, the numbers on either side of them, and values of every magnitude.
    for numerator in -2_000...2_000 {
      for denominator in [8.0, 16.0, 2_000.0, 3.0] {
        let value = Double(numerator) / denominator
        values += [value, value.nextUp, value.nextDown]
      }
    }
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      values.append(Double(bitPattern: state))
      values.append(Double(Int64(bitPattern: state) % 100_000_000) / 1_000_000)
    }
    var mismatches = 0
    var exact = 0
    var left = 0
    for value in values {
      for digits in 0...3 {
        let expected = String(format: "%.\(digits)f", value)
        let written = NumberFormat.cFixed(value, digits)
        if NumberFormat.exactFixed(value, digits) != nil {
          exact += 1
        } else if value.magnitude < 0x1p53 {
          left += 1
        }
        if written != expected {
          mismatches += 1
          if mismatches <= 10 { Issue.record("\(value), \(digits) digits: \(written), not \(expected)") }
        }
      }
    }
    #expect(mismatches == 0)
    #expect(left == 0, "finite values under 2^53 all worked out exactly")
    #expect(exact > 100_000)
  }

  @Test(
    "values the exact path leaves to the C library", arguments: [1e300, -1e20, .infinity, -.infinity, .nan] as [Double])
  func leftToCLibrary(value: Double) {
    for digits in [0, 2, 5] {
      #expect(NumberFormat.cFixed(value, digits) == String(format: "%.\(digits)f", value))
    }
    #expect(NumberFormat.exactFixed(0.1, 4) == nil)
    #expect(NumberFormat.cFixed(0.1, 4) == "0.1000")
  }
}
