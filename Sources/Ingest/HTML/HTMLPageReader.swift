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
    let siteNames = SiteNames(head: head)
    let extractor = ContentExtractor(tree: tree)
    var blocks = extractor.extract()
    let visibleLength = blocks.reduce(0) { $0 + $1.text.utf8.count }
    let found = JobPostingReader.read(jsonLD: extractor.jsonLDScripts)
    let posting = found?.posting
    if let description = posting?.description, let descriptionBlocks = found?.description,
      isShell(visibleLength: visibleLength, descriptionLength: description.utf8.count)
    {
      // A JavaScript shell shows little; the JSON-LD description is then the better body.
      blocks = descriptionBlocks
    }
    // A single-page app keeps the posting in JSON inside hidden <code> elements: the body when the page
    // shows only a shell, and the metadata of last resort when the page rendered it.
    let data =
      posting?.description == nil && !extractor.dataIslands.isEmpty
      ? EmbeddedPostingReader.read(extractor.dataIslands) : nil
    var embedded: EmbeddedPostingReader.Found?
    if let data, isShell(visibleLength: visibleLength, descriptionLength: data.descriptionLength) {
      embedded = data
      blocks = data.blocks
    }
    let pageTitles = [head.openGraphTitle, head.title].compactMap { $0 }
    // Parsed only when JSON-LD and the page's elements leave a field open (most pages have neither shape).
    var parsedBoard: BoardTitle??
    func board() -> BoardTitle? {
      if let parsedBoard { return parsedBoard }
      let parsed = pageTitles.lazy.compactMap { BoardTitle.parse($0, siteNames: siteNames.names) }.first
      parsedBoard = .some(parsed)
      return parsed
    }
    let title =
      posting?.title ?? embedded?.title
      ?? chooseTitle(
        blocks: blocks, firstHeading: extractor.firstHeading, head: head, siteNames: siteNames,
        boardRole: extractor.firstHeading == nil ? board()?.role : nil)
      ?? data?.title
    // A site's name is the board's, never the employer's; only "X Careers" names X, and only last.
    let company =
      posting?.hiringOrganization ?? embedded?.company
      ?? extractor.companyHint.flatMap { TitleParser.cleanSiteName(cleanCompany($0)) }
      ?? board()?.company ?? data?.company
      ?? pageTitles.lazy.compactMap { TitleParser.company(in: $0, role: title, siteNames: siteNames) }.first
      ?? siteNames.owner ?? TextCompany.find(in: blocks, title: title)
    let location =
      posting?.jobLocation ?? embedded?.location ?? extractor.locationHint ?? board()?.location
      ?? data?.location ?? LabelledField.value(for: LabelledField.locationLabels, in: blocks)
    guard !blocks.isEmpty else { throw IngestError.noMainText(path: source) }
    let text = SectionBuilder.text(of: blocks)
    return Document(
      source: source, format: format, title: title, company: company, location: location,
      text: text, sections: SectionBuilder.sections(of: blocks), blocks: blocks.map(\.block),
      jobPosting: posting,
      encoding: encoding, dates: [PrintedDate.find(in: text)].compactMap { $0 } + head.dates)
  }

  /// Whether the visible text is too little beside a description found in the page's data: the body is
  /// then a script's shell.
  private static func isShell(visibleLength: Int, descriptionLength: Int) -> Bool {
    visibleLength * 10 < descriptionLength * 6
  }

  /// The posting's title: a heading that opens the main content or the page's first `<h1>`, whichever
  /// the page's `<title>` also names (on some job boards the `<h1>` is the company logo), without
  /// "Job Application for" or "We're hiring a".
  ///
  /// A board's title shape ("Acme hiring Product Lead in Leeds | Board") gives the role next; a `<title>`
  /// that is only the site's name or a generic word ("LinkedIn", "Careers") is never the title.
  static func chooseTitle(
    blocks: [ContentBlock], firstHeading: String?, head: HeadMetadata, siteNames: SiteNames, boardRole: String?
  ) -> String? {
    let leading = blocks.first.flatMap { block -> String? in
      if case .heading(let level) = block.kind, level <= 3, block.text.count <= 150 { return block.text }
      return nil
    }
    let pageTitle = ((head.title ?? "") + " " + (head.openGraphTitle ?? "")).lowercased()
    let candidates = [leading, firstHeading].compactMap { $0 }
    let named = candidates.first { !pageTitle.isEmpty && ASCIIBytes.contains(pageTitle, $0.lowercased()) }
    let chosen =
      named ?? firstHeading ?? leading ?? boardRole
      ?? [head.openGraphTitle, head.title].lazy.compactMap { $0 }
      .first { !TitleParser.isGenericTitle($0, siteNames: siteNames) }
      .map { cleanTitle(TitleParser.withoutCounter($0)) }
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
