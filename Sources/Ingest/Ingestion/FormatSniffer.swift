/// Decides how to read a file from its extension and its first bytes.
enum FormatSniffer {
  /// The input format of a file named `path` whose UTF-8 (or ASCII-compatible) content starts with `bytes`.
  static func format(path: String, bytes: [UInt8]) -> InputFormat {
    let fileExtension = fileExtension(of: path)
    let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
    let trimmedHead = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    let looksLikeMIME =
      trimmedHead.hasPrefix("from:") || trimmedHead.hasPrefix("mime-version:") || trimmedHead.hasPrefix("content-type:")
      || trimmedHead.hasPrefix("snapshot-content-location:") || trimmedHead.hasPrefix("subject:")
    let looksLikeHTML =
      trimmedHead.hasPrefix("<") && ["<html", "<body", "<head", "<div", "<p>", "<p ", "<!doctype html", "<meta", "<title"]
        .contains(where: head.contains)
    switch fileExtension {
    case "mhtml", "mht": return looksLikeHTML && !looksLikeMIME ? .html : .mhtml
    case "html", "htm", "xhtml", "shtml": return looksLikeMIME ? .mhtml : .html
    case "md", "markdown", "mdown": return .markdown
    case "txt", "text": return looksLikeHTML ? .html : .text
    default:
      if looksLikeMIME && head.contains("multipart/related") { return .mhtml }
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

  /// The lowercased extension of the file name at the end of `path`, if it has one.
  private static func fileExtension(of path: String) -> String? {
    path.split(separator: "/").last.flatMap { name -> Substring? in
      guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
      return name[name.index(after: dot)...]
    }?.lowercased()
  }
}
