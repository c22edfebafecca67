import Foundation
import Matching

/// `jdmatch compare` output in every format: the versions of a resume side by side over a batch of postings.
public enum ComparisonReport {
  /// The letter that stands for version `index` (A, B, … Z, then V27…).
  public static func letter(_ index: Int) -> String {
    index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : "V\(index + 1)"
  }

  /// "2 versions compared over 18 postings: 3 scores move, 1 changes band", with the skipped count.
  static func summary(_ comparison: VersionComparison) -> String {
    let postings = comparison.rows.count
    var text =
      "\(comparison.versions.count) resume versions compared over \(postings) \(Wording.plural("posting", postings)): "
      + "\(comparison.movedCount) \(comparison.movedCount == 1 ? "score moves" : "scores move"), "
      + "\(comparison.bandChangeCount) \(comparison.bandChangeCount == 1 ? "changes" : "change") band"
    if !comparison.skipped.isEmpty { text += ", \(comparison.skipped.count) skipped" }
    return text
  }

  /// The winner's letter, or "tie".
  static func winner(_ row: VersionComparison.Row) -> String {
    row.winner.map(letter) ?? "tie"
  }

  /// The band, or each version's band when they differ ("Good → Strong").
  static func bands(_ row: VersionComparison.Row) -> String {
    row.changesBand ? row.bands.map(\.rawValue).joined(separator: " → ") : row.bands.first?.rawValue ?? ""
  }

  /// "Skills 10.2 → 12.3 points", "Level ×0.90 → ×1.00" for each part that moved.
  static func parts(_ row: VersionComparison.Row) -> [String] {
    row.parts.map { part in
      let numbers =
        part.isFactor
        ? part.values.map { "×" + NumberFormat.fixed($0, 2) }
        : part.points.map { NumberFormat.fixed($0, 1) }
      return part.kind.displayName + " " + numbers.joined(separator: " → ") + (part.isFactor ? "" : " points")
    }
  }

  /// "HIPAA (B)" for each skill that some versions show: the letters of those that do.
  static func skills(_ row: VersionComparison.Row) -> [String] {
    row.skills.map { skill in
      let showing = skill.shown.indices.filter { skill.shown[$0] }.map(letter)
      return skill.name + " (" + (showing.isEmpty ? "none" : showing.joined(separator: ", ")) + ")"
    }
  }

  /// The postings a version is best for: "Title (Company)", the file's name when untitled.
  static func bestFor(_ summary: VersionComparison.VersionSummary, in comparison: VersionComparison) -> [String] {
    summary.bestFor.map { file in
      let row = comparison.rows.first { $0.file == file }
      guard let title = row?.title else { return Wording.fileName(file) }
      return row?.company.map { "\(title) (\($0))" } ?? title
    }
  }

  /// The comparison with each set-aside file's reason in words.
  static func worded(_ comparison: VersionComparison) -> VersionComparison {
    var comparison = comparison
    for index in comparison.skipped.indices where comparison.skipped[index].isSetAside {
      comparison.skipped[index].reason = RankingReport.reason(comparison.skipped[index])
    }
    return comparison
  }

  /// The comparison as a table for a terminal: the versions, a line per version (mean, wins, best for), then
  /// per posting the scores side by side, the winner, the band, title and company, and a line for the file
  /// and what moved.
  ///
  /// - Parameters:
  ///   - comparison: The comparison.
  ///   - colored: Whether to write ANSI colours and emphasis.
  ///   - width: The terminal's width; nil for no limit. The file path is never cut.
  ///   - listsSkipped: Whether to end with the skipped files.
  /// - Returns: The table.
  public static func table(
    _ comparison: VersionComparison, colored: Bool, width: Int? = 80, listsSkipped: Bool = true
  ) -> String {
    let comparison = worded(comparison)
    let style = TextStyle(colored: colored)
    var out = style.bold(summary(comparison)) + "\n\n"
    for (index, file) in comparison.versions.enumerated() { out += "  \(letter(index))  \(file)\n" }
    out += "\n" + style.underline("Version  Mean  Wins  Best for") + "\n"
    for (index, version) in comparison.summaries.enumerated() {
      let best = bestFor(version, in: comparison)
      let text = best.isEmpty ? "—" : best.joined(separator: ", ")
      let lead =
        TextLayout.pad(letter(index), 7) + " " + NumberFormat.fixed(version.meanScore, 1, width: 5)
        + String(format: " %5d  ", version.wins)
      out += lead + (width.map { TextLayout.fit(text, $0 - lead.count) } ?? text) + "\n"
    }
    if comparison.ties > 0 { out += "No single best version on \(comparison.ties) of \(comparison.rows.count).\n" }
    let scoreWidth = 4
    let lead =
      comparison.versions.indices.map {
        TextLayout.pad(String(repeating: " ", count: scoreWidth - 1) + letter($0), scoreWidth)
      }
      .joined() + " Winner Band            "
    let columns = [
      ("Title", comparison.rows.map { $0.title ?? "—" }, 12), ("Company", comparison.rows.map { $0.company ?? "—" }, 8),
    ]
    let widths = TextLayout.columnWidths(
      natural: columns.map { column in column.1.reduce(column.0.count) { max($0, $1.count) } },
      minimum: columns.map(\.2), available: width.map { $0 - lead.count - 1 })
    out +=
      "\n" + style.underline(lead + TextLayout.pad("Title", widths[0]) + " " + TextLayout.fit("Company", widths[1]))
    out += "\n"
    for (rowIndex, row) in comparison.rows.enumerated() {
      let scores = row.scores.enumerated().map { index, score in
        let cell = String(format: "%\(scoreWidth)d", score)
        return index == row.winner ? style.bold(cell) : cell
      }.joined()
      out +=
        scores + " " + TextLayout.pad(winner(row), 6) + " " + TextLayout.pad(bands(row), 15) + " "
        + TextLayout.pad(columns[0].1[rowIndex], widths[0]) + " " + TextLayout.fit(columns[1].1[rowIndex], widths[1])
        + "\n"
      var notes = parts(row)
      let moved = skills(row)
      if !moved.isEmpty { notes.append("skills shown: " + moved.joined(separator: ", ")) }
      let indent = String(repeating: " ", count: 6)
      out += indent + style.dim(row.file) + "\n"
      for note in notes {
        out += indent + "  " + style.dim(width.map { TextLayout.fit(note, $0 - indent.count - 2) } ?? note) + "\n"
      }
    }
    if listsSkipped, !comparison.skipped.isEmpty {
      out += "\n" + style.underline("Skipped") + "\n"
      out += comparison.skipped.map { "  \($0.file): \($0.reason)\n" }.joined()
    }
    return out
  }

