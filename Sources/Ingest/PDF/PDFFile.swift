import CPoppler
import Foundation

/// A PDF opened with poppler: the one place jdmatch calls poppler.
///
/// The file owns its document's reference and gives it back once, when it goes away; every page is
/// released as soon as its text is copied out. Not shared between threads: each read opens its own.
final class PDFFile {
  private let document: OpaquePointer

  /// Opens the PDF in `bytes`.
  ///
  /// - Parameters:
  ///   - bytes: the whole file.
  ///   - source: the file's name, for errors.
  /// - Throws: ``IngestError/malformed(path:reason:)`` when the file needs a password or poppler cannot
  ///   read it.
  init(bytes: [UInt8], source: String) throws {
    var error: UnsafeMutablePointer<GError>?
    let opened: OpaquePointer? = bytes.withUnsafeBytes { raw in
      let data = g_bytes_new(raw.baseAddress, gsize(raw.count))
      // The document takes its own reference to the bytes.
      defer { g_bytes_unref(data) }
      // Never a password: poppler 22.12 crashes loading from memory with a wrong one.
      return poppler_document_new_from_bytes(data, nil, &error)
    }
    guard let opened else {
      var reason = "damaged or truncated PDF"
      if let error {
        if error.pointee.domain == cpoppler_error_domain() {
          switch UInt32(error.pointee.code) {
          case POPPLER_ERROR_ENCRYPTED.rawValue:
            reason = "encrypted (password-protected) PDF; save or print an unprotected copy"
          case POPPLER_ERROR_DAMAGED.rawValue: break
          default:
            let message = error.pointee.message.map { String(cString: $0) } ?? ""
            if !message.isEmpty {
              reason = "unreadable PDF (\(message.split(whereSeparator: \.isNewline).joined(separator: " ")))"
            }
          }
        }
        g_error_free(error)
      }
      throw IngestError.malformed(path: source, reason: reason)
    }
    document = opened
  }

  deinit {
    cpoppler_document_unref(document)
  }

  /// The dates of the Info dictionary, in the month written (its own time zone): `CreationDate`, when the
  /// PDF was made from its source, then `ModDate`. A missing or malformed date is left out.
  var dates: [DocumentDate] {
    let fields = [
      ("CreationDate", poppler_document_get_creation_date_time(document)),
      ("ModDate", poppler_document_get_modification_date_time(document)),
    ]
    return fields.compactMap { key, value in
      guard let value else { return nil }
      defer { g_date_time_unref(value) }
      return DocumentDate(
        year: Int(g_date_time_get_year(value)), month: Int(g_date_time_get_month(value)), source: .pdfMetadata,
        evidence: key)
    }
  }

  /// How many pages the document has.
  var pageCount: Int { Int(poppler_document_get_n_pages(document)) }

  /// The text layer of the page at `index` (from 0): its characters with their boxes and fonts.
  func page(at index: Int) -> PDFPage {
    guard let page = poppler_document_get_page(document, Int32(index)) else {
      return PDFPage(number: index + 1, width: 0, height: 0, glyphs: [])
    }
    defer { cpoppler_page_unref(page) }
    var width = 0.0
    var height = 0.0
    poppler_page_get_size(page, &width, &height)
    guard let characters = poppler_page_get_text(page) else {
      return PDFPage(number: index + 1, width: width, height: height, glyphs: [])
    }
    let text = String(cString: characters)
    g_free(characters)
    let count = text.unicodeScalars.count
    return PDFPage(
      number: index + 1, width: width, height: height, text: text, boxes: boxes(of: page, count: count),
      fonts: fonts(of: page, count: count))
  }

  /// One box per Unicode scalar of the page's text, or nil when poppler gives a different number.
  private func boxes(of page: OpaquePointer, count: Int) -> [PDFBox]? {
    var rectangles: UnsafeMutablePointer<PopplerRectangle>?
    var found: guint = 0
    let ok = poppler_page_get_text_layout(page, &rectangles, &found) != 0
    defer { g_free(rectangles) }
    guard ok, let rectangles, Int(found) == count else { return nil }
    return (0..<count).map { index in
      let rectangle = rectangles[index]
      return PDFBox(x0: rectangle.x1, y0: rectangle.y1, x1: rectangle.x2, y1: rectangle.y2)
    }
  }

  /// The font of each Unicode scalar of the page's text, nil where poppler names none.
  private func fonts(of page: OpaquePointer, count: Int) -> [PDFFont?] {
    var fonts = [PDFFont?](repeating: nil, count: count)
    guard let list = poppler_page_get_text_attributes(page) else { return fonts }
    defer { poppler_page_free_text_attributes(list) }
    var node: UnsafeMutablePointer<GList>? = list
    while let current = node {
      if let data = current.pointee.data {
        let attributes = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
        let name = attributes.font_name.map { String(cString: $0) } ?? ""
        let font = PDFFont(name: name, size: attributes.font_size)
        let start = max(0, Int(attributes.start_index))
        let end = min(count - 1, Int(attributes.end_index))
        if start <= end { for index in start...end { fonts[index] = font } }
      }
      node = current.pointee.next
    }
    return fonts
  }
}
