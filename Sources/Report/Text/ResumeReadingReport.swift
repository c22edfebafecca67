import Analysis
import Foundation
import Ingest
import Requirements

/// `jdmatch analyze --resume` output: what was read from each resume, as a table, Markdown or JSON.
public enum ResumeReadingReport {
  /// The tables of some readings for a terminal, one after another.
  ///
  /// - Parameters:
  ///   - readings: One reading per resume.
  ///   - colored: Whether to write ANSI colours and emphasis.
  /// - Returns: The tables, separated by empty lines.
  public static func table(_ readings: [ResumeReading], colored: Bool) -> String {
    readings.map { table($0, style: TextStyle(colored: colored)) }.joined(separator: "\n")
  }

  /// The same content as Markdown, one section per resume.
  ///
  /// - Parameter readings: One reading per resume.
  /// - Returns: The sections, separated by empty lines.
  public static func markdown(_ readings: [ResumeReading]) -> String {
    readings.map(markdown).joined(separator: "\n")
  }

  /// Everything as JSON: one object per resume (an array for several).
  ///
  /// - Parameters:
  ///   - readings: One reading per resume.
  ///   - oneFileNamed: Whether one file was named: then one reading gives an object, not an array.
  /// - Returns: The JSON, ending in a newline.
  /// - Throws: The encoder's error.
  public static func json(_ readings: [ResumeReading], oneFileNamed: Bool) throws -> String {
    try JSONOutput.text(readings.map(JSONReading.init), oneFileNamed: oneFileNamed)
  }

  /// The readings as JSON Lines, one line per input in order (the object ``json(_:oneFileNamed:)`` gives for
  /// each), or `{"error", "file"}` for an input that could not be read.
  public static func jsonLines(_ results: [Result<ResumeReading, IngestError>]) throws -> String {
    try JSONOutput.lines(results.map { $0.map(JSONReading.init) })
  }

  // MARK: - Words

  /// "2019-03", "2019" or "present".
  static func start(_ role: CareerHistory.Role) -> String {
    month(role.startMonth, withMonth: role.startHasMonth)
  }

  /// The last month: "2021-06", "2021" or "present". A closed range's end month is stored as the month after.
  static func end(_ role: CareerHistory.Role) -> String {
    role.isCurrent ? "present" : month(role.endMonth - 1, withMonth: role.endHasMonth)
  }

  static func month(_ number: Int, withMonth: Bool) -> String {
    let year = number / 12
    let month = number % 12 + 1
    return withMonth ? String(format: "%04d-%02d", year, month) : String(format: "%04d", year)
  }

  /// The level as the JSON names it: intern/junior, mid, senior, lead/manager, director/head, vp/chief.
  static func level(_ rung: Int?) -> String? {
    rung.map { RoleProfile.rungName($0).lowercased() }
  }

  static func warning(_ warning: ResumeReading.Warning) -> String {
    switch warning {
    case .fewWords(let count): return "only \(count) word\(count == 1 ? "" : "s") read"
    case .noDatedRoles: return "no dated roles found"
    case .notEnglish(let code):
      return "this resume seems to be in \(languageName(code)); only English is read"
    }
  }

  /// What "Present" was counted to and why: "2020-03 (PDF creation date)", "2026-12 (today)".
  static func asOfLine(_ asOf: AsOf) -> String {
    "\(asOf.text) (\(asOfReason(asOf)))"
  }

  /// What the as-of month was taken from: "PDF creation date", "date printed on the resume: “Updated March
  /// 2020”", "--as-of", "today"; with the resume's own dates that were not used and why.
  static func asOfReason(_ asOf: AsOf) -> String {
    let reason: String
    switch asOf.basis {
    case .given: reason = "--as-of"
    case .today: reason = "today"
    case .document(let date): reason = dateName(date)
    }
    let skipped = asOf.skipped.map { skipped in
      let why = skipped.reason == .future ? "in the future" : "before the roles' latest date"
      return "\(dateName(skipped.date)) \(skipped.date.text) ignored, \(why)"
    }
    return ([reason] + skipped).joined(separator: "; ")
  }

