import Foundation

/// Reading MIME header blocks: `Name: value` lines, folded continuation lines, a blank line at the end.
enum MIMEHeaders {
  /// The headers (lowercased names) starting at `start` and the index where the body begins; nil when
  /// the bytes there do not look like headers.
  static func parse(_ bytes: [UInt8], from start: Int) -> (headers: [String: String], bodyStart: Int)? {
    var headers: [String: String] = [:]
    var lastName: String?
    var index = start
    // Blank lines before the headers are allowed between parts.
    while index < bytes.count && (bytes[index] == 0x0D || bytes[index] == 0x0A) { index += 1 }
    var sawHeader = false
    while index < bytes.count {
      var lineEnd = index
      while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      var contentEnd = lineEnd
      if contentEnd > index && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
      let next = min(lineEnd + 1, bytes.count)
      if contentEnd == index { return sawHeader ? (headers, next) : nil }
      let line = String(decoding: bytes[index..<contentEnd], as: UTF8.self)
      if let first = line.first, first == " " || first == "\t", let name = lastName {
        headers[name, default: ""] += " " + line.trimmingCharacters(in: .whitespaces)
      } else if let colon = line.firstIndex(of: ":") {
        let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        guard !name.isEmpty, !name.contains(" "), !name.contains("<") else { return nil }
        headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        lastName = name
        sawHeader = true
      } else {
        return nil
      }
      index = next
    }
    return sawHeader ? (headers, bytes.count) : nil
  }

  /// A parameter (`boundary`, `charset`) of a header value such as `multipart/related; boundary="x"`.
  static func parameter(_ name: String, in value: String) -> String? {
    for piece in value.split(separator: ";") {
      let pair = piece.split(separator: "=", maxSplits: 1)
      guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
      var result = pair[1].trimmingCharacters(in: .whitespaces)
      if result.hasPrefix("\"") { result.removeFirst() }
      if result.hasSuffix("\"") { result.removeLast() }
      return result
    }
    return nil
  }
}
