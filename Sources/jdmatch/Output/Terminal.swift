import Foundation
@preconcurrency import Rainbow

/// Terminal facts: whether to colour, how wide, and text fitting.
enum Terminal {
  /// Colour only when standard output is a terminal and `NO_COLOR` is unset (https://no-color.org).
  static var colorEnabled: Bool {
    isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }

  /// Turns Rainbow's colouring on or off for this process, once, before any output.
  static func configureColor() {
    Rainbow.enabled = colorEnabled
  }

  /// The text cut to `width` characters, ending in "…" when cut.
  static func fit(_ text: String, _ width: Int) -> String {
    guard text.count > width, width > 1 else { return text }
    return String(text.prefix(width - 1)) + "…"
  }

  /// A window of `sentence` at most `width` characters long that shows `phrase`, with "…" where cut,
  /// and the phrase emphasised.
  static func quote(_ sentence: String, phrase: String, width: Int) -> String {
    guard let range = sentence.range(of: phrase) else { return fit("“\(sentence)”", width).dim }
    let before = String(sentence[..<range.lowerBound])
    let after = String(sentence[range.upperBound...])
    let room = max(0, width - phrase.count - 4)
    var left = before
    var right = after
    if before.count + after.count > room {
      let leftRoom = min(before.count, max(room / 3, room - after.count))
      let rightRoom = room - leftRoom
      if before.count > leftRoom { left = "…" + String(before.suffix(max(0, leftRoom - 1))) }
      if after.count > rightRoom { right = String(after.prefix(max(0, rightRoom - 1))) + "…" }
    }
    return "“".dim + left.dim + phrase.bold + right.dim + "”".dim
  }

  /// The text padded with spaces (or cut) to exactly `width` characters.
  static func pad(_ text: String, _ width: Int) -> String {
    let fitted = fit(text, width)
    return fitted + String(repeating: " ", count: max(0, width - fitted.count))
  }

  /// A bar of `fraction` × `width` block characters.
  static func bar(_ fraction: Double, width: Int) -> String {
    let eighths = Int((max(0, min(1, fraction)) * Double(width * 8)).rounded())
    let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    return String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
  }

  /// A number with thousands separators ("310,000").
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
