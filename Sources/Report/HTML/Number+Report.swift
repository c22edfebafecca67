import Foundation

/// Numbers as the report writes them: fixed decimals, a dot as separator whatever the locale, and
/// no `-0`, so the same inputs give the same bytes.
enum Number {
  /// `value` with `digits` decimals ("12.5").
  static func fixed(_ value: Double, _ digits: Int = 1) -> String {
    let text = String(format: "%.\(digits)f", value.isFinite ? value : 0)
    if text.hasPrefix("-"), Double(text) == 0 { return String(text.dropFirst()) }
    return text
  }

  /// A 0–1 share as a whole percentage ("18%").
  static func percent(_ share: Double) -> String {
    fixed(share * 100, 0) + "%"
  }

  /// An SVG coordinate: at most two decimals, trailing zeros dropped.
  static func coordinate(_ value: Double) -> String {
    var text = fixed(value, 2)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }
}
