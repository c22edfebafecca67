/// Recognises binary files by their first bytes, so a PNG renamed `.html` is refused with a clear
/// reason instead of being parsed as text. PDFs never get here: ``Ingestor`` hands them to ``PDFReader``.
enum BinarySniffer {
  private static let signatures: [(bytes: [UInt8], kind: String)] = [
    ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
    ([0xFF, 0xD8, 0xFF], "JPEG image"),
    (Array("GIF8".utf8), "GIF image"),
    ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
    ([0x1F, 0x8B], "gzip-compressed data"),
    ([0x42, 0x5A, 0x68], "bzip2-compressed data"),
    ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data"),
    ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed data"),
    ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
    ([0xD0, 0xCF, 0x11, 0xE0], "Microsoft Office legacy document"),
    (Array("RIFF".utf8), "RIFF media (WebP, WAV, AVI)"),
    ([0x00, 0x00, 0x01, 0x00], "icon image"),
    (Array("wOFF".utf8), "web font"),
    (Array("wOF2".utf8), "web font"),
    ([0x49, 0x44, 0x33], "MP3 audio"),
    (Array("SQLite format 3".utf8), "SQLite database"),
  ]

  /// What kind of binary data the bytes are, or nil when they look like text.
  ///
  /// Text in UTF-16 has many NUL bytes, so callers check for UTF-16 before calling this.
  static func binaryKind(_ bytes: [UInt8]) -> String? {
    for signature in signatures where bytes.starts(with: signature.bytes) { return signature.kind }
    if bytes.count >= 12, bytes[4...7].elementsEqual(Array("ftyp".utf8)) { return "MP4/HEIF media" }
    let sample = bytes.prefix(4096)
    guard !sample.isEmpty else { return nil }
    var controls = 0
    for byte in sample where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B
    {
      controls += 1
    }
    return controls * 100 > sample.count * 2 ? "control bytes throughout" : nil
  }
}
