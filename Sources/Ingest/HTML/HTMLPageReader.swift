/// Reads a saved HTML page into a ``Document``: main content, sections, metadata and JSON-LD.
enum HTMLPageReader {
  /// The document for a page whose bytes are already UTF-8.
  ///
  /// - Throws: ``IngestError/malformed(path:reason:)`` when libxml2 yields no document,
  ///   ``IngestError/noText(path:)`` when neither the page nor its JSON-LD holds text.
  static func read(utf8 bytes: [UInt8], source: String, format: InputFormat, encoding: String) throws -> Document {
    guard let tree = HTMLTree(utf8: bytes) else {
      throw IngestError.malformed(path: source, reason: "the HTML parser produced no document")
    }
    let head = HeadMetadata(tree: tree)
    let extractor = ContentExtractor(tree: tree)
    var blocks = extractor.extract()
    let found = JobPostingReader.read(jsonLD: extractor.jsonLDScripts)
    let posting = found?.posting
    if let description = posting?.description, let descriptionBlocks = found?.description {
      // A JavaScript shell shows little; the JSON-LD description is then the better body.
      let visibleLength = blocks.reduce(0) { $0 + $1.text.utf8.count }
      if visibleLength * 10 < description.utf8.count * 6 {
        blocks = descriptionBlocks
      }
    }
    // A heading that opens the main content names the posting better than the page's first <h1>,
    // which on some job boards is the company logo.
    let leadingHeading = blocks.first.flatMap { block -> String? in
      if case .heading(let level) = block.kind, level <= 3, block.text.count <= 150 { return block.text }
      return nil
    }
    let title = posting?.title ?? leadingHeading ?? extractor.firstHeading ?? head.openGraphTitle.map(cleanTitle)
      ?? head.title.map(cleanTitle)
    let company = posting?.hiringOrganization ?? extractor.companyHint.map(cleanCompany) ?? head.siteName
    let location = posting?.jobLocation ?? extractor.locationHint
    guard !blocks.isEmpty || title != nil else { throw IngestError.noText(path: source) }
    return Document(
      source: source, format: format, title: title, company: company, location: location,
      text: SectionBuilder.text(of: blocks), sections: SectionBuilder.sections(of: blocks), jobPosting: posting,
      encoding: encoding)
  }

  /// A company line without the "at" that job boards put before it ("at Lumora Health").
  static func cleanCompany(_ company: String) -> String {
    for prefix in ["at ", "At ", "@ "] where company.hasPrefix(prefix) && company.count > prefix.count + 1 {
      return String(company.dropFirst(prefix.count))
    }
    return company
  }

  /// A `<title>` without the site name that pages append after a separator.
  static func cleanTitle(_ title: String) -> String {
    for separator in [" | ", " – ", " — ", " - ", " :: "] {
      if let range = title.range(of: separator) {
        let first = String(title[..<range.lowerBound])
        if first.count >= 4 { return first }
      }
    }
    return title
  }
}