  /// Where a document's date was read: "PDF creation date", "Word file's last-saved date".
  static func dateName(_ date: DocumentDate) -> String {
    switch date.source {
    case .printed: return "date printed on the resume: “\(date.evidence)”"
    case .pdfMetadata: return date.evidence == "ModDate" ? "PDF modification date" : "PDF creation date"
    case .docxMetadata:
      return date.evidence == "dcterms:created" ? "Word file's creation date" : "Word file's last-saved date"
    case .jsonResumeMeta: return "JSON Resume meta.lastModified"
    case .frontMatter: return "front matter \(date.evidence)"
    case .htmlMeta: return "page metadata \(date.evidence)"
    }
  }

  static func languageName(_ code: String) -> String {
    [
      "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "nl": "Dutch",
    ][code] ?? code
  }

  static func familyReason(_ reading: ResumeReading) -> String? {
    guard let first = reading.role.families.first else { return nil }
    let source = reading.role.familySource ?? "titles held"
    return "\(source): “\(first.title)” (\(NumberFormat.percent(first.share)) of the weight)"
  }

  static func roleLine(_ role: CareerHistory.Role) -> String {
    let dates = "\(start(role)) – \(end(role))"
    return [role.title, role.employer, dates].compactMap { $0 }.joined(separator: " · ")
  }

  static func degreeLine(_ degree: DegreeRequirement) -> String {
    degree.field.map { "\(degree.level.rawValue), \($0)" } ?? degree.level.rawValue
  }

  // MARK: - Table

  static func table(_ reading: ResumeReading, style: TextStyle, width: Int = 80) -> String {
    var out = style.bold(TextLayout.fit(reading.title ?? "(untitled resume)", width)) + "\n"
    out += style.dim(TextLayout.fit(reading.source, width)) + "\n\n"
    for warning in reading.warnings { out += style.yellow("! " + Self.warning(warning)) + "\n" }
    if !reading.warnings.isEmpty { out += "\n" }
    if let kind = reading.kind { out += AnalysisReport.kindLines(kind, style: style, width: width) }
    func fact(_ label: String, _ value: String?) {
      out += "  " + TextLayout.pad(label, 18) + TextLayout.fit(value ?? "—", width - 20) + "\n"
    }
    fact("Current title", reading.currentTitle)
    fact("Family", reading.role.primaryFamily.map { f in familyReason(reading).map { "\(f) (\($0))" } ?? f })
    fact("Level", level(reading.role.rung).map { l in reading.role.rungSource.map { "\(l) (\($0))" } ?? l })
    fact("Years", CareerHistory.describe(years: reading.yearsExperience))
    if let asOf = reading.asOf { fact("Counted to", asOfLine(asOf)) }
    fact("Language", languageName(reading.language))
    fact("Words", String(reading.wordCount))
    out += "\n" + style.underline("Roles") + "\n"
    if reading.roles.isEmpty { out += "  none found\n" }
    for role in reading.roles {
      out += "  " + style.bold(TextLayout.fit(roleLine(role), width - 2)) + "\n"
      out += "    " + style.dim(TextLayout.fit(role.line, width - 4)) + "\n"
    }
    if !reading.otherEntries.isEmpty {
      out += "\n" + style.underline("Not counted as employment") + "\n"
      for entry in reading.otherEntries {
        let kind = ResumeReading.EntryKind.of(section: entry.section).rawValue
        out += "  " + TextLayout.fit("\(roleLine(entry)) (\(kind))", width - 2) + "\n"
      }
    }
    out += "\n" + style.underline("Degrees") + "\n"
    if reading.degrees.isEmpty { out += "  none found\n" }
    for degree in reading.degrees { out += "  " + TextLayout.fit(degreeLine(degree), width - 2) + "\n" }
    if !reading.certifications.isEmpty {
      out += "\n" + style.underline("Certifications") + "\n"
      for certification in reading.certifications { out += "  " + TextLayout.fit(certification.name, width - 2) + "\n" }
    }
    out += "\n" + style.underline("Skills") + "\n"
    // " · " between names: some ESCO labels hold commas ("promote ideas, products, services").
    let skills = reading.skills.isEmpty ? "none found" : reading.skills.map(\.name).joined(separator: " · ")
    out += "  " + TextLayout.wrap(skills, width: width - 2, indent: "  ")
    out += "\n" + style.underline("Sections") + "\n"
    let sections = reading.sections.isEmpty ? "none" : reading.sections.joined(separator: " · ")
    out += "  " + TextLayout.fit(sections, width - 2) + "\n"
    return out
  }

