import Foundation

/// A character encoding a page can arrive in, and how to turn its bytes into UTF-8.
enum CharacterEncoding: Equatable, Sendable {
  case utf8
  case utf16LittleEndian
  case utf16BigEndian
  /// windows-1252, also used for pages labelled ISO-8859-1 or US-ASCII, as browsers do.
  case windows1252
  /// Another encoding Foundation can decode, with the label the page used.
  case foundation(String.Encoding, label: String)

  /// The name reported in ``Document/encoding``.
  var name: String {
    switch self {
    case .utf8: return "UTF-8"
    case .utf16LittleEndian: return "UTF-16LE"
    case .utf16BigEndian: return "UTF-16BE"
    case .windows1252: return "windows-1252"
    case .foundation(_, let label): return label
    }
  }

  /// The encoding a charset label names (`utf-8`, `latin1`, `windows-1250`…), or nil if unknown.
  init?(label rawLabel: String) {
    // A label read from a page's own declaration holds only name bytes, so it needs no trimming (the
    // Foundation call costs more than the rest of reading the encoding).
    let isBare = rawLabel.utf8.allSatisfy { byte in
      (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A
    }
    let label = (isBare ? rawLabel : rawLabel.trimmingCharacters(in: Self.trimmed)).lowercased()
    switch label {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
    case "utf-16le", "utf-16", "unicode", "ucs-2": self = .utf16LittleEndian
    case "utf-16be", "unicodefffe": self = .utf16BigEndian
    case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1",
      "us-ascii", "ascii", "ansi_x3.4-1968", "iso-8859-15", "iso8859-15", "latin-9", "cp819", "ibm819":
      self = .windows1252
    case "windows-1250", "cp1250", "x-cp1250": self = .foundation(.windowsCP1250, label: "windows-1250")
    case "windows-1251", "cp1251", "x-cp1251": self = .foundation(.windowsCP1251, label: "windows-1251")
    case "windows-1253", "cp1253": self = .foundation(.windowsCP1253, label: "windows-1253")
    case "windows-1254", "cp1254", "iso-8859-9", "latin5": self = .foundation(.windowsCP1254, label: "windows-1254")
    case "iso-8859-2", "iso8859-2", "latin2": self = .foundation(.isoLatin2, label: "ISO-8859-2")
    case "shift_jis", "shift-jis", "sjis", "x-sjis", "windows-31j": self = .foundation(.shiftJIS, label: "Shift_JIS")
    case "euc-jp", "x-euc-jp": self = .foundation(.japaneseEUC, label: "EUC-JP")
    case "iso-2022-jp": self = .foundation(.iso2022JP, label: "ISO-2022-JP")
    case "macintosh", "mac", "x-mac-roman": self = .foundation(.macOSRoman, label: "macintosh")
    default: return nil
    }
  }

  /// What is trimmed from a label: white space and quotes.
  private static let trimmed = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'"))
}
