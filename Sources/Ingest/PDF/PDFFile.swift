import CPoppler
import Foundation

/// A PDF opened with poppler: the one place jdmatch calls poppler.
///
/// The file owns its document's reference and gives it back once, when it goes away; every page is
/// released as soon as its text is copied out. Not shared between threads: each read opens its own.
final class PDFFile {
  private let document: OpaquePointer
  private let poppler: CPopplerFunctions

  /// Opens the PDF in `bytes`.
  ///
  /// - Parameters:
  ///   - bytes: the whole file.
  ///   - source: the file's name, for errors.
  /// - Throws: ``IngestError/malformed(path:reason:)`` when the file needs a password or poppler cannot
  ///   read it, ``IngestError/unreadable(path:reason:)`` when poppler-glib is not installed.
  init(bytes: [UInt8], source: String) throws {
    guard let poppler = PopplerLibrary.shared?.functions else {
      throw IngestError.unreadable(path: source, reason: "reading PDF needs poppler-glib (libpoppler-glib8)")
    }
    self.poppler = poppler
    var error: UnsafeMutablePointer<CPopplerError>?
    let opened: OpaquePointer? = bytes.withUnsafeBytes { raw in
      let data = poppler.g_bytes_new(raw.baseAddress, raw.count)
      // The document takes its own reference to the bytes.
      defer { poppler.g_bytes_unref(data) }
      // Never a password: poppler 22.12 crashes loading from memory with a wrong one.
      return poppler.poppler_document_new_from_bytes(data, nil, &error)
    }
    guard let opened else {
      var reason = "damaged or truncated PDF"
      if let error {
        if error.pointee.domain == poppler.poppler_error_quark() {
          switch Int(error.pointee.code) {
          case Int(CPOPPLER_ERROR_ENCRYPTED):
            reason = "encrypted (password-protected) PDF; save or print an unprotected copy"
          case Int(CPOPPLER_ERROR_DAMAGED): break
          default:
            let message = error.pointee.message.map { String(cString: $0) } ?? ""
            if !message.isEmpty {
              reason = "unreadable PDF (\(message.split(whereSeparator: \.isNewline).joined(separator: " ")))"
            }
          }
        }
        poppler.g_error_free(error)
      }
      throw IngestError.malformed(path: source, reason: reason)
    }
    document = opened
  }

  deinit {
    poppler.g_object_unref(UnsafeMutableRawPointer(document))
  }

  /// The dates of the Info dictionary, in the month written (its own time zone): `CreationDate`, when the
  /// PDF was made from its source, then `ModDate`. A missing or malformed date is left out.
  var dates: [DocumentDate] {
    let fields = [
      ("CreationDate", poppler.poppler_document_get_creation_date_time(document)),
      ("ModDate", poppler.poppler_document_get_modification_date_time(document)),
    ]
    return fields.compactMap { key, value in
      guard let value else { return nil }
      defer { poppler.g_date_time_unref(value) }
      return DocumentDate(
        year: Int(poppler.g_date_time_get_year(value)), month: Int(poppler.g_date_time_get_month(value)),
        source: .pdfMetadata,
        evidence: key)
    }
  }

  /// How many pages the document has.
  var pageCount: Int { Int(poppler.poppler_document_get_n_pages(document)) }

  /// The text layer of the page at `index` (from 0): its characters with their boxes and fonts.
  func page(at index: Int) -> PDFPage {
    guard let page = poppler.poppler_document_get_page(document, Int32(index)) else {
      return PDFPage(number: index + 1, width: 0, height: 0, glyphs: [])
    }
    defer { poppler.g_object_unref(UnsafeMutableRawPointer(page)) }
    var width = 0.0
    var height = 0.0
    poppler.poppler_page_get_size(page, &width, &height)
    guard let characters = poppler.poppler_page_get_text(page) else {
      return PDFPage(number: index + 1, width: width, height: height, glyphs: [])
    }
    let text = String(cString: characters)
    poppler.g_free(characters)
    let count = text.unicodeScalars.count
    return PDFPage(
      number: index + 1, width: width, height: height, text: text, boxes: boxes(of: page, count: count),
      fonts: fonts(of: page, count: count))
  }

  /// One box per Unicode scalar of the page's text, or nil when poppler gives a different number.
  private func boxes(of page: OpaquePointer, count: Int) -> [PDFBox]? {
    var rectangles: UnsafeMutablePointer<CPopplerRectangle>?
    var found: UInt32 = 0
    let ok = poppler.poppler_page_get_text_layout(page, &rectangles, &found) != 0
    defer { poppler.g_free(rectangles) }
    guard ok, let rectangles, Int(found) == count else { return nil }
    return (0..<count).map { index in
      let rectangle = rectangles[index]
      return PDFBox(x0: rectangle.x1, y0: rectangle.y1, x1: rectangle.x2, y1: rectangle.y2)
    }
  }

  /// The font of each Unicode scalar of the page's text, nil where poppler names none.
  private func fonts(of page: OpaquePointer, count: Int) -> [PDFFont?] {
    var fonts = [PDFFont?](repeating: nil, count: count)
    guard let list = poppler.poppler_page_get_text_attributes(page) else { return fonts }
    defer { poppler.poppler_page_free_text_attributes(list) }
    var node: UnsafeMutablePointer<CPopplerList>? = list
    while let current = node {
      if let data = current.pointee.data {
        let attributes = data.assumingMemoryBound(to: CPopplerTextAttributes.self).pointee
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
