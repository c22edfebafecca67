/// Escaping for text that comes from postings, resumes and file names.
///
/// Plot escapes `<` and `>` in text nodes but keeps anything that looks like an entity (`&lt;`) and
/// leaves attribute values as they are; both gaps are closed here so that a posting's text always
/// shows exactly as written and never becomes markup.
enum HTMLEscaping {
  /// The text with every `&`, `<`, `>`, `"` and `'` replaced by its character reference.
  ///
  /// Safe inside element content and inside a double- or single-quoted attribute value.
  ///
  /// - Parameter text: Any text.
  /// - Returns: The escaped text.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        // Control characters other than tab and newline are not allowed in HTML text.
        if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// The text with only `&` escaped, for handing to Plot's text nodes, which escape `<` and `>`
  /// themselves but would otherwise keep `&lt;` in a posting as an entity.
  static func ampersands(_ text: String) -> String {
    guard text.contains("&") else { return text }
    return text.replacingOccurrences(of: "&", with: "&amp;")
  }
}
