import Foundation

/// Reads a JSON Resume (`resume.json`, the open schema of jsonresume.org) into blocks shaped like any other
/// resume: a Summary, an Experience section with one heading per role ("Position — Company — Mar 2019 –
/// Present", the shape the career parser reads) and its highlights as list items, then Education, Skills,
/// Certifications and the rest, so one code path analyses every resume.
enum JSONResumeReader {
  /// What a JSON Resume gives: its blocks and the title to use (name and headline).
  struct Content {
    var blocks: [ContentBlock]
    var title: String?
    /// `meta.lastModified`, when it is a date.
    var dates: [DocumentDate] = []
  }

  /// A JSON Resume is a few kilobytes; anything this large is something else.
  static let maxBytes = 2 * 1_048_576
  /// Deeper nesting than any resume needs; refused before parsing so no parser recursion can run away.
  static let maxDepth = 32

  private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// Reads the UTF-8 bytes of a `.json` file.
  ///
  /// - Throws: ``IngestError/notJSONResume(path:reason:)`` when the bytes are not JSON, not an object, nest too
  ///   deeply, are too large, or have neither a `basics` nor a `work` member; ``IngestError/noText(path:)``
  ///   when the resume holds no text.
  static func read(_ utf8: [UInt8], source: String) throws -> Content {
    guard utf8.count <= maxBytes else {
      let size = IngestError.megabytes(utf8.count)
      throw IngestError.notJSONResume(
        path: source, reason: "\(size) is far more than a resume (at most \(IngestError.megabytes(maxBytes)))")
    }
    guard depth(of: utf8) <= maxDepth else {
      throw IngestError.notJSONResume(path: source, reason: "nested more than \(maxDepth) levels deep")
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(utf8), options: [.fragmentsAllowed])
    } catch {
      throw IngestError.notJSONResume(path: source, reason: "invalid JSON")
    }
    guard let resume = object as? [String: Any] else {
      throw IngestError.notJSONResume(path: source, reason: "the top level is \(kind(of: object)), not an object")
    }
    let basics = resume["basics"] as? [String: Any]
    let work = objects(resume["work"])
    guard basics != nil || resume["work"] is [Any] else {
      throw IngestError.notJSONResume(path: source, reason: "no \"work\" or \"basics\" object")
    }
    var blocks: [ContentBlock] = []
    let name = text(basics?["name"])
    let label = text(basics?["label"])
    if let heading = name ?? label { blocks.append(ContentBlock(kind: .heading(level: 1), text: heading)) }

