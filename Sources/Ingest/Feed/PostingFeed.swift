import CSV
import Foundation

/// Files of postings from job-search tools: a `.csv` or `.jsonl` file, each row one posting.
///
/// Two layouts are read, by their column names (any case, any order, extra columns ignored):
/// - python-jobspy's export, the columns of the DataFrame its `scrape_jobs` returns (`desired_order` in
///   `jobspy/util.py` and the `JobPost`/`Compensation` models in `jobspy/model.py` of speedyapply/JobSpy at
///   commit 94d413b, read from github.com/speedyapply/JobSpy; `scrape_jobs` in `jobspy/__init__.py` renames
///   `company_name` to `company` and flattens `compensation` into the pay columns):
///   `id, site, job_url, job_url_direct, title, company, location, date_posted, job_type, salary_source,
///   interval, min_amount, max_amount, currency, is_remote, job_level, job_function, listing_type, emails,
///   description, company_industry, …`, written by `jobs.to_csv(…, quoting=csv.QUOTE_NONNUMERIC,
///   escapechar="\\")` as its README shows (so a backslash in the text is written twice);
/// - the minimal schema: `title, company, location, description, url`, and optionally `date_posted`,
///   `min_amount`, `max_amount`, `interval` (yearly, monthly, weekly, daily, hourly), `currency`, `is_remote`.
///
/// Each row is named `FILE#N`: N is the row's place among the postings, from 1 (a CSV's header row is not
/// counted, so a spreadsheet shows row N on its line N + 1; in JSON Lines N is the line number).
public enum PostingFeed {
  /// The extensions of feed files (lowercase, without the dot).
  public static let extensions: Set<String> = ["csv", "jsonl"]

  /// Whether `path` names a feed file by its extension.
  public static func isFeed(_ path: String) -> Bool {
    extensions.contains(FormatSniffer.fileExtension(of: path) ?? "")
  }

  /// The name of row `row` of the feed at `path`: `jobs.csv#12`.
  public static func identity(path: String, row: Int) -> String { "\(path)#\(row)" }

  /// The feed file and row a name like `jobs.csv#12` stands for; nil for any other path.
  public static func row(of identity: String) -> (path: String, row: Int)? {
    // Found on the bytes: a "#" a combining mark joins is no row mark either way (what follows is no number).
    guard let hash = identity.utf8.lastIndex(of: 0x23) else { return nil }
    let path = String(identity[..<hash])
    guard isFeed(path), let row = Int(identity[identity.index(after: hash)...]), row >= 1 else { return nil }
    return (path, row)
  }

  /// One posting's fields, as the feed gives them (trimmed; empty fields left out).
  struct Row {
    var number: Int
    var fields: [String: String]

    func value(_ names: String...) -> String? {
      for name in names {
        if let value = fields[name], !value.isEmpty { return value }
      }
      return nil
    }
  }

  /// The rows of a feed's text, or a failure naming the row.
  static func rows(text: String, path: String) throws -> [Result<Row, IngestError>] {
    if FormatSniffer.fileExtension(of: path) == "jsonl" { return jsonLines(text, path: path) }
    return try csvRows(text, path: path)
  }

  private static func csvRows(_ text: String, path: String) throws -> [Result<Row, IngestError>] {
    let reader: CSVReader
    do {
      reader = try CSVReader(string: text, hasHeaderRow: true)
    } catch {
      throw IngestError.malformed(path: path, reason: "cannot read the CSV header (\(error))")
    }
    let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    guard header.contains("description") else {
      throw IngestError.malformed(
        path: path,
        reason:
          "no 'description' column; a postings CSV has title, company, location, description, url (or python-jobspy's columns)"
      )
    }
    // python-jobspy's CSV doubles every backslash (escapechar="\\"); its Markdown escapes (\-, \*) read again
    // as they were written.
    let jobspy = header.contains("job_url") && header.contains("site")
    var rows: [Result<Row, IngestError>] = []
    var number = 0
    while let cells = reader.next() {
      number += 1
      var fields: [String: String] = [:]
      for (name, cell) in zip(header, cells) where fields[name] == nil {
        var value = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        if jobspy && value.contains("\\\\") { value = value.replacingOccurrences(of: "\\\\", with: "\\") }
        fields[name] = value
      }
      rows.append(.success(Row(number: number, fields: fields)))
    }
    if let error = reader.error {
      throw IngestError.malformed(path: path, reason: "CSV unreadable after row \(number) (\(error))")
    }
    return rows
  }

  private static func jsonLines(_ text: String, path: String) -> [Result<Row, IngestError>] {
    var rows: [Result<Row, IngestError>] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let number = index + 1
      let line = line.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !line.isEmpty else { continue }
      let object: [String: FeedValue]
      do {
        object = try JSONDecoder().decode([String: FeedValue].self, from: Data(line.utf8))
      } catch {
        rows.append(.failure(.malformed(path: identity(path: path, row: number), reason: "not a JSON object")))
        continue
      }
      var fields: [String: String] = [:]
      for (key, value) in object {
        if let text = value.text { fields[key.lowercased()] = text.trimmingCharacters(in: .whitespacesAndNewlines) }
      }
      rows.append(.success(Row(number: number, fields: fields)))
    }
    return rows
  }

  /// The schema.org-shaped posting the row's columns give (title, company, location, remote, pay, date).
  static func jobPosting(_ row: Row) -> JobPosting {
    var posting = JobPosting()
    posting.title = row.value("title")
    posting.hiringOrganization = row.value("company", "company_name")
    posting.jobLocation = row.value("location")
    if let remote = row.value("is_remote")?.lowercased(), ["true", "1", "yes"].contains(remote) {
      posting.jobLocationType = "TELECOMMUTE"
    }
    posting.employmentType = row.value("job_type")
    posting.datePosted = row.value("date_posted")
    let low = row.value("min_amount").flatMap(amount)
    let high = row.value("max_amount").flatMap(amount)
    if let figure = low ?? high {
      posting.baseSalary = JobPosting.Salary(
        currency: row.value("currency") ?? "USD", minValue: figure, maxValue: low == nil ? nil : high,
        unitText: row.value("interval").flatMap(schemaUnit))
    }
    return posting
  }

  /// "120000.0", "120,000" → 120000; nil for anything else or a figure not above zero.
  private static func amount(_ text: String) -> Double? {
    guard let value = Double(text.replacingOccurrences(of: ",", with: "")), value > 0, value.isFinite else {
      return nil
    }
    return value
  }

  /// jobspy's `CompensationInterval` values as schema.org `unitText`.
  private static func schemaUnit(_ interval: String) -> String? {
    switch interval.lowercased() {
    case "yearly", "year", "annual": return "YEAR"
    case "monthly", "month": return "MONTH"
    case "weekly", "week": return "WEEK"
    case "daily", "day": return "DAY"
    case "hourly", "hour": return "HOUR"
    default: return nil
    }
  }
}

/// A JSON value of a feed row: text, a number or true/false as text, anything else (null, arrays,
/// objects) nothing.
private struct FeedValue: Decodable {
  var text: String?

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let string = try? container.decode(String.self) {
      text = string
    } else if let bool = try? container.decode(Bool.self) {
      text = bool ? "true" : "false"
    } else if let number = try? container.decode(Double.self) {
      text = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    } else {
      text = nil
    }
  }
}

/// The postings of one feed file: one document per row that has a description, and the rows that could not
/// be read, each named `FILE#N`.
public struct FeedContents: Sendable {
  /// The postings, in the file's order.
  public var documents: [Document]
  /// The rows skipped, with the reason ("no description").
  public var skipped: [IngestError]
}
