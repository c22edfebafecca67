/// Reads a saved HTML page into a ``Document``: main content, sections, metadata and JSON-LD.
enum HTMLPageReader {
  /// The document for a page whose bytes are already UTF-8.
  ///
  /// - Throws: ``IngestError/malformed(path:reason:)`` when libxml2 yields no document,
  ///   ``IngestError/noMainText(path:)`` when neither the page (after the extractor's fallbacks) nor its
  ///   JSON-LD holds text: a title alone is never handed on as a posting.
  static func read(utf8 bytes: [UInt8], source: String, format: InputFormat, encoding: String) throws -> Document {
    guard let tree = HTMLTree(utf8: bytes) else {
      throw IngestError.malformed(path: source, reason: "the HTML parser produced no document")
    }
    guard !tree.stoppedAtDepthLimit else {
      throw IngestError.malformed(path: source, reason: "elements nested too deeply for the HTML parser")
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
    let title = posting?.title ?? chooseTitle(blocks: blocks, firstHeading: extractor.firstHeading, head: head)
    let pageTitles = [head.openGraphTitle, head.title].compactMap { $0 }
    let company = posting?.hiringOrganization ?? extractor.companyHint.flatMap { TitleParser.cleanSiteName(cleanCompany($0)) } ?? head.siteName.flatMap(TitleParser.cleanSiteName)
      ?? pageTitles.lazy.compactMap { TitleParser.company(in: $0, role: title) }.first
    let location = posting?.jobLocation ?? extractor.locationHint
      ?? LabelledField.value(for: LabelledField.locationLabels, in: blocks)
    guard !blocks.isEmpty else { throw IngestError.noMainText(path: source) }
    return Document(
      source: source, format: format, title: title, company: company, location: location,
      text: SectionBuilder.text(of: blocks), sections: SectionBuilder.sections(of: blocks), jobPosting: posting,
      encoding: encoding)
  }

  /// The posting's title: a heading that opens the main content or the page's first `<h1>`, whichever
  /// the page's `<title>` also names (on some job boards the `<h1>` is the company logo), without
  /// "Job Application for" or "We're hiring a".
  static func chooseTitle(blocks: [ContentBlock], firstHeading: String?, head: HeadMetadata) -> String? {
    let leading = blocks.first.flatMap { block -> String? in
      if case .heading(let level) = block.kind, level <= 3, block.text.count <= 150 { return block.text }
      return nil
    }
    let pageTitle = ((head.title ?? "") + " " + (head.openGraphTitle ?? "")).lowercased()
    let candidates = [leading, firstHeading].compactMap { $0 }
    let named = candidates.first { !pageTitle.isEmpty && pageTitle.contains($0.lowercased()) }
    let chosen = named ?? firstHeading ?? leading ?? head.openGraphTitle.map(cleanTitle) ?? head.title.map(cleanTitle)
    return chosen.map(TitleParser.role(from:))
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
