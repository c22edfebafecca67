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
    let text = cFixed(value.isFinite ? value : 0, digits)
    if text.hasPrefix("-"), Double(text) == 0 { return String(text.dropFirst()) }
    return text
  }

  /// A value as `String(format: "%.Nf", value)` writes it, `-0` included ("-0.00" for -0.001).
  ///
  /// - Parameters:
  ///   - value: Any number.
  ///   - digits: How many decimals.
  /// - Returns: The value with `digits` decimals.
  static func cFixed(_ value: Double, _ digits: Int) -> String {
    exactFixed(value, digits) ?? cFormat(value, digits: digits)
  }

  /// `%.Nf` worked out on the value's binary fraction itself, as the C library does (rounding half to even
  /// what lies exactly halfway), for finite values under 2^53 and up to three decimals: the value times 10^N
  /// is then a 64-bit integer over a power of two. Neither `snprintf` nor Foundation is called: passing a
  /// double through a C variable argument list has the runtime look up its conformances (some 2 M instructions
  /// the first time). Nil for any other value, or more decimals.
  static func exactFixed(_ value: Double, _ digits: Int) -> String? {
    guard value.isFinite, (0...3).contains(digits), value.magnitude < 0x1p53 else { return nil }
    let scale: UInt64 = digits == 0 ? 1 : digits == 1 ? 10 : digits == 2 ? 100 : 1_000
    // value = ±significand × 2^exponent, exactly.
    let biased = Int(truncatingIfNeeded: (value.bitPattern >> 52) & 0x7FF)
    let fraction = value.bitPattern & (1 << 52 - 1)
    let significand = biased == 0 ? fraction : fraction | 1 << 52
    let exponent = max(biased, 1) - 1_075
    var scaled: UInt64
    if exponent >= 0 {
      // Under 2^53, so a whole number: at most 2^53 × 1,000 < 2^63.
      scaled = (significand << UInt64(exponent)) * scale
    } else if exponent <= -64 {
      // significand × scale < 2^63, less than half of 2^64: rounds to 0.
      scaled = 0
    } else {
      let shift = UInt64(-exponent)
      let numerator = significand * scale
      scaled = numerator >> shift
      let rest = numerator & (1 << shift - 1)
      let half: UInt64 = 1 << (shift - 1)
      if rest > half || (rest == half && scaled & 1 == 1) { scaled += 1 }
    }
    var text = value.sign == .minus ? "-" : ""
    text += String(scaled / scale)
    guard digits > 0 else { return text }
    let decimals = String(scaled % scale)
    text += "."
    text += String(repeating: "0", count: digits - decimals.count)
    text += decimals
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