  /// The comparison as Markdown: the versions, the summary per version, then a table of the postings.
  ///
  /// - Parameter comparison: The comparison.
  /// - Returns: The Markdown.
  public static func markdown(_ comparison: VersionComparison) -> String {
    let comparison = worded(comparison)
    let escape = MarkdownEscaping.escape
    var out = "## \(escape(summary(comparison)))\n\n"
    out += "| Version | File | Mean score | Wins | Best for |\n|---|---|---:|---:|---|\n"
    for (index, version) in comparison.summaries.enumerated() {
      let best = bestFor(version, in: comparison)
      let cells = [
        letter(index), version.file, NumberFormat.fixed(version.meanScore, 1), "\(version.wins)",
        best.isEmpty ? "—" : best.joined(separator: ", "),
      ]
      out += "| " + cells.map(escape).joined(separator: " | ") + " |\n"
    }
    let letters = comparison.versions.indices.map(letter)
    let headers = letters + ["Winner", "Band", "Title", "Company", "File", "Parts moved", "Skills shown"]
    out += "\n| " + headers.joined(separator: " | ") + " |\n"
    out += "|" + String(repeating: "---:|", count: letters.count) + String(repeating: "---|", count: 7) + "\n"
    for row in comparison.rows {
      let scores = row.scores.enumerated().map { index, score in index == row.winner ? "**\(score)**" : "\(score)" }
      let cells =
        [
          winner(row), bands(row), row.title ?? "", row.company ?? "", row.file, parts(row).joined(separator: "; "),
          skills(row).joined(separator: "; "),
        ].map(escape)
      out += "| " + (scores + cells).joined(separator: " | ") + " |\n"
    }
    if !comparison.skipped.isEmpty {
      out += "\n**Skipped**\n\n" + comparison.skipped.map { "- `\($0.file)`: \(escape($0.reason))\n" }.joined()
    }
    return out
  }

  /// The comparison as CSV: one row per posting (each version's score and band, the winner, whether the band
  /// changes, the parts and skills that moved), then one per skipped file.
  ///
  /// - Parameter comparison: The comparison.
  /// - Returns: The CSV with a header row, ending in a newline.
  public static func csv(_ comparison: VersionComparison) -> String {
    let comparison = worded(comparison)
    var writer = CSVText()
    let letters = comparison.versions.indices.map(letter)
    writer.append(
      row: ["file", "title", "company", "location"] + letters.map { "score_\($0)" } + letters.map { "band_\($0)" } + [
        "winner", "winner_file", "changes_band", "parts_moved", "skills_moved", "skipped_reason",
      ])
    for row in comparison.rows {
      let identity: [String] = [row.file, row.title ?? "", row.company ?? "", row.location ?? ""]
      let scores: [String] = row.scores.map { "\($0)" } + row.bands.map(\.rawValue)
      let outcome: [String] = [
        row.winner.map(letter) ?? "", row.winner.map { comparison.versions[$0] } ?? "",
        row.changesBand ? "yes" : "no", parts(row).joined(separator: "; "), skills(row).joined(separator: "; "), "",
      ]
      writer.append(row: identity + scores + outcome)
    }
    let blanks = Array(repeating: "", count: 3 + letters.count * 2 + 5)
    for skipped in comparison.skipped { writer.append(row: [skipped.file] + blanks + [skipped.reason]) }
    return writer.text + "\n"
  }

  /// The comparison as JSON: the typed comparison, each version's letter beside its file.
  ///
  /// - Parameter comparison: The comparison.
  /// - Returns: The JSON, ending in a newline.
  /// - Throws: The encoder's error.
  public static func json(_ comparison: VersionComparison) throws -> String {
    try JSONOutput.text(worded(comparison))
  }

  /// The comparison as one self-contained HTML page.
  ///
  /// - Parameter comparison: The comparison.
  /// - Returns: The whole HTML document.
  public static func html(_ comparison: VersionComparison) -> String {
    let page = ComparisonPage(comparison: worded(comparison))
    return PageShell.document(title: page.title, body: page.body(), sortableTable: true)
  }
}
