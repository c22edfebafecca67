/// A month a document states as its own date: when it was written, saved or last updated. "Present" in a
/// resume means this month rather than today.
///
/// Only evidence a reader can check counts: a date printed as the document's date ("Last updated: March
/// 2020"), or a date field of the file's own metadata (a PDF's Info dictionary, a Word file's core
/// properties, a JSON Resume's `meta.lastModified`, a page's front matter or `<meta>` tags). The file's
/// modification time on disk is not: copying a file resets it.
public struct DocumentDate: Codable, Sendable, Equatable {
  /// Where the date was read.
  public enum Source: String, Codable, Sendable, CaseIterable {
    /// Printed in the text as the document's date ("Last updated: March 2020", "Resume — June 2021").
    case printed
    /// A PDF's Info dictionary: `ModDate` or `CreationDate`.
    case pdfMetadata
    /// A Word file's core properties (`docProps/core.xml`): `dcterms:modified` or `dcterms:created`.
    case docxMetadata
    /// A JSON Resume's `meta.lastModified`.
    case jsonResumeMeta
    /// A Markdown page's YAML or TOML front matter: `lastmod`, `last_modified`, `updated`, `date`.
    case frontMatter
    /// An HTML page's `<meta>` tags: `article:modified_time`, `last-modified`, `date` and the like.
    case htmlMeta
  }

  /// The year, four digits.
  public var year: Int
  /// The month, 1–12.
  public var month: Int
  /// Where the date was read.
  public var source: Source
  /// What it was read from: the metadata key (`ModDate`, `dcterms:modified`, `lastmod`,
  /// `article:modified_time`) or, for a printed date, the line as printed.
  public var evidence: String

  /// Creates a date; nil unless `year` is 1900–2200 and `month` is 1–12.
  public init?(year: Int, month: Int, source: Source, evidence: String) {
    guard (1900...2200).contains(year), (1...12).contains(month) else { return nil }
    self.year = year
    self.month = month
    self.source = source
    self.evidence = evidence
  }

  /// The month as a number: year × 12 + month − 1.
  public var monthNumber: Int { year * 12 + month - 1 }

  /// The month as `YYYY-MM`.
  public var text: String { Self.text(monthNumber: monthNumber) }

  /// A month number (year × 12 + month − 1) as `YYYY-MM`.
  public static func text(monthNumber: Int) -> String {
    let month = monthNumber % 12 + 1
    return "\(monthNumber / 12)-\(month < 10 ? "0" : "")\(month)"
  }
}
