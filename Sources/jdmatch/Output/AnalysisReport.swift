import Analysis
import Foundation
import Rainbow

/// `jdmatch analyze` output: an 80-column table, or Markdown.
enum AnalysisReport {
  /// How many competencies the table and Markdown list (all of them appear in JSON).
  static let shownCompetencies = 8

  /// The table for a terminal, at most `width` columns wide.
  static func table(_ analysis: PostingAnalysis, width: Int = 80) -> String {
    var out = ""
    let heading = [analysis.title ?? "(untitled posting)", analysis.company, analysis.location].compactMap { $0 }
      .joined(separator: " · ")
    out += Terminal.fit(heading, width).bold + "\n"
    out += Terminal.fit(analysis.source, width).dim + "\n\n"
    let asked = analysis.askedFor
    if asked.isEmpty {
      out += "No competency of the \(analysis.lexicon) lexicon is mentioned.\n"
    } else {
      out += "Competencies by emphasis".underline + "\n"
      let nameWidth = 34
      for entry in asked.prefix(shownCompetencies) {
        let share = String(format: "%3.0f%%", entry.emphasis * 100)
        let bar = Terminal.pad(Terminal.bar(entry.emphasis / max(asked[0].emphasis, 0.0001), width: 16), 16)
        let counts = entry.requiredMentions > 0
          ? "\(entry.mentions)× (\(entry.requiredMentions) in requirements)" : "\(entry.mentions)×"
        out += Terminal.pad(entry.name, nameWidth).bold + " " + share + " " + bar.cyan + " " + Terminal.fit(counts, width - nameWidth - 23) + "\n"
        for evidence in entry.evidence.prefix(2) {
          out += "    " + Terminal.quote(evidence.sentence, phrase: evidence.phrase, width: width - 4) + "\n"
        }
      }
      if asked.count > shownCompetencies {
        out += "  …and \(asked.count - shownCompetencies) more (see --format json)\n".dim
      }
    }
    out += "\n" + "Requirements".underline + "\n"
    let lines = RequirementLines.lines(analysis.requirements)
    if lines.isEmpty { out += "  none stated\n" }
    for line in lines {
      out += "  " + Terminal.pad(line.label, 15) + Terminal.fit(line.value, width - 17) + "\n"
    }
    return out
  }

  /// The same content as Markdown.
  static func markdown(_ analysis: PostingAnalysis) -> String {
    var out = "## \(escape(analysis.title ?? "Untitled posting"))\n\n"
    let facts = [analysis.company, analysis.location].compactMap { $0 }.map(escape)
    if !facts.isEmpty { out += facts.joined(separator: " · ") + "\n\n" }
    out += "Source: `\(analysis.source)`\n\n"
    out += "| Competency | Emphasis | Mentions | Evidence |\n|---|---:|---:|---|\n"
    for entry in analysis.askedFor.prefix(shownCompetencies) {
      let evidence = entry.evidence.first.map { "“\(escape($0.sentence))” (*\(escape($0.phrase))*)" } ?? ""
      out += "| \(escape(entry.name)) | \(String(format: "%.0f%%", entry.emphasis * 100)) | \(entry.mentions) | \(evidence) |\n"
    }
    out += "\n**Requirements**\n\n"
    let lines = RequirementLines.lines(analysis.requirements)
    if lines.isEmpty { out += "- none stated\n" }
    for line in lines { out += "- **\(line.label):** \(escape(line.value))\n" }
    return out
  }

  /// Markdown-safe text: table pipes and emphasis markers escaped, newlines flattened.
  static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "|", "*", "_", "`", "[", "]", "<", ">", "\\": escaped += "\\" + String(character)
      case "\n": escaped += " "
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
