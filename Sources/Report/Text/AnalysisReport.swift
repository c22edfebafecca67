import Analysis
import Foundation
import Ingest

/// `jdmatch analyze` output: an 80-column table, Markdown or JSON.
public enum AnalysisReport {
  /// How many competencies the table and Markdown list (all of them appear in JSON).
  static let shownCompetencies = 8

  /// The tables of some analyses for a terminal, one after another.
  ///
  /// - Parameters:
  ///   - analyses: One analysis per posting read.
  ///   - colored: Whether to write ANSI colours and emphasis.
  /// - Returns: The tables, separated by empty lines.
  public static func table(_ analyses: [PostingAnalysis], colored: Bool) -> String {
    analyses.map { table($0, style: TextStyle(colored: colored)) }.joined(separator: "\n")
  }

  /// The same content as Markdown, one section per analysis.
  ///
  /// - Parameter analyses: One analysis per posting read.
  /// - Returns: The sections, separated by empty lines.
  public static func markdown(_ analyses: [PostingAnalysis]) -> String {
    analyses.map(markdown).joined(separator: "\n")
  }

  /// Everything as JSON, evidence included.
  ///
  /// - Parameters:
  ///   - analyses: One analysis per posting read.
  ///   - oneFileNamed: Whether one file was named: then one read gives an object, not an array.
  /// - Returns: The JSON, ending in a newline.
  /// - Throws: The encoder's error.
  public static func json(_ analyses: [PostingAnalysis], oneFileNamed: Bool) throws -> String {
    try JSONOutput.text(analyses, oneFileNamed: oneFileNamed)
  }

  /// The analyses as JSON Lines, one line per input in order: the analysis, or `{"error", "file"}` for an
  /// input that could not be read.
  public static func jsonLines(_ results: [Result<PostingAnalysis, IngestError>]) throws -> String {
    try JSONOutput.lines(results)
  }

  /// The table for a terminal, at most `width` columns wide.
  static func table(_ analysis: PostingAnalysis, style: TextStyle, width: Int = 80) -> String {
    var out = ""
    let heading = [analysis.title ?? "(untitled posting)", analysis.company, analysis.location].compactMap { $0 }
      .joined(separator: " · ")
    out += style.bold(TextLayout.fit(heading, width)) + "\n"
    out += style.dim(TextLayout.fit(analysis.source, width)) + "\n\n"
    if let kind = analysis.kind { out += kindLines(kind, style: style, width: width) }
    let asked = analysis.askedFor
    if asked.isEmpty {
      out += "No competency of the \(analysis.lexicon) lexicon is mentioned.\n"
    } else {
      out += style.underline("Competencies by emphasis") + "\n"
      let nameWidth = 34
      for entry in asked.prefix(shownCompetencies) {
        let share = NumberFormat.fixed(entry.emphasis * 100, 0, width: 3) + "%"
        let bar = TextLayout.pad(TextLayout.bar(entry.emphasis / max(asked[0].emphasis, 0.0001), width: 16), 16)
        let counts =
          entry.requiredMentions > 0
          ? "\(entry.mentions)× (\(entry.requiredMentions) in requirements)" : "\(entry.mentions)×"
        out +=
          style.bold(TextLayout.pad(entry.name, nameWidth)) + " " + share + " " + style.cyan(bar) + " "
          + TextLayout.fit(counts, width - nameWidth - 23) + "\n"
        for evidence in entry.evidence.prefix(2) {
          out +=
            "    " + TextLayout.quote(evidence.sentence, phrase: evidence.phrase, width: width - 4, style: style)
            + "\n"
        }
      }
      if asked.count > shownCompetencies {
        out += style.dim("  …and \(asked.count - shownCompetencies) more (see --format json)\n")
      }
    }
    out += "\n" + style.underline("Requirements") + "\n"
    let lines = RequirementLines.lines(analysis.requirements)
    if lines.isEmpty { out += "  none stated\n" }
    for line in lines {
      out += "  " + TextLayout.pad(line.label, 15) + TextLayout.fit(line.value, width - 17) + "\n"
    }
    return out
  }

  /// "Reads as: job posting (confidence 0.9)" and the evidence, one line each.
  static func kindLines(_ kind: DocumentKindAssessment, style: TextStyle, width: Int) -> String {
    let headline = "Reads as: " + DocumentKindWording.headline(kind)
    var out =
      (kind.setsAside || kind.isDoubtful
        ? style.yellow(TextLayout.fit(headline, width)) : TextLayout.fit(headline, width)) + "\n"
    for evidence in kind.evidence {
      out += style.dim(TextLayout.fit("  " + DocumentKindWording.evidenceLine(evidence), width)) + "\n"
    }
    return out + "\n"
  }

  /// The same content as Markdown.
  static func markdown(_ analysis: PostingAnalysis) -> String {
    let escape = MarkdownEscaping.escape
    var out = "## \(escape(analysis.title ?? "Untitled posting"))\n\n"
    let facts = [analysis.company, analysis.location].compactMap { $0 }.map(escape)
    if !facts.isEmpty { out += facts.joined(separator: " · ") + "\n\n" }
    out += "Source: `\(analysis.source)`\n\n"
    if let kind = analysis.kind {
      out += "**Reads as:** \(escape(DocumentKindWording.headline(kind)))\n\n"
      for evidence in kind.evidence { out += "- \(escape(DocumentKindWording.evidenceLine(evidence)))\n" }
      if !kind.evidence.isEmpty { out += "\n" }
    }
    out += "| Competency | Emphasis | Mentions | Evidence |\n|---|---:|---:|---|\n"
    for entry in analysis.askedFor.prefix(shownCompetencies) {
      let evidence = entry.evidence.first.map { "“\(escape($0.sentence))” (*\(escape($0.phrase))*)" } ?? ""
      out += "| \(escape(entry.name)) | \(NumberFormat.percent(entry.emphasis)) | \(entry.mentions) | \(evidence) |\n"
    }
    out += "\n**Requirements**\n\n"
    let lines = RequirementLines.lines(analysis.requirements)
    if lines.isEmpty { out += "- none stated\n" }
    for line in lines { out += "- **\(line.label):** \(escape(line.value))\n" }
    return out
  }
}
