/// A saved page or text file reduced to what later stages need: its metadata and its main text,
/// split into sections at headings.
public struct Document: Codable, Sendable, Equatable {
  /// The path the document was read from.
  public var source: String
  /// The kind of file it was read as.
  public var format: InputFormat
  /// The posting's title (JSON-LD, then `og:title`, `<h1>`, `<title>`), if any.
  public var title: String?
  /// The hiring company, if the page names it in metadata.
  public var company: String?
  /// Where the job is, if the page says so in metadata.
  public var location: String?
  /// The main text: paragraphs separated by a blank line, headings on lines of their own.
  public var text: String
  /// The main text split at headings, in page order.
  public var sections: [Section]
  /// The main text as the source marked it up: headings, paragraphs and list items, in page order.
  public var blocks: [Block]
  /// The schema.org `JobPosting` found on the page, or nil.
  public var jobPosting: JobPosting?
  /// The character encoding the bytes were decoded from (`UTF-8`, `windows-1252`, …).
  public var encoding: String
  /// Every date the document states as its own, most trusted first: a date printed as its date, then its
  /// file's metadata (modified before created). Empty when it states none.
  public var dates: [DocumentDate]
  /// Where the posting is online, when its file says: the URL column of a row of a file of postings
  /// (``PostingFeed``); nil otherwise.
  public var url: String? = nil

  /// The document's own date: the most trusted of ``dates``, or nil.
  public var date: DocumentDate? { dates.first }

  /// Creates a document.
  public init(
    source: String, format: InputFormat, title: String?, company: String?, location: String?, text: String,
    sections: [Section], blocks: [Block] = [], jobPosting: JobPosting?, encoding: String, dates: [DocumentDate] = []
  ) {
    self.blocks = blocks
    self.source = source
    self.format = format
    self.title = title
    self.company = company
    self.location = location
    self.text = text
    self.sections = sections
    self.jobPosting = jobPosting
    self.encoding = encoding
    self.dates = dates
  }
}

extension Document {
  enum CodingKeys: String, CodingKey {
    case source, format, title, company, location, text, sections, blocks, jobPosting, encoding, dates, url
  }

  /// Encodes every key, writing `null` for missing metadata so consumers always see the full shape.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(source, forKey: .source)
    try container.encode(format, forKey: .format)
    try container.encode(title, forKey: .title)
    try container.encode(company, forKey: .company)
    try container.encode(location, forKey: .location)
    try container.encode(text, forKey: .text)
    try container.encode(sections, forKey: .sections)
    try container.encode(blocks, forKey: .blocks)
    try container.encode(jobPosting, forKey: .jobPosting)
    try container.encode(encoding, forKey: .encoding)
    try container.encode(dates, forKey: .dates)
    try container.encodeIfPresent(url, forKey: .url)
  }
}

/// A run of the main text under one heading.
public struct Section: Codable, Sendable, Equatable {
  /// The heading's text, or nil for text before the first heading.
  public var heading: String?
  /// The paragraphs under the heading, separated by blank lines.
  public var text: String

  /// Creates a section.
  public init(heading: String?, text: String) {
    self.heading = heading
    self.text = text
  }

  enum CodingKeys: String, CodingKey {
    case heading, text
  }

  /// Encodes both keys, `heading` as `null` for text before the first heading.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(heading, forKey: .heading)
    try container.encode(text, forKey: .text)
  }
}