  // MARK: - Markdown

  static func markdown(_ reading: ResumeReading) -> String {
    let escape = MarkdownEscaping.escape
    var out = "## \(escape(reading.title ?? "Untitled resume"))\n\nSource: `\(reading.source)`\n\n"
    for warning in reading.warnings { out += "> **Warning:** \(escape(Self.warning(warning)))\n\n" }
    out += "- **Current title:** \(escape(reading.currentTitle ?? "—"))\n"
    out += "- **Family:** \(escape(reading.role.primaryFamily ?? "—"))"
    if let reason = familyReason(reading) { out += " (\(escape(reason)))" }
    out += "\n- **Level:** \(escape(level(reading.role.rung) ?? "—"))"
    if let reason = reading.role.rungSource { out += " (\(escape(reason)))" }
    out += "\n- **Years of experience:** \(CareerHistory.describe(years: reading.yearsExperience))"
    if let asOf = reading.asOf { out += ", counted to \(escape(asOfLine(asOf)))" }
    out += "\n"
    out += "- **Language:** \(languageName(reading.language)) · \(reading.wordCount) words\n\n"
    out += "| Title | Employer | Start | End | Line |\n|---|---|---|---|---|\n"
    for role in reading.roles {
      out +=
        "| \(escape(role.title)) | \(escape(role.employer ?? "")) | \(start(role)) | \(end(role)) | "
        + "\(escape(role.line)) |\n"
    }
    if !reading.otherEntries.isEmpty {
      out += "\n**Not counted as employment**\n\n"
      for entry in reading.otherEntries {
        out += "- \(escape(roleLine(entry))) (\(ResumeReading.EntryKind.of(section: entry.section).rawValue))\n"
      }
    }
    out += "\n**Degrees**\n\n"
    if reading.degrees.isEmpty { out += "- none found\n" }
    for degree in reading.degrees { out += "- \(escape(degreeLine(degree)))\n" }
    if !reading.certifications.isEmpty {
      out += "\n**Certifications**\n\n"
      for certification in reading.certifications { out += "- \(escape(certification.name))\n" }
    }
    out +=
      "\n**Skills:** \(escape(reading.skills.isEmpty ? "none found" : reading.skills.map(\.name).joined(separator: " · ")))\n"
    out += "\n**Sections:** \(escape(reading.sections.joined(separator: " · ")))\n"
    return out
  }
}

/// The JSON shape of a reading: keys the benchmark and scripts rely on, dates as text.
private struct JSONReading: Encodable {
  struct Role: Encodable {
    var title: String
    var employer: String?
    var start: String
    var end: String
    var line: String
    var level: String?
    var section: String?
    var kind: String?

    init(_ role: CareerHistory.Role, kind: String? = nil) {
      title = role.title
      employer = role.employer
      start = ResumeReadingReport.start(role)
      end = ResumeReadingReport.end(role)
      line = role.line
      level = role.seniority.map { ResumeReadingReport.level(RoleReader.rung($0)) ?? "" }
      section = role.section
      self.kind = kind
    }

    enum CodingKeys: String, CodingKey {
      case title, employer, start, end, line, level, section, kind
    }

