import Foundation

/// Numbers as every report writes them: a dot as decimal separator whatever the locale, so the same inputs
/// give the same bytes.
enum NumberFormat {
  /// A value with fixed decimals and no `-0`.
  ///
  /// - Parameters:
  ///   - value: Any number; not-finite values are written as 0.
  ///   - digits: How many decimals.
  /// - Returns: The value with `digits` decimals ("12.5").
  static func fixed(_ value: Double, _ digits: Int = 1) -> String {
    let text = cFormat(value.isFinite ? value : 0, digits: digits)
    if text.hasPrefix("-"), Double(text) == 0 { return String(text.dropFirst()) }
    return text
  }

  /// `%.Nf` as the C library writes it, which is what `String(format:)` gives (Foundation hands floating
  /// point to the same `snprintf`), without Foundation's format parsing: about 50,000 instructions a number
  /// fewer. The process never sets a locale, so the decimal separator is a dot.
  private static func cFormat(_ value: Double, digits: Int) -> String {
    let format = "%.\(max(0, min(digits, 17)))f"
    // A double with up to 17 decimals fits in 350 bytes (the largest has 309 digits before the point).
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 352) { buffer in
      let written = withVaList([value]) { arguments in
        vsnprintf(buffer.baseAddress, buffer.count, format, arguments)
      }
      guard written >= 0 else { return String(format: format, value) }
      let bytes = UnsafeRawBufferPointer(start: buffer.baseAddress, count: min(Int(written), buffer.count - 1))
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  /// A value with fixed decimals, right-aligned.
  ///
  /// - Parameters:
  ///   - value: Any number, written as ``fixed(_:_:)`` writes it.
  ///   - digits: How many decimals.
  ///   - width: The columns it fills at least, with spaces on the left ("  5").
  /// - Returns: The value, padded.
  static func fixed(_ value: Double, _ digits: Int, width: Int) -> String {
    let text = fixed(value, digits)
    return String(repeating: " ", count: max(0, width - text.count)) + text
  }

  /// A share as a whole percentage.
  ///
  /// - Parameter share: A value from 0 to 1.
  /// - Returns: The percentage ("18%").
  static func percent(_ share: Double) -> String {
    fixed(share * 100, 0) + "%"
  }

  /// An SVG coordinate.
  ///
  /// - Parameter value: A coordinate.
  /// - Returns: The value with at most two decimals, trailing zeros dropped ("12.5", "3").
  static func coordinate(_ value: Double) -> String {
    var text = fixed(value, 2)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }

  /// An amount with thousands separators.
  ///
  /// - Parameter value: Any amount.
  /// - Returns: The amount with commas between thousands and at most two decimals, none when it is whole
  ///   ("310,000", "52.5").
  static func grouped(_ value: Double) -> String {
    let formatter = NumberFormatter()
    formatter.numberStyle = .decimal
    formatter.maximumFractionDigits = value.rounded() == value ? 0 : 2
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.usesGroupingSeparator = true
    formatter.groupingSeparator = ","
    formatter.groupingSize = 3
    return formatter.string(from: NSNumber(value: value)) ?? String(value)
  }
}
