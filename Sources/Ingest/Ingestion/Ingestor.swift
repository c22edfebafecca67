import Foundation

/// Settings for reading files.
public struct IngestOptions: Sendable, Equatable {
  /// Files larger than this many bytes are refused (default 20 MB).
  public var maxBytes: Int

  /// The default size limit: 20 MB.
  public static let defaultMaxBytes = 20 * 1_048_576

  /// Creates options.
  public init(maxBytes: Int = IngestOptions.defaultMaxBytes) {
    self.maxBytes = maxBytes
  }
}

/// Reads job postings (and other documents) from saved pages, text files, Word documents and PDFs, and resumes
/// also from JSON Resume files, into ``Document`` values.
///
/// Safe to use from several tasks at once: it holds no mutable state.
public struct Ingestor: Sendable {
  /// The settings in use.
  public let options: IngestOptions

  /// Creates an ingestor.
  public init(options: IngestOptions = IngestOptions()) {
    self.options = options
  }

  /// Reads the file at `path`.
  ///
  /// - Throws: ``IngestError`` naming the file and the reason it could not be read.
  /// A file of postings (`.csv`, `.jsonl`; see ``PostingFeed``) is read whole: `jobs.csv#12` names its row 12,
  /// and the file itself is read when it holds one posting. Use ``feed(at:)`` for all of its rows.
  public func document(at path: String) throws -> Document {
    if let (file, row) = PostingFeed.row(of: path), !FileManager.default.fileExists(atPath: path) {
      return try feedDocument(at: file, row: row)
    }
    if PostingFeed.isFeed(path) {
      let contents = try feed(at: path)
      if contents.documents.count == 1 && contents.skipped.isEmpty { return contents.documents[0] }
      if let problem = contents.skipped.first, contents.documents.isEmpty { throw problem }
      throw IngestError.malformed(
        path: path,
        reason: "holds \(contents.documents.count) postings; name one as \(path)#N (N from 1), or rank the file")
    }
    let bytes = try FileReader.read(path, limit: options.maxBytes)
    return try document(bytes: bytes, source: path)
  }

