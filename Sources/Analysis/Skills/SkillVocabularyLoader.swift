import Foundation
import Ingest

/// Reads the skills vocabulary from a folder (`Lexicons/skills/` beside the lexicon): `esco-skills.tsv`,
/// `esco-occupations.tsv` and `technology.tsv`, each a header line and tab-separated rows (see that
/// folder's README). Labels of more than ``maxLabelWords`` words are left out: text rarely says them
/// word for word.
public enum SkillVocabularyLoader {
  /// The folder name looked for beside a lexicon.
  public static let folderName = "skills"
  /// The ESCO skills file.
  public static let escoFile = "esco-skills.tsv"
  /// The ESCO occupations file (essential and optional skills of each).
  public static let occupationsFile = "esco-occupations.tsv"
  /// The technology file.
  public static let technologyFile = "technology.tsv"
  /// Every file of the folder, in the order they are read.
  public static let files = [escoFile, occupationsFile, technologyFile]
  /// Files larger than this are refused.
  public static let maxBytes = 64 * 1_048_576
  /// The longest label kept, in words.
  public static let maxLabelWords = 6
  /// The longest alternative label kept, in words: ESCO's long alternatives are paraphrases text rarely
  /// repeats word for word, and a quarter of the labels.
  public static let maxAlternativeWords = 4

  /// The skills folder of the lexicon at `lexiconPath`.
  public static func path(besideLexicon lexiconPath: String) -> String {
    URL(fileURLWithPath: lexiconPath).deletingLastPathComponent().appendingPathComponent(folderName).path
  }

  /// Loads the vocabulary in `folder`; a missing file is left out (no file at all: an empty vocabulary).
  ///
  /// - Throws: ``LexiconError`` naming the file and the line when a file cannot be read or a row is
  ///   malformed.
  public static func load(folder: String) throws -> SkillVocabulary {
    var skills: [SkillVocabulary.Skill] = []
    var labels: [SkillVocabulary.Label] = []
    var sources: [String] = []
    var escoIndex: [String: Int32] = [:]
    var occupationCount = 0
    // Labels claimed so far, lowercased: the first claim (preferred labels before alternatives) keeps it.
    var claimed: [String: Int32] = [:]

    let escoPath = folder + "/" + escoFile
    var alternatives: [(skill: Int32, text: String)] = []
    if FileManager.default.fileExists(atPath: escoPath) {
      sources.append(escoPath)
      try rows(of: escoPath, columns: 5) { line, fields in
        let index = Int32(skills.count)
        let kind = fields[1].isEmpty ? "skill" : String(fields[1])
        skills.append(
          SkillVocabulary.Skill(
            id: String(fields[0]), name: String(fields[3]), source: .esco, kind: kind, occupations: 0))
        escoIndex[String(fields[0]), default: index] = index
        if keep(fields[3]) {
          let text = String(fields[3])
          if claimed[text.lowercased()] == nil {
            claimed[text.lowercased()] = index
            labels.append(SkillVocabulary.Label(skill: index, text: text, exactCase: false))
          }
        }
        for alternative in list(fields[4]) where keep(alternative, words: maxAlternativeWords) {
          alternatives.append((index, String(alternative)))
        }
      }
    }
    let occupationsPath = folder + "/" + occupationsFile
    if FileManager.default.fileExists(atPath: occupationsPath) {
      sources.append(occupationsPath)
      var counts = [Int](repeating: 0, count: skills.count)
      try rows(of: occupationsPath, columns: 6) { _, fields in
        occupationCount += 1
        for field in [fields[4], fields[5]] {
          for id in field.utf8.split(separator: 0x20) {
            if let index = escoIndex[String(Substring(id))] { counts[Int(index)] += 1 }
          }
        }
      }
      for index in skills.indices { skills[index].occupations = counts[index] }
    }
    let technologyPath = folder + "/" + technologyFile
    var technologyLabels: [SkillVocabulary.Label] = []
    if FileManager.default.fileExists(atPath: technologyPath) {
      sources.append(technologyPath)
      try rows(of: technologyPath, columns: 4) { _, fields in
        let index = Int32(skills.count)
        var skill = SkillVocabulary.Skill(
          id: String(fields[0]), name: String(fields[1]), source: .technology, kind: String(fields[2]), occupations: 0)
        // `case`: "exact" (every label as written) or the forms that must be written as listed ("Go").
        let caseField = fields.count > 4 ? fields[4].trimmingCharacters(in: .whitespaces) : ""
        let exactForms = Set(list(Substring(caseField)).map(String.init))
        // `esco`: ESCO concepts this entry stands for, checked by hand.
        if fields.count > 5 {
          for id in list(fields[5]) {
            for part in id.split(separator: " ") {
              if let esco = escoIndex[String(part)], !skill.esco.contains(esco) {
                skill.esco.append(esco)
                skill.occupations = max(skill.occupations, skills[Int(esco)].occupations)
              }
            }
          }
        }
        var texts = [String(fields[1])]
        texts += list(fields[3]).map(String.init)
        var seen = Set<String>()
        for text in texts where !text.isEmpty && seen.insert(text).inserted {
          // An ESCO concept with the same label is this technology's counterpart: the technology entry
          // takes the label (its aliases and case rule are curated), the ESCO concept is kept for reporting.
          if let esco = claimed[text.lowercased()], skills[Int(esco)].source == .esco {
            if !skill.esco.contains(esco) { skill.esco.append(esco) }
            skill.occupations = max(skill.occupations, skills[Int(esco)].occupations)
          }
          // Only a one-word label is matched exactly as written ("Go"); "Go language" needs no such care.
          technologyLabels.append(
            SkillVocabulary.Label(
              skill: index, text: text,
              exactCase: !text.contains(" ") && (caseField == "exact" || exactForms.contains(text)), literal: true))
        }
        skills.append(skill)
      }
    }
    // Technology labels first, so they win over an ESCO label written the same way; then ESCO's preferred
    // labels, then its alternatives.
    var ordered = technologyLabels
    for label in labels { ordered.append(label) }
    // A one-word alternative label is too often an everyday word in another sense ("design" for "think
    // creatively", "right" for "patents"): only preferred labels may be one word.
    for (skill, text) in alternatives where claimed[text.lowercased()] == nil && text.contains(" ") {
      claimed[text.lowercased()] = skill
      ordered.append(SkillVocabulary.Label(skill: skill, text: text, exactCase: false))
    }
    return SkillVocabulary(skills: skills, labels: ordered, occupationCount: occupationCount, sources: sources)
  }

