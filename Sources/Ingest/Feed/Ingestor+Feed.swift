import Foundation

extension Ingestor {
  /// Reads every posting of a feed file (`.csv` or `.jsonl`, see ``PostingFeed``): one document per row,
  /// each named `FILE#N`, its description read as Markdown (python-jobspy writes Markdown), its title,
  /// company, location, pay, remote flag and URL from their columns. A row without a description (or one
  /// that is not JSON) is skipped with the reason, named by its row.
  ///
  /// - Throws: ``IngestError`` when the file itself cannot be read, or holds no `description` column.
  public func feed(at path: String) throws -> FeedContents {
    let bytes = try FileReader.read(path, limit: options.maxBytes)
    guard bytes.contains(where: { !TextNormalizer.isSpace($0) }) else { throw IngestError.empty(path: path) }
    if let kind = BinarySniffer.binaryKind(bytes) { throw IngestError.binary(path: path, kind: kind) }
    let (encoding, bomLength) = EncodingDetector.detect(bytes, declaredLabel: "")
    var text = String(decoding: UTF8Transcoder.transcode(bytes, from: encoding, bomLength: bomLength), as: UTF8.self)
    if LineEnds.containsCRLF(text.utf8) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
    var contents = FeedContents(documents: [], skipped: [])
    for row in try PostingFeed.rows(text: text, path: path) {
      switch row {
      case .failure(let error): contents.skipped.append(error)
      case .success(let row):
        do {
          contents.documents.append(try feedDocument(row, path: path, encoding: encoding.name))
        } catch let error as IngestError {
          contents.skipped.append(error)
        } catch {
          contents.skipped.append(
            .unreadable(path: PostingFeed.identity(path: path, row: row.number), reason: "\(error)"))
        }
      }
    }
    return contents
  }

  /// Row `row` of the feed at `path` (what `FILE#N` names).
  ///
  /// - Throws: ``IngestError`` when the file cannot be read, it has no such row, or the row has no description.
  public func feedDocument(at path: String, row: Int) throws -> Document {
    let identity = PostingFeed.identity(path: path, row: row)
    let bytes = try FileReader.read(path, limit: options.maxBytes)
    let (encoding, bomLength) = EncodingDetector.detect(bytes, declaredLabel: "")
    var text = String(decoding: UTF8Transcoder.transcode(bytes, from: encoding, bomLength: bomLength), as: UTF8.self)
    if LineEnds.containsCRLF(text.utf8) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
    let rows = try PostingFeed.rows(text: text, path: path)
    for case .success(let found) in rows where found.number == row {
      return try feedDocument(found, path: path, encoding: encoding.name)
    }
    if rows.contains(where: { if case .failure(let error) = $0 { error.path == identity } else { false } }) {
      throw IngestError.malformed(path: identity, reason: "not a JSON object")
    }
    throw IngestError.notFound(path: identity)
  }

  private func feedDocument(_ row: PostingFeed.Row, path: String, encoding: String) throws -> Document {
    let source = PostingFeed.identity(path: path, row: row.number)
    guard let description = row.value("description") else { throw IngestError.noDescription(path: source) }
    let posting = PostingFeed.jobPosting(row)
    var blocks = HTMLFragment.blocks(MarkdownRenderer.html(MarkdownCleanup.prepare(description)))
    guard !blocks.isEmpty else { throw IngestError.noDescription(path: source) }
    if let title = posting.title.map(TextNormalizer.collapse), !title.isEmpty, blocks.first?.text != title {
      blocks.insert(ContentBlock(kind: .heading(level: 1), text: title), at: 0)
    }
    let title =
      posting.title.flatMap { TitleParser.role(from: TextNormalizer.collapse($0)) } ?? TextTitle.title(of: blocks)
    let text = SectionBuilder.text(of: blocks)
    var dates: [DocumentDate] = []
    if let printed = PrintedDate.find(in: text) { dates.append(printed) }
    var document = Document(
      source: source, format: .markdown, title: title,
      company: posting.hiringOrganization ?? TextCompany.find(in: blocks, title: title),
      location: posting.jobLocation ?? LabelledField.value(for: LabelledField.locationLabels, in: blocks),
      text: text, sections: SectionBuilder.sections(of: blocks), blocks: blocks.map(\.block), jobPosting: posting,
      encoding: encoding, dates: dates)
    document.url = row.value("job_url", "url", "job_url_direct")
    return document
  }
}