  /// Reads a document from bytes already in memory; `source` names it in errors and output, and its
  /// extension helps decide the format.
  ///
  /// - Throws: ``IngestError`` naming `source` and the reason.
  public func document(bytes: [UInt8], source: String) throws -> Document {
    guard bytes.count <= options.maxBytes else {
      throw IngestError.tooLarge(path: source, bytes: bytes.count, limit: options.maxBytes)
    }
    guard bytes.contains(where: { !TextNormalizer.isSpace($0) }) else { throw IngestError.empty(path: source) }
    // A Word file is a ZIP archive, which the binary check below would refuse.
    if FormatSniffer.archiveFormat(path: source, bytes: bytes) == .docx {
      return try wordDocument(bytes: bytes, source: source)
    }
    // A PDF is binary too; its text comes from poppler.
    if FormatSniffer.documentFormat(bytes: bytes) == .pdf {
      return try pdfDocument(bytes: bytes, source: source)
    }
    var (encoding, bomLength) = EncodingDetector.detect(bytes)
    var utf8: [UInt8]
    if encoding == .utf16LittleEndian || encoding == .utf16BigEndian {
      utf8 = UTF8Transcoder.transcode(bytes, from: encoding, bomLength: bomLength)
    } else {
      if let kind = BinarySniffer.binaryKind(bytes) { throw IngestError.binary(path: source, kind: kind) }
      utf8 = bytes
    }
    let format = FormatSniffer.format(path: source, bytes: Array(utf8.prefix(2048)))
    if format == .mhtml {
      let (html, charset) = try MHTMLReader.html(in: utf8, source: source)
      (encoding, bomLength) = EncodingDetector.detect(html, declaredLabel: charset)
      utf8 = UTF8Transcoder.transcode(html, from: encoding, bomLength: bomLength)
    } else if encoding != .utf16LittleEndian && encoding != .utf16BigEndian {
      if format != .html { (encoding, bomLength) = EncodingDetector.detect(bytes, declaredLabel: "") }
      utf8 = UTF8Transcoder.transcode(bytes, from: encoding, bomLength: bomLength)
    }
    // NUL bytes end C strings early; they carry no text.
    if utf8.contains(0) { utf8.removeAll { $0 == 0 } }
    switch format {
    case .html, .mhtml:
      return try HTMLPageReader.read(utf8: utf8, source: source, format: format, encoding: encoding.name)
    case .text, .markdown:
      var text = String(decoding: utf8, as: UTF8.self)
      // Windows line ends: "\r\n" is one Character to Swift, which the line readers below do not split at.
      // (Looked for on the bytes: a carriage return and a line feed are always that one Character.)
      if LineEnds.containsCRLF(utf8) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
      let frontMatter = FrontMatter.split(text)
      if let frontMatter { text = String(frontMatter.body) }
      var blocks: [ContentBlock]
      if format == .text {
        blocks = PlainTextReader.blocks(MarkdownCleanup.withoutTemplateTags(text))
      } else {
        blocks = HTMLFragment.blocks(MarkdownRenderer.html(MarkdownCleanup.prepare(text)))
      }
      // A résumé page that keeps its jobs as data (a Hugo experience widget) gets them as roles.
      blocks += FrontMatterRoles.blocks(frontMatter?.frontMatter.roles ?? [])
      // A job template that keeps the posting in its front matter, its body holding less: that prose is
      // the posting.
      if let prose = frontMatter?.frontMatter.prose,
        FrontMatterProse.wordCount(prose) > FrontMatterProse.wordCount(blocks)
      {
        blocks += prose
      }
      if let summary = frontMatter?.frontMatter.summary {
        blocks.insert(ContentBlock(kind: .paragraph, text: TextNormalizer.collapse(summary)), at: 0)
      }
      // A site generator renders the front matter's title as the page's heading.
      let title = frontMatter?.frontMatter.title.map(TextNormalizer.collapse)
      if let title, !title.isEmpty, blocks.first?.text != title {
        blocks.insert(ContentBlock(kind: .heading(level: 1), text: title), at: 0)
      }
      var document = try textDocument(
        blocks: blocks, source: source, format: format, encoding: encoding.name, title: title,
        metadataDates: frontMatter?.frontMatter.dates ?? [])
      if let matter = frontMatter?.frontMatter {
        document.company = matter.company ?? document.company
        document.location = matter.location ?? document.location
      }
      return document
    case .docx:
      return try wordDocument(bytes: bytes, source: source)
    case .pdf:
      return try pdfDocument(bytes: bytes, source: source)
    case .jsonResume:
      let content = try JSONResumeReader.read(utf8, source: source)
      return try textDocument(
        blocks: content.blocks, source: source, format: .jsonResume, encoding: encoding.name, title: content.title,
        metadataDates: content.dates)
    }
  }

  private func pdfDocument(bytes: [UInt8], source: String) throws -> Document {
    let content = try PDFReader.read(bytes, source: source)
    return try textDocument(
      blocks: content.blocks, source: source, format: .pdf, encoding: "UTF-8", title: content.title,
      metadataDates: content.dates)
  }

  private func wordDocument(bytes: [UInt8], source: String) throws -> Document {
    let content = try DocxReader.read(bytes, source: source, limit: options.maxBytes)
    return try textDocument(
      blocks: content.blocks, source: source, format: .docx, encoding: "UTF-8", title: content.title,
      metadataDates: content.dates)
  }

  /// A document from blocks of text; `title` is one the format itself marks (a Word Title style), used
  /// before any guess; `metadataDates` are the dates the file's metadata gives, most trusted first, which a
  /// date printed in the text goes before.
  private func textDocument(
    blocks: [ContentBlock], source: String, format: InputFormat, encoding: String, title: String? = nil,
    metadataDates: [DocumentDate] = []
  ) throws -> Document {
    guard !blocks.isEmpty else { throw IngestError.noText(path: source) }
    // The format's own title first, unless it is a section heading; else the first line that reads like
    // a title.
    let marked = title.flatMap { TextTitle.isSectionHeading($0) ? nil : TitleParser.role(from: $0) }
    let title = marked ?? TextTitle.title(of: blocks)
    let text = SectionBuilder.text(of: blocks)
    return Document(
      source: source, format: format, title: title, company: TextCompany.find(in: blocks, title: title),
      location: LabelledField.value(for: LabelledField.locationLabels, in: blocks),
      text: text, sections: SectionBuilder.sections(of: blocks), blocks: blocks.map(\.block),
      jobPosting: nil,
      encoding: encoding, dates: [PrintedDate.find(in: text)].compactMap { $0 } + metadataDates)
  }
}