    /// Writes `employer`, `level` and `section` as `null` when unknown; `kind` only for other entries.
    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(title, forKey: .title)
      try container.encode(employer, forKey: .employer)
      try container.encode(start, forKey: .start)
      try container.encode(end, forKey: .end)
      try container.encode(line, forKey: .line)
      try container.encode(level, forKey: .level)
      try container.encode(section, forKey: .section)
      try container.encodeIfPresent(kind, forKey: .kind)
    }
  }
  struct Degree: Encodable {
    var level: String
    var field: String?

    enum CodingKeys: String, CodingKey {
      case level, field
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(level, forKey: .level)
      try container.encode(field, forKey: .field)
    }
  }

  var source: String
  var title: String?
  var roles: [Role]
  var otherEntries: [Role]
  var currentTitle: String?
  var family: String?
  var familyReason: String?
  var level: String?
  var levelReason: String?
  var yearsExperience: Double
  var asOf: String?
  var asOfSource: String?
  var asOfReason: String?
  var degrees: [Degree]
  var certifications: [String]
  var sections: [String]
  var language: String
  var wordCount: Int
  var warnings: [String]
  var kind: DocumentKindAssessment?
  var skills: [Skill]

  /// A skill shown, with the words as written and the sentence that shows it.
  struct Skill: Encodable {
    var name: String
    var id: String
    var weight: Double
    var mentions: Int
    var phrase: String?
    var evidence: String?
    /// The month of the latest dated role that shows it (YYYY-MM), when it is shown only in dated roles.
    var lastUsed: String?
  }

  init(_ reading: ResumeReading) {
    source = reading.source
    title = reading.title
    roles = reading.roles.map { Role($0) }
    otherEntries = reading.otherEntries.map {
      Role($0, kind: ResumeReading.EntryKind.of(section: $0.section).rawValue)
    }
    currentTitle = reading.currentTitle
    family = reading.role.primaryFamily
    familyReason = ResumeReadingReport.familyReason(reading)
    level = ResumeReadingReport.level(reading.role.rung)
    levelReason = reading.role.rungSource
    yearsExperience = reading.yearsExperience
    asOf = reading.asOf?.text
    asOfSource = reading.asOf?.sourceName
    asOfReason = reading.asOf.map(ResumeReadingReport.asOfReason)
    degrees = reading.degrees.map { Degree(level: $0.level.rawValue, field: $0.field) }
    certifications = reading.certifications.map(\.name)
    sections = reading.sections
    language = reading.language
    wordCount = reading.wordCount
    warnings = reading.warnings.map(ResumeReadingReport.warning)
    kind = reading.kind
    skills = reading.skills.map {
      Skill(
        name: $0.name, id: $0.id, weight: ($0.weight * 100).rounded() / 100, mentions: $0.mentions, phrase: $0.phrase,
        evidence: $0.evidence, lastUsed: $0.lastUsed.map { ResumeReadingReport.month($0, withMonth: true) })
    }
  }

  enum CodingKeys: String, CodingKey {
    case source, title, roles, otherEntries, currentTitle, family, familyReason, level, levelReason
    case yearsExperience, asOf, asOfSource, asOfReason, degrees, certifications, sections, language, wordCount
    case warnings, kind, skills
  }

  /// Writes every key, `null` included, so consumers always see the full shape.
  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(source, forKey: .source)
    try container.encode(title, forKey: .title)
    try container.encode(roles, forKey: .roles)
    try container.encode(otherEntries, forKey: .otherEntries)
    try container.encode(currentTitle, forKey: .currentTitle)
    try container.encode(family, forKey: .family)
    try container.encode(familyReason, forKey: .familyReason)
    try container.encode(level, forKey: .level)
    try container.encode(levelReason, forKey: .levelReason)
    try container.encode(yearsExperience, forKey: .yearsExperience)
    try container.encode(asOf, forKey: .asOf)
    try container.encode(asOfSource, forKey: .asOfSource)
    try container.encode(asOfReason, forKey: .asOfReason)
    try container.encode(degrees, forKey: .degrees)
    try container.encode(certifications, forKey: .certifications)
    try container.encode(sections, forKey: .sections)
    try container.encode(language, forKey: .language)
    try container.encode(wordCount, forKey: .wordCount)
    try container.encode(warnings, forKey: .warnings)
    try container.encode(kind, forKey: .kind)
    try container.encode(skills, forKey: .skills)
  }
}
