/// Reads PDF files through their text layer: words in reading order (column by column), without the
/// running headers and footers of printed pages, structured into headings, paragraphs and list items.
enum PDFReader {
  /// What a PDF holds for ``Ingestor``.
  struct Content: Equatable {
    /// The document's headings, paragraphs and list items in reading order.
    var blocks: [ContentBlock]
    /// The first block when it is the largest heading (a resume's name, a posting's job title).
    var title: String?
    /// The Info dictionary's dates: `CreationDate`, then `ModDate`.
    var dates: [DocumentDate] = []
  }

  /// Fewer letters per page than this and the PDF is taken for scanned images with, at most, a stamp.
  static let minimumLettersPerPage = 20

  /// Whether the bytes are a PDF: "%PDF-" at the start, or within the first kilobyte after junk, as PDF
  /// readers allow.
  ///
  /// Every file of a batch is checked, so the first kilobyte is scanned for "%" before anything is compared.
  static func isPDF(_ bytes: [UInt8]) -> Bool {
    if bytes.count >= 4, bytes[0] == 0x25, bytes[1] == 0x50, bytes[2] == 0x44, bytes[3] == 0x46 { return true }
    let last = min(bytes.count, 1024) - pdfSignature.count
    guard last >= 0 else { return false }
    for start in 0...last where bytes[start] == 0x25 {
      if bytes[(start + 1)..<(start + pdfSignature.count)].elementsEqual(pdfSignature.dropFirst()) { return true }
    }
    return false
  }

  private static let pdfSignature = Array("%PDF-".utf8)

  /// Reads the PDF in `bytes`.
  ///
  /// - Parameters:
  ///   - bytes: the whole file.
  ///   - source: the file's name, for errors.
  /// - Throws: ``IngestError/noTextLayer(path:)`` when the pages carry no text (a scan);
  ///   ``IngestError/malformed(path:reason:)`` when the file is encrypted or damaged.
  static func read(_ bytes: [UInt8], source: String) throws -> Content {
    let file = try PDFFile(bytes: bytes, source: source)
    let pages = (0..<file.pageCount).map { file.page(at: $0) }
    let letters = pages.reduce(0) { sum, page in sum + page.glyphs.count { $0.scalar.properties.isAlphabetic } }
    guard letters >= minimumLettersPerPage * max(1, pages.count) else {
      throw IngestError.noTextLayer(path: source)
    }
    let pageWords = RunningHeaderFilter.filter(pages.map { ($0, PDFWord.words(of: $0)) })
    var lines: [PDFLine] = []
    var column = 0
    for (page, words) in zip(pages, pageWords) {
      let ordered = ReadingOrder.lines(of: words, page: page.number, firstColumn: column)
      lines += ordered.lines
      column = ordered.nextColumn
    }
    let result = PDFBlockBuilder(lines: lines).build()
    return Content(blocks: result.blocks, title: result.title, dates: file.dates)
  }
}
