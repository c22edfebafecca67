import Analysis
import Foundation
import Matching

/// `jdmatch rank` output in every format.
public enum RankingReport {
  /// The ranking as a table for a terminal: one line per entry and one for its file, gaps and copies.
  ///
  /// The columns share the width; the file path is never cut (it is the way back to the file), and with no
  /// width nothing is cut at all.
  ///
  /// - Parameters:
  ///   - ranking: The ranking, in score order.
  ///   - colored: Whether to write ANSI colours and emphasis.
  ///   - width: The terminal's width in columns; nil for no limit (output to a file or a pipe).
  ///   - listsSkipped: Whether to end with the skipped files (the CLI lists them on stderr when the table
  ///     goes to the same terminal).
  /// - Returns: The table, then the skipped files.
  public static func table(_ ranking: Ranking, colored: Bool, width: Int? = 80, listsSkipped: Bool = true) -> String {
    let ranking = worded(ranking)
    let style = TextStyle(colored: colored)
    var out = style.bold(summary(ranking)) + "\n"
    if !ranking.entries.isEmpty {
      let columns = tableColumns(ranking)
      let lead = "   # Score Band    "
      let widths = TextLayout.columnWidths(
        natural: columns.map { column in column.cells.reduce(column.header.count) { max($0, $1.count) } },
        minimum: columns.map(\.minimum),
        available: width.map { $0 - lead.count - (columns.count - 1) })
      func line(_ cells: [String]) -> String {
        zip(cells, widths).enumerated().map { index, pair in
          index == cells.count - 1 ? TextLayout.fit(pair.0, pair.1) : TextLayout.pad(pair.0, pair.1)
        }.joined(separator: " ")
      }
      out += "\n" + style.underline(lead + line(columns.map(\.header))) + "\n"
      for (index, entry) in ranking.entries.enumerated() {
        let band = bandText(entry.band, style: style)
        out +=
          String(format: "%4d %5d ", entry.rank, entry.score) + band
          + String(repeating: " ", count: 8 - entry.band.rawValue.count) + line(columns.map { $0.cells[index] }) + "\n"
        var notes: [String] = []
        if !entry.topGaps.isEmpty { notes.append("gaps: " + entry.topGaps.joined(separator: ", ")) }
        if !entry.duplicates.isEmpty { notes.append("also saved as " + entry.duplicates.joined(separator: ", ")) }
        // The posting's URL (a row of a file of postings) goes with its file, neither ever cut.
        let file = entry.url.map { entry.file + " · " + $0 } ?? entry.file
        out += detailLines(file: file, notes: notes, width: width, style: style)
        if let note = entry.kindNote {
          let text = "! " + DocumentKindWording.entryNote(note)
          out += "           " + style.yellow(width.map { TextLayout.fit(text, $0 - 11) } ?? text) + "\n"
        }
      }
    }
    if listsSkipped { out += skippedLines(ranking, style: style) }
    return out
  }

  /// A column of the terminal table: its header, one cell per entry, and the narrowest it may be cut to.
  private struct Column {
    var header: String
    var cells: [String]
    var minimum: Int
  }

  private static func tableColumns(_ ranking: Ranking) -> [Column] {
    let entries = ranking.entries
    guard ranking.mode == .postingsForResume else {
      let fields = entries.map(candidateFields)
      return [
        Column(header: "Candidate", cells: fields.map(\.name), minimum: 12),
        Column(
          header: "Current title", cells: fields.map { $0.currentTitle.isEmpty ? "—" : $0.currentTitle }, minimum: 10),
        Column(header: "Level", cells: fields.map { $0.level.isEmpty ? "—" : $0.level }, minimum: 5),
        Column(header: "Years", cells: fields.map { $0.years.isEmpty ? "—" : $0.years }, minimum: 5),
        Column(header: "Lacks", cells: fields.map { $0.lacks.isEmpty ? "—" : $0.lacks }, minimum: 8),
      ]
    }
    return [
      Column(header: "Title", cells: entries.map { $0.title ?? "—" }, minimum: 12),
      Column(header: "Company", cells: entries.map { $0.company ?? "—" }, minimum: 8),
      Column(header: "Location", cells: entries.map { $0.location ?? "—" }, minimum: 8),
    ]
  }

