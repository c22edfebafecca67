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
}
