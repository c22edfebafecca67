import CSV
import Foundation
import Matching

/// `jdmatch rank` output in every format.
public enum RankingReport {
  /// The ranking as a table for a terminal: one line per entry and one for its file, gaps and copies.
  ///
  /// - Parameters:
  ///   - ranking: The ranking, in score order.
  ///   - colored: Whether to write ANSI colours and emphasis.
  ///   - width: The terminal's width in columns.
  /// - Returns: The table, then the skipped files.
  public static func table(_ ranking: Ranking, colored: Bool, width: Int = 80) -> String {
    let ranking = worded(ranking)
    let style = TextStyle(colored: colored)
    var out = style.bold(summary(ranking)) + "\n\n"
    out += style.underline("   # Score Band    Title                          Company            Location\n")
    for entry in ranking.entries {
      let band = bandText(entry.band, style: style)
      out +=
        String(format: "%4d %5d ", entry.rank, entry.score) + band
        + String(repeating: " ", count: 8 - entry.band.rawValue.count)
        + TextLayout.pad(entry.title ?? "—", 30) + " " + TextLayout.pad(entry.company ?? "—", 18) + " "
        + TextLayout.fit(entry.location ?? "—", max(4, width - 65)) + "\n"
      var detail = entry.file
      if !entry.topGaps.isEmpty { detail += " · gaps: " + entry.topGaps.joined(separator: ", ") }
      if !entry.duplicates.isEmpty { detail += " · also saved as " + entry.duplicates.joined(separator: ", ") }
      out += "           " + style.dim(TextLayout.fit(detail, width - 11)) + "\n"
      if let note = entry.kindNote {
        out +=
          "           " + style.yellow(TextLayout.fit("! " + DocumentKindWording.entryNote(note), width - 11)) + "\n"
      }
    }
    out += skippedLines(ranking, style: style)
    return out
  }

  /// The ranking as a Markdown table, then the skipped files.
  ///
  /// - Parameter ranking: The ranking, in score order.
  /// - Returns: The Markdown.
  public static func markdown(_ ranking: Ranking) -> String {
    let ranking = worded(ranking)
    var out = "## \(MarkdownEscaping.escape(summary(ranking)))\n\n"
    out += "| # | Score | Band | Title | Company | Location | File | Top gaps |\n|---:|---:|---|---|---|---|---|---|\n"
    for entry in ranking.entries {
      let cells = [
        "\(entry.rank)", "\(entry.score)", entry.band.rawValue, entry.title ?? "", entry.company ?? "",
        entry.location ?? "",
        entry.file + (entry.kindNote.map { " (" + DocumentKindWording.entryNote($0) + ")" } ?? ""),
        entry.topGaps.joined(separator: ", "),
      ].map(MarkdownEscaping.escape)
      out += "| " + cells.joined(separator: " | ") + " |\n"
    }
    if !ranking.skipped.isEmpty {
      out +=
        "\n**Skipped**\n\n" + ranking.skipped.map { "- `\($0.file)`: \(MarkdownEscaping.escape($0.reason))\n" }.joined()
    }
    return out
  }

  /// The ranking as CSV: one row per ranked file, then one per skipped file (rank empty, reason filled).
  ///
  /// - Parameter ranking: The ranking, in score order.
  /// - Returns: The CSV with a header row, ending in a newline.
  /// - Throws: The CSV writer's error.
  public static func csv(_ ranking: Ranking) throws -> String {
    let ranking = worded(ranking)
    let writer = try CSVWriter(stream: .toMemory())
    try writer.write(row: [
      "rank", "score", "band", "title", "company", "location", "file", "top_gaps", "duplicates", "skipped_reason",
    ])
    for entry in ranking.entries {
      try writer.write(row: [
        "\(entry.rank)", "\(entry.score)", entry.band.rawValue, entry.title ?? "", entry.company ?? "",
        entry.location ?? "", entry.file, entry.topGaps.joined(separator: "; "),
        entry.duplicates.joined(separator: "; "), "",
      ])
    }
    for skipped in ranking.skipped {
      try writer.write(row: ["", "", "", "", "", "", skipped.file, "", "", skipped.reason])
    }
    writer.stream.close()
    let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// The ranking as JSON, with the full fit of each entry that carries one.
  ///
  /// - Parameter ranking: The ranking, in score order.
  /// - Returns: The JSON, ending in a newline.
  /// - Throws: The encoder's error.
  public static func json(_ ranking: Ranking) throws -> String {
    try JSONOutput.text(worded(ranking))
  }

  /// The ranking as one self-contained HTML page (see ``HTMLReport``).
  ///
  /// - Parameter ranking: The ranking, in score order.
  /// - Returns: The whole HTML document.
  public static func html(_ ranking: Ranking) -> String {
    HTMLReport.render(worded(ranking))
  }

  /// "12 postings ranked for FILE", with how many are shown, folded and skipped.
  static func summary(_ ranking: Ranking) -> String {
    let what = ranking.mode.rankedItems
    let duplicates = ranking.scannedCount - ranking.rankedCount
    let ranked = ranking.rankedCount
    var text = "\(ranked) \(what) ranked for \(ranking.subject)"
    if ranking.entries.count < ranked { text += " (best \(ranking.entries.count) shown)" }
    if duplicates > 0 { text += ", \(duplicates) duplicate\(duplicates == 1 ? "" : "s") folded" }
    if !ranking.skipped.isEmpty { text += ", \(ranking.skipped.count) skipped" }
    return text
  }

  private static func skippedLines(_ ranking: Ranking, style: TextStyle) -> String {
    guard !ranking.skipped.isEmpty else { return "" }
    return "\n" + style.underline("Skipped") + "\n" + ranking.skipped.map { "  \($0.file): \($0.reason)\n" }.joined()
  }

  private static func bandText(_ band: FitBand, style: TextStyle) -> String {
    switch band {
    case .strong: return style.apply(band.rawValue, .green, .bold)
    case .good: return style.green(band.rawValue)
    case .fair: return style.yellow(band.rawValue)
    case .weak: return style.red(band.rawValue)
    case .poor: return style.apply(band.rawValue, .red, .dim)
    }
  }
}
