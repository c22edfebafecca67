/// Reads Word documents (`.docx`): the text of `word/document.xml`, structured by the paragraph styles of
/// `word/styles.xml`.
///
/// The archive is read in memory and its parts are inflated only up to a size limit, checked against the
/// sizes the archive declares before anything is inflated and again while inflating.
enum DocxReader {
  /// What a Word document holds for ``Ingestor``.
  struct Content: Equatable {
    /// The document's paragraphs, headings and list items in order.
    var blocks: [ContentBlock]
    /// The first Title-styled paragraph, else the first block when it is a short line.
    var title: String?
    /// The core properties' dates: `dcterms:modified` (last saved), then `dcterms:created`.
    var dates: [DocumentDate] = []
  }

  /// The main document part every Word file has.
  static let documentPart = "word/document.xml"
  /// The part that names the paragraph styles.
  static let stylesPart = "word/styles.xml"
  /// The package's core properties: title, author, dates.
  static let corePropertiesPart = "docProps/core.xml"
  /// A core properties part is a few hundred bytes; a larger one is not read.
  static let corePropertiesLimit = 64 * 1024

  /// An OLE compound file: what Word writes for a password-protected `.docx` (and for legacy `.doc`).
  private static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

  /// The extensions of Word's Open XML files: documents and templates, with or without macros.
  static let fileExtensions: Set<String> = ["docx", "docm", "dotx", "dotm"]

  /// Whether the bytes start like a ZIP archive.
  static func isZIP(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
  }

  /// Whether the bytes are an OLE compound file, as an encrypted `.docx` is.
  static func isCompoundFile(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: compoundFileSignature)
  }

  /// Whether the bytes are a ZIP archive holding `word/document.xml`.
  static func isWordArchive(_ bytes: [UInt8]) -> Bool {
    isZIP(bytes) && DocxArchive.contains(documentPart, in: bytes)
  }

  /// Reads the Word document in `bytes`.
  ///
  /// - Parameters:
  ///   - bytes: the whole `.docx` file.
  ///   - source: the file's name, for errors.
  ///   - limit: the most bytes the XML parts read may inflate to, together.
  /// - Throws: ``IngestError/malformed(path:reason:)`` for an encrypted file, a corrupt archive, one without
  ///   `word/document.xml`, parts over `limit`, or a document part that is not well-formed XML.
  static func read(_ bytes: [UInt8], source: String, limit: Int) throws -> Content {
    if isCompoundFile(bytes) {
      throw IngestError.malformed(
        path: source,
        reason: "encrypted (password-protected) or legacy Word file, not a .docx archive; save an unprotected .docx")
    }
    let archive = try DocxArchive(bytes: bytes, source: source)
    guard let documentEntry = archive.entry(named: documentPart) else {
      throw IngestError.malformed(path: source, reason: "not a Word document: no \(documentPart)")
    }
    let stylesEntry = archive.entry(named: stylesPart)
    try archive.checkSizes(of: [documentEntry] + (stylesEntry.map { [$0] } ?? []), limit: limit)
    let documentXML = try archive.contents(of: documentEntry)
    // Styles only refine the structure: a missing, damaged or unparsable styles part leaves style ids to
    // go by rather than losing the text.
    let styles =
      stylesEntry.flatMap { try? archive.contents(of: $0) }.flatMap(WordXMLPart.init(bytes:))
      .map(WordStyles.init(part:)) ?? WordStyles()
    guard let tree = WordXMLPart(bytes: documentXML) else {
      throw IngestError.malformed(path: source, reason: "\(documentPart) is not well-formed XML")
    }
    guard let root = tree.root, WordML.name(of: root) == "document" else {
      throw IngestError.malformed(path: source, reason: "\(documentPart) is not a WordprocessingML document")
    }
    var walker = WordBodyWalker(styles: styles)
    if let body = WordML.child("body", of: root) { walker.walk(body) }
    let (blocks, styledTitle) = walker.finish()
    return Content(blocks: blocks, title: styledTitle ?? firstShortLine(blocks), dates: dates(in: archive))
  }

  /// The dates of the core properties, last saved first; none when the part is missing, too large or
  /// broken, since the text does not need them.
  private static func dates(in archive: DocxArchive) -> [DocumentDate] {
    guard let entry = archive.entry(named: corePropertiesPart),
      (try? archive.checkSizes(of: [entry], limit: corePropertiesLimit)) != nil,
      let bytes = try? archive.contents(of: entry), let part = WordXMLPart(bytes: bytes), let root = part.root
    else { return [] }
    var values: [String: String] = [:]
    withExtendedLifetime(part) {
      for element in WordML.elements(of: root) {
        guard let name = element.pointee.name, let namespace = element.pointee.ns?.pointee.href,
          NodeAccess.equals(namespace, "http://purl.org/dc/terms/")
        else { continue }
        values[String(cString: name)] = NodeAccess.text(of: element)
      }
    }
    return ["modified", "created"].compactMap { key in
      values[key].flatMap { MetadataDate.parse($0, source: .docxMetadata, key: "dcterms:\(key)") }
    }
  }

  /// The first block's text when it is a short line that could be a name or a job title, not a sentence.
  private static func firstShortLine(_ blocks: [ContentBlock]) -> String? {
    guard let first = blocks.first, first.kind != .listItem,
      let line = first.text.split(separator: "\n").first.map(String.init),
      line.count <= 80, line.contains(where: \.isLetter), !line.hasSuffix(".")
    else { return nil }
    return line
  }
}
