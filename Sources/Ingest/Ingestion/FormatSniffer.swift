/// Decides how to read a file from its extension and its first bytes.
enum FormatSniffer {
  private static let mimeStarts: [[UInt8]] = [
    "from:", "mime-version:", "content-type:", "snapshot-content-location:",
    "subject:",
  ].map { Array($0.utf8) }
  private static let htmlMarkers: [[UInt8]] = [
    "<html", "<body", "<head", "<div", "<p>", "<p ", "<!doctype html", "<meta",
    "<title",
  ].map { Array($0.utf8) }

  /// The input format of a file named `path` whose UTF-8 (or ASCII-compatible) content starts with `bytes`.
  static func format(path: String, bytes: [UInt8]) -> InputFormat {
    let fileExtension = fileExtension(of: path)
    // Bytes, not String: this runs on every file of a batch.
    var head = Array(bytes.prefix(2048))
    for index in head.indices where head[index] >= 0x41 && head[index] <= 0x5A { head[index] |= 0x20 }
    var start = 0
    if head.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    while start < head.count && TextNormalizer.isSpace(head[start]) { start += 1 }
    let trimmedHead = head[start...]
    let looksLikeMIME = mimeStarts.contains { trimmedHead.starts(with: $0) }
    let looksLikeHTML = trimmedHead.first == 0x3C && htmlMarkers.contains { ASCIIBytes.contains(head, $0) }
    switch fileExtension {
    case "mhtml", "mht": return looksLikeHTML && !looksLikeMIME ? .html : .mhtml
    case "html", "htm", "xhtml", "shtml": return looksLikeMIME ? .mhtml : .html
    case "md", "markdown", "mdown": return .markdown
    case "txt", "text": return looksLikeHTML ? .html : .text
    case "json": return .jsonResume
    default:
      if looksLikeMIME && ASCIIBytes.contains(head, Array("multipart/related".utf8)) { return .mhtml }
      return looksLikeHTML ? .html : .text
    }
  }

  /// `.docx` when the whole file's `bytes` are a Word document to open as an archive, else nil. That is a
  /// ZIP archive named `.docx` (or `.docm`, `.dotx`, `.dotm`) or holding `word/document.xml` under any
  /// name, or an OLE file named like a `.docx` (how Word saves one with a password), so that it gets a
  /// clear error. Other archives stay refused as binary.
  static func archiveFormat(path: String, bytes: [UInt8]) -> InputFormat? {
    let isWordName = fileExtension(of: path).map(DocxReader.fileExtensions.contains) ?? false
    if DocxReader.isZIP(bytes) {
      return isWordName || DocxReader.isWordArchive(bytes) ? .docx : nil
    }
    return isWordName && DocxReader.isCompoundFile(bytes) ? .docx : nil
  }

  /// `.pdf` when the whole file's `bytes` are a PDF document, whatever its name, else nil.
  static func documentFormat(bytes: [UInt8]) -> InputFormat? {
    PDFReader.isPDF(bytes) ? .pdf : nil
  }

  /// The lowercased extension of the file name at the end of `path`, if it has one: what `NSString`'s
  /// `pathExtension` gives, nil for a name without a dot or whose only dot starts it (read on the bytes of an
  /// ASCII path; the folder walk and the feed checks use it rather than bridging every path to `NSString`).
  static func fileExtension(of path: String) -> String? {
    // An ASCII path (nearly every one) is read as bytes: in ASCII each byte is a character, "\r\n" aside,
    // which neither "/" nor "." is part of.
    if path.utf8.allSatisfy({ $0 < 0x80 }) {
      let bytes = path.utf8
      guard var end = bytes.lastIndex(where: { $0 != 0x2F }) else { return nil }
      end = bytes.index(after: end)
      let start = bytes[..<end].lastIndex(of: 0x2F).map { bytes.index(after: $0) } ?? bytes.startIndex
      guard let dot = bytes[start..<end].lastIndex(of: 0x2E), dot != start else { return nil }
      return String(path[bytes.index(after: dot)..<end]).lowercased()
    }
    return path.split(separator: "/").last.flatMap { name -> Substring? in
      guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
      return name[name.index(after: dot)...]
    }?.lowercased()
  }
}