  /// A candidate's CSV cells: name, current title, level, years and the missing skills joined by "; ".
  private static func candidateCells(_ candidate: Candidate?, file: String) -> [String] {
    guard let candidate else { return [Wording.fileName(file), "", "", "", ""] }
    return [
      candidate.name, candidate.currentTitle ?? "", candidate.level ?? "", years(candidate),
      candidate.missingSkills.joined(separator: "; "),
    ]
  }

  /// The candidate's years as text ("17.5"), empty when the resume shows no role at all.
  static func years(_ candidate: Candidate) -> String {
    candidate.years > 0 || candidate.currentTitle != nil ? CareerHistory.describe(years: candidate.years) : ""
  }

  /// A ranked resume's candidate as text cells (empty when unknown): name (the file's when the resume shows
  /// none), current title, level, years and the posting's skills the resume lacks.
  static func candidateFields(_ entry: Ranking.Entry) -> (
    name: String, currentTitle: String, level: String, years: String, lacks: String
  ) {
    guard let candidate = entry.candidate else { return (Wording.fileName(entry.file), "", "", "", "") }
    return (
      candidate.name, candidate.currentTitle ?? "", candidate.level ?? "",
      years(candidate), candidate.missingSkills.joined(separator: ", ")
    )
  }

  /// The file in full under an entry, then its notes: on the same line when they fit, else each on a line
  /// of its own, cut to the width.
  private static func detailLines(file: String, notes: [String], width: Int?, style: TextStyle) -> String {
    let indent = "           "
    let oneLine = ([file] + notes).joined(separator: " · ")
    guard let width, indent.count + oneLine.count > width else { return indent + style.dim(oneLine) + "\n" }
    return ([indent + style.dim(file)] + notes.map { indent + style.dim(TextLayout.fit($0, width - indent.count)) })
      .map { $0 + "\n" }.joined()
  }

  /// The ranking as a Markdown table, then the skipped files.
  ///
  /// - Parameter ranking: The ranking, in score order.
  /// - Returns: The Markdown.
  public static func markdown(_ ranking: Ranking) -> String {
    let ranking = worded(ranking)
    var out = "## \(MarkdownEscaping.escape(summary(ranking)))\n\n"
    let postings = ranking.mode == .postingsForResume
    let headers =
      postings
      ? ["#", "Score", "Band", "Title", "Company", "Location", "File", "Top gaps"]
      : ["#", "Score", "Band", "Candidate", "Current title", "Level", "Years", "Lacks", "File", "Top gaps"]
    out += "| " + headers.joined(separator: " | ") + " |\n"
    out += "|---:|---:|" + String(repeating: "---|", count: headers.count - 2) + "\n"
    for entry in ranking.entries {
      let fields = candidateFields(entry)
      let identity =
        postings
        ? [entry.title ?? "", entry.company ?? "", entry.location ?? ""]
        : [fields.name, fields.currentTitle, fields.level, fields.years, fields.lacks]
      var cells =
        (["\(entry.rank)", "\(entry.score)", entry.band.rawValue] + identity + [
          entry.file + (entry.kindNote.map { " (" + DocumentKindWording.entryNote($0) + ")" } ?? ""),
          entry.topGaps.joined(separator: ", "),
        ]).map(MarkdownEscaping.escape)
      // The posting's URL as a link after its file.
      if let link = entry.url.flatMap(markdownLink) { cells[cells.count - 2] += " " + link }
      out += "| " + cells.joined(separator: " | ") + " |\n"
    }
    if !ranking.setAside.isEmpty {
      out += "\n**Set aside by the filters**\n\n"
      for item in ranking.setAside {
        let reasons = MarkdownEscaping.escape(FilterWording.reasons(item, filter: ranking.filter))
        out += "- `\(item.file)` (\(item.score)): \(reasons)\n"
      }
    }
    if !ranking.skipped.isEmpty {
      out +=
        "\n**Skipped**\n\n" + ranking.skipped.map { "- `\($0.file)`: \(MarkdownEscaping.escape($0.reason))\n" }.joined()
    }
    return out
  }

