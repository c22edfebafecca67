import CSV
import Foundation
import Matching
import Rainbow

/// `jdmatch rank` output in every format.
enum RankingReport {
  static func table(_ ranking: Ranking, width: Int = 80) -> String {
    var out = summary(ranking).bold + "\n\n"
    out += "   # Score Band    Title                          Company            Location\n".underline
    for entry in ranking.entries {
      let band = colored(entry.band)
      out += String(format: "%4d %5d ", entry.rank, entry.score) + band + String(repeating: " ", count: 8 - entry.band.rawValue.count)
        + Terminal.pad(entry.title ?? "—", 30) + " " + Terminal.pad(entry.company ?? "—", 18) + " "
        + Terminal.fit(entry.location ?? "—", max(4, width - 65)) + "\n"
      var detail = entry.file
      if !entry.topGaps.isEmpty { detail += " · gaps: " + entry.topGaps.joined(separator: ", ") }
      if !entry.duplicates.isEmpty { detail += " · also saved as " + entry.duplicates.joined(separator: ", ") }
      out += "           " + Terminal.fit(detail, width - 11).dim + "\n"
    }
    out += skippedLines(ranking)
    return out
  }

  static func markdown(_ ranking: Ranking) -> String {
    var out = "## \(AnalysisReport.escape(summary(ranking)))\n\n"
    out += "| # | Score | Band | Title | Company | Location | File | Top gaps |\n|---:|---:|---|---|---|---|---|---|\n"
    for entry in ranking.entries {
      let cells = [
        "\(entry.rank)", "\(entry.score)", entry.band.rawValue, entry.title ?? "", entry.company ?? "",
        entry.location ?? "", entry.file, entry.topGaps.joined(separator: ", "),
      ].map(AnalysisReport.escape)
      out += "| " + cells.joined(separator: " | ") + " |\n"
    }
    if !ranking.skipped.isEmpty {
      out += "\n**Skipped**\n\n" + ranking.skipped.map { "- `\($0.file)`: \(AnalysisReport.escape($0.reason))\n" }.joined()
    }
    return out
  }

  /// One row per ranked file, then one per skipped file (rank empty, reason filled).
  static func csv(_ ranking: Ranking) throws -> String {
    let writer = try CSVWriter(stream: .toMemory())
    try writer.write(row: [
      "rank", "score", "band", "title", "company", "location", "file", "top_gaps", "duplicates", "skipped_reason",
    ])
    for entry in ranking.entries {
      try writer.write(row: [
        "\(entry.rank)", "\(entry.score)", entry.band.rawValue, entry.title ?? "", entry.company ?? "",
        entry.location ?? "", entry.file, entry.topGaps.joined(separator: "; "), entry.duplicates.joined(separator: "; "), "",
      ])
    }
    for skipped in ranking.skipped {
      try writer.write(row: ["", "", "", "", "", "", skipped.file, "", "", skipped.reason])
    }
    writer.stream.close()
    let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  static func json(_ ranking: Ranking) throws -> String {
    String(decoding: try JSONOutput.encode(ranking), as: UTF8.self) + "\n"
  }

  static func summary(_ ranking: Ranking) -> String {
    let what = ranking.mode == .postingsForResume ? "postings" : "resumes"
    let duplicates = ranking.scannedCount - ranking.rankedCount
    let ranked = ranking.rankedCount
    var text = "\(ranked) \(what) ranked for \(ranking.subject)"
    if ranking.entries.count < ranked { text += " (best \(ranking.entries.count) shown)" }
    if duplicates > 0 { text += ", \(duplicates) duplicate\(duplicates == 1 ? "" : "s") folded" }
    if !ranking.skipped.isEmpty { text += ", \(ranking.skipped.count) skipped" }
    return text
  }

  private static func skippedLines(_ ranking: Ranking) -> String {
    guard !ranking.skipped.isEmpty else { return "" }
    return "\n" + "Skipped".underline + "\n" + ranking.skipped.map { "  \($0.file): \($0.reason)\n" }.joined()
  }

  private static func colored(_ band: FitBand) -> String {
    switch band {
    case .strong: return band.rawValue.green.bold
    case .good: return band.rawValue.green
    case .fair: return band.rawValue.yellow
    case .weak: return band.rawValue.red
    case .poor: return band.rawValue.red.dim
    }
  }
}
