import Foundation

/// Takes the HTML out of a single-file web archive (`.mhtml`, `.mht`) as Chrome and Edge save it:
/// a MIME `multipart/related` message whose first `text/html` part is the page, in quoted-printable
/// or base64 transfer encoding.
enum MHTMLReader {
  /// The page's HTML bytes and the charset its part declares.
  ///
  /// - Throws: ``IngestError/malformed(path:reason:)`` when no HTML part can be found.
  static func html(in bytes: [UInt8], source: String) throws -> (html: [UInt8], charset: String?) {
    guard let (headers, bodyStart) = MIMEHeaders.parse(bytes, from: 0) else {
      throw IngestError.malformed(path: source, reason: "no MIME headers found in the web archive")
    }
    let contentType = headers["content-type"] ?? ""
    if !contentType.lowercased().hasPrefix("multipart/") {
      return (
        decode(Array(bytes[bodyStart...]), transferEncoding: headers["content-transfer-encoding"]),
        MIMEHeaders.parameter("charset", in: contentType)
      )
    }
    guard let boundary = MIMEHeaders.parameter("boundary", in: contentType), !boundary.isEmpty else {
      throw IngestError.malformed(path: source, reason: "multipart web archive without a MIME boundary")
    }
    let parts = split(bytes, from: bodyStart, boundary: Array(("--" + boundary).utf8))
    guard !parts.isEmpty else {
      throw IngestError.malformed(path: source, reason: "MIME boundary \"\(boundary)\" never occurs in the archive")
    }
    for part in parts {
      guard let (partHeaders, partBodyStart) = MIMEHeaders.parse(part, from: 0) else { continue }
      let partType = partHeaders["content-type"] ?? ""
      guard partType.lowercased().hasPrefix("text/html") || partType.lowercased().hasPrefix("application/xhtml")
      else { continue }
      let body = Array(part[partBodyStart...])
      return (
        decode(body, transferEncoding: partHeaders["content-transfer-encoding"]),
        MIMEHeaders.parameter("charset", in: partType)
      )
    }
    throw IngestError.malformed(path: source, reason: "the web archive holds no text/html part")
  }

  /// The parts between occurrences of the boundary delimiter, without the delimiter lines.
  private static func split(_ bytes: [UInt8], from start: Int, boundary delimiter: [UInt8]) -> [[UInt8]] {
    var positions: [Int] = []
    var index = start
    let last = bytes.count - delimiter.count
    while index <= last {
      let atLineStart = index == start || bytes[index - 1] == 0x0A
      if atLineStart && bytes[index] == delimiter[0] && matches(bytes, at: index, delimiter) {
        positions.append(index)
        index += delimiter.count
      } else {
        index += 1
      }
    }
    var parts: [[UInt8]] = []
    for (number, position) in positions.enumerated() {
      var partStart = position + delimiter.count
      if partStart + 1 < bytes.count && bytes[partStart] == 0x2D && bytes[partStart + 1] == 0x2D { break }
      while partStart < bytes.count && bytes[partStart] != 0x0A { partStart += 1 }
      partStart += 1
      let partEnd = number + 1 < positions.count ? positions[number + 1] : bytes.count
      if partStart < partEnd { parts.append(Array(bytes[partStart..<partEnd])) }
    }
    return parts
  }

  private static func matches(_ bytes: [UInt8], at index: Int, _ pattern: [UInt8]) -> Bool {
    for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
    return true
  }

  private static func decode(_ body: [UInt8], transferEncoding: String?) -> [UInt8] {
    switch transferEncoding?.lowercased().trimmingCharacters(in: .whitespaces) {
    case "quoted-printable": return QuotedPrintable.decode(body)
    case "base64":
      let data = Data(base64Encoded: Data(body), options: .ignoreUnknownCharacters)
      return data.map { Array($0) } ?? []
    default: return body
    }
  }
}