  /// A URL as a Markdown autolink (`<https://…>`), for http and https URLs only; nil for anything else.
  static func markdownLink(_ url: String) -> String? {
    guard RankingReport.isWebLink(url), !url.contains(where: { $0 == "<" || $0 == ">" || $0 == " " }) else {
      return nil
    }
    return "<" + url.replacingOccurrences(of: "|", with: "%7C") + ">"
  }

  /// Whether `url` is an http or https URL, the only ones a report links to.
  static func isWebLink(_ url: String) -> Bool {
    let lower = url.lowercased()
    return lower.hasPrefix("https://") || lower.hasPrefix("http://")
  }

  /// The ranking as CSV: one row per ranked file, then one per skipped file (rank empty, reason filled).
  ///
  /// - Parameter ranking: The ranking, in score order.
  /// - Returns: The CSV with a header row, ending in a newline.
  public static func csv(_ ranking: Ranking) -> String {
    let ranking = worded(ranking)
    var writer = CSVText()
    let postings = ranking.mode == .postingsForResume
    let identity =
      postings ? ["title", "company", "location"] : ["candidate", "current_title", "level", "years", "missing_skills"]
    // Postings carry their URL last (empty unless a file of postings gave it).
    let url = postings ? ["url"] : []
    writer.append(
      row: ["rank", "score", "band"] + identity + [
        "file", "top_gaps", "duplicates", "skipped_reason", "set_aside_reason",
      ] + url)
    for entry in ranking.entries {
      let cells =
        postings
        ? [entry.title ?? "", entry.company ?? "", entry.location ?? ""]
        : candidateCells(entry.candidate, file: entry.file)
      writer.append(
        row: ["\(entry.rank)", "\(entry.score)", entry.band.rawValue] + cells + [
          entry.file, entry.topGaps.joined(separator: "; "), entry.duplicates.joined(separator: "; "), "", "",
        ] + (postings ? [entry.url ?? ""] : []))
    }
    // Set aside by a filter: no rank, the score it has all the same, and why.
    for item in ranking.setAside {
      let cells =
        postings
        ? [item.title ?? "", item.company ?? "", item.location ?? ""]
        : candidateCells(item.candidate, file: item.file)
      writer.append(
        row: ["", "\(item.score)", item.band.rawValue] + cells + [
          item.file, "", "", "", FilterWording.reasons(item, filter: ranking.filter),
        ] + (postings ? [item.url ?? ""] : []))
    }
    let blanks = Array(repeating: "", count: identity.count)
    for skipped in ranking.skipped {
      writer.append(row: ["", "", ""] + blanks + [skipped.file, "", "", skipped.reason, ""] + url.map { _ in "" })
    }
    return writer.text + "\n"
  }

  /// The ranking as JSON, with the full fit of each entry that carries one.
  ///
  /// - Parameter ranking: The ranking, in score order.
  /// - Returns: The JSON, ending in a newline.
  /// - Throws: The encoder's error.
  public static func json(_ ranking: Ranking) throws -> String {
    try JSONOutput.text(RankingJSON(ranking: worded(ranking)))
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
    if let filtered = FilterWording.summary(ranking) { text += "; " + filtered }
    if ranking.entries.count < ranking.keptCount { text += " (best \(ranking.entries.count) shown)" }
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