    let summary = [label, text(basics?["summary"])].compactMap { $0 }
    if !summary.isEmpty {
      blocks.append(ContentBlock(kind: .heading(level: 2), text: "Summary"))
      blocks += summary.map { ContentBlock(kind: .paragraph, text: $0) }
    }
    if !work.isEmpty {
      blocks.append(ContentBlock(kind: .heading(level: 2), text: "Experience"))
      for entry in work {
        // The schema's v1 names the employer `name`; earlier resumes call it `company`.
        blocks += role(entry, title: "position", organisation: ["name", "company"])
      }
    }
    blocks += section("Volunteer", objects(resume["volunteer"])) {
      role($0, title: "position", organisation: ["organization", "company", "name"])
    }
    blocks += section("Projects", objects(resume["projects"])) { role($0, title: "name", organisation: ["entity"]) }
    blocks += section("Education", objects(resume["education"])) { [education($0)].compactMap { $0 } }
    blocks += section("Skills", objects(resume["skills"])) { [skill($0)].compactMap { $0 } }
    blocks += section("Certifications", objects(resume["certificates"])) { entry in
      [line(text(entry["name"]), text(entry["issuer"]), year(text(entry["date"])))].compactMap { $0 }
    }
    blocks += section("Awards", objects(resume["awards"])) { entry in
      [line(text(entry["title"]), text(entry["awarder"]), year(text(entry["date"])))].compactMap { $0 }
        + [text(entry["summary"])].compactMap { $0 }.map { ContentBlock(kind: .paragraph, text: $0) }
    }
    blocks += section("Languages", objects(resume["languages"])) { entry in
      [line(text(entry["language"]), text(entry["fluency"]), nil)].compactMap { $0 }
    }
    guard blocks.contains(where: { !$0.isHeading }) else { throw IngestError.noText(path: source) }
    let title = [name, label].compactMap { $0 }.joined(separator: " — ")
    let meta = resume["meta"] as? [String: Any]
    let modified = text(meta?["lastModified"]).flatMap {
      MetadataDate.parse($0, source: .jsonResumeMeta, key: "meta.lastModified")
    }
    return Content(blocks: blocks, title: title.isEmpty ? nil : title, dates: modified.map { [$0] } ?? [])
  }

  /// A role as a heading with its dates, its summary as a paragraph and its highlights as list items.
  private static func role(_ entry: [String: Any], title titleKey: String, organisation organisationKeys: [String])
    -> [ContentBlock]
  {
    let title = text(entry[titleKey])
    let organisation = organisationKeys.lazy.compactMap { text(entry[$0]) }.first
    let dates = dateRange(start: text(entry["startDate"]), end: text(entry["endDate"]))
    let heading = [title, organisation, dates].compactMap { $0 }.joined(separator: " — ")
    var blocks: [ContentBlock] = []
    if !heading.isEmpty { blocks.append(ContentBlock(kind: .heading(level: 3), text: heading)) }
    if let location = text(entry["location"]) { blocks.append(ContentBlock(kind: .paragraph, text: location)) }
    for key in ["summary", "description"] {
      if let paragraph = text(entry[key]) { blocks.append(ContentBlock(kind: .paragraph, text: paragraph)) }
    }
    blocks += strings(entry["highlights"]).map { ContentBlock(kind: .listItem, text: $0) }
    return blocks
  }

  /// "MBA in Strategy — Kellogg School of Management — 2010 – 2012": a line the degree reader understands.
  private static func education(_ entry: [String: Any]) -> ContentBlock? {
    let studyType = text(entry["studyType"])
    let area = text(entry["area"])
    var degree: String?
    switch (studyType, area) {
    case let (type?, area?): degree = "\(type) in \(area)"
    case let (type?, nil): degree = type.lowercased().contains("degree") ? type : "\(type) degree"
    case let (nil, area?): degree = area
    case (nil, nil): degree = nil
    }
    let dates = dateRange(start: text(entry["startDate"]), end: text(entry["endDate"]), openEnded: false)
    let parts = [degree, text(entry["institution"]), dates].compactMap { $0 }
    return parts.isEmpty ? nil : ContentBlock(kind: .listItem, text: parts.joined(separator: " — "))
  }

  /// "Product strategy: roadmaps, pricing, OKRs".
  private static func skill(_ entry: [String: Any]) -> ContentBlock? {
    let keywords = strings(entry["keywords"]).joined(separator: ", ")
    switch (text(entry["name"]), keywords.isEmpty ? nil : keywords) {
    case let (name?, keywords?): return ContentBlock(kind: .listItem, text: "\(name): \(keywords)")
    case let (name?, nil): return ContentBlock(kind: .listItem, text: name)
    case let (nil, keywords?): return ContentBlock(kind: .listItem, text: keywords)
    case (nil, nil): return nil
    }
  }

  private static func section(
    _ heading: String, _ entries: [[String: Any]], _ blocks: ([String: Any]) -> [ContentBlock]
  ) -> [ContentBlock] {
    let body = entries.flatMap(blocks)
    return body.isEmpty ? [] : [ContentBlock(kind: .heading(level: 2), text: heading)] + body
  }

  private static func line(_ first: String?, _ second: String?, _ third: String?) -> ContentBlock? {
    guard let first else { return nil }
    let rest = [second, third.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
    return ContentBlock(kind: .listItem, text: rest.isEmpty ? first : "\(first) — \(rest)")
  }

  /// "Mar 2019 – Jun 2022", "2015 – 2018", "Jan 2021 – Present" from ISO 8601 dates (`YYYY-MM-DD`, `YYYY-MM` or
  /// `YYYY`); nil without a readable start. A missing end is the present for a role, nothing for a degree.
  static func dateRange(start: String?, end: String?, openEnded: Bool = true) -> String? {
    guard let start = start.flatMap(date) else { return nil }
    if let end = end.flatMap(date) { return "\(start) – \(end)" }
    let isCurrent = end.map { ["", "present", "current", "now", "today"].contains($0.lowercased()) } ?? true
    if openEnded && isCurrent { return "\(start) – Present" }
    return openEnded ? nil : start
  }

  /// "Mar 2019" for "2019-03" or "2019-03-15", "2019" for "2019"; a short date written out ("January 2021")
  /// as it is, for the career reader to read; nil for anything else.
  static func date(_ value: String) -> String? {
    if let written = writtenDate(value) { return written }
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), (1900...2100).contains(year)
    else { return nil }
    guard parts.count > 1 else { return String(year) }
    guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
    if parts.count == 3 {
      guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return nil }
    }
    return "\(monthNames[month - 1]) \(year)"
  }

  /// A date not in ISO 8601 but written for people ("January 2021", "Jan 2021"): short, holding a year.
  private static func writtenDate(_ value: String) -> String? {
    let trimmed = value.trimmingCharacters(in: .whitespaces)
    guard trimmed.count <= 20, trimmed.contains(where: \.isLetter),
      trimmed.range(of: #"\b(19|20)\d{2}\b"#, options: .regularExpression) != nil
    else { return nil }
    return trimmed
  }

  private static func year(_ value: String?) -> String? {
    guard let value, let date = date(value) else { return nil }
    return String(date.suffix(4))
  }

  /// A trimmed, non-empty string; other JSON values are not text.
  private static func text(_ value: Any?) -> String? {
    guard let string = value as? String else { return nil }
    let trimmed = string.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }.joined(separator: " ")
    return trimmed.isEmpty ? nil : trimmed
  }

  private static func strings(_ value: Any?) -> [String] {
    (value as? [Any])?.compactMap { text($0) } ?? []
  }

  private static func objects(_ value: Any?) -> [[String: Any]] {
    (value as? [Any])?.compactMap { $0 as? [String: Any] } ?? []
  }

  private static func kind(of value: Any) -> String {
    switch value {
    case is [Any]: return "an array"
    case is String: return "a string"
    case is NSNumber: return "a number"
    default: return "null"
    }
  }

  /// How deeply arrays and objects nest, outside strings.
  static func depth(of utf8: [UInt8]) -> Int {
    var depth = 0
    var deepest = 0
    var inString = false
    var escaped = false
    for byte in utf8 {
      if inString {
        if escaped {
          escaped = false
        } else if byte == 0x5C {
          escaped = true
        } else if byte == 0x22 {
          inString = false
        }
        continue
      }
      switch byte {
      case 0x22: inString = true
      case 0x5B, 0x7B:
        depth += 1
        deepest = max(deepest, depth)
      case 0x5D, 0x7D: depth -= 1
      default: break
      }
    }
    return deepest
  }
}