  /// Whether a label is worth matching: not empty, at most ``maxLabelWords`` words.
  static func keep(_ label: Substring, words limit: Int = maxLabelWords) -> Bool {
    guard !label.isEmpty else { return false }
    var words = 1
    for byte in label.utf8 where byte == 0x20 {
      words += 1
      if words > limit { return false }
    }
    return true
  }

  /// Calls `body` with the fields of each row after the header; rows with fewer than `columns` fields are
  /// refused with their line. The file is split on its bytes (tabs and line feeds), and a field becomes a
  /// `Substring` only when asked for: these files hold a hundred thousand labels.
  static func rows(
    of path: String, columns: Int, _ body: (Int, [Substring]) throws -> Void
  ) throws {
    let bytes: [UInt8]
    do {
      bytes = try FileReader.read(path, limit: maxBytes)
    } catch let error as IngestError {
      throw LexiconError.unreadable(path: path, reason: "\(error)")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw LexiconError.unreadable(path: path, reason: "not UTF-8")
    }
    let utf8 = text.utf8
    var number = 0
    var lineStart = utf8.startIndex
    var fields: [Substring] = []
    fields.reserveCapacity(8)
    while lineStart < utf8.endIndex {
      number += 1
      let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
      defer { lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd }
      guard number > 1, lineStart < lineEnd else { continue }
      fields.removeAll(keepingCapacity: true)
      var fieldStart = lineStart
      var index = lineStart
      while index < lineEnd {
        if utf8[index] == 0x09 {
          fields.append(Substring(text[fieldStart..<index]))
          fieldStart = utf8.index(after: index)
        }
        index = utf8.index(after: index)
      }
      var last = lineEnd
      if last > fieldStart, utf8[utf8.index(before: last)] == 0x0D { last = utf8.index(before: last) }
      fields.append(Substring(text[fieldStart..<last]))
      guard fields.count >= columns else {
        throw LexiconError.invalid(
          path: path,
          problems: [
            LexiconProblem(line: number, message: "expected \(columns) tab-separated fields, found \(fields.count)")
          ])
      }
      try body(number, fields)
    }
  }

  /// The parts of a list field, split at `|` and trimmed.
  static func list(_ field: Substring) -> [Substring] {
    field.utf8.split(separator: 0x7C).compactMap { part in
      var part = Substring(part)
      while part.utf8.first == 0x20 { part = part.dropFirst() }
      while part.utf8.last == 0x20 { part = part.dropLast() }
      return part.isEmpty ? nil : part
    }
  }
}
