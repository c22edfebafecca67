import Matching
import Plot

/// The page for `jdmatch compare`: the versions with their mean score, wins and the postings each is best
/// for, then a sortable table of the postings with each version's score, the winner, the band and what moved.
struct ComparisonPage {
  var comparison: VersionComparison

  private var letters: [String] { comparison.versions.indices.map(ComparisonReport.letter) }

  /// The page's `<title>`.
  var title: String {
    "jdmatch: \(comparison.versions.count) resume versions over \(comparison.rows.count) "
      + Wording.plural("posting", comparison.rows.count)
  }

  /// The page's body content.
  func body() -> [BodyNode] {
    [
      .header(
        .attr("class", "page-header"),
        .p(.attr("class", "kicker"), .plain("jdmatch · resume versions")),
        .h1(.plain("Which version of the resume to send where")),
        .p(.attr("class", "summary"), .plain(ComparisonReport.summary(comparison)))
      ),
      versions(),
      table(),
      skipped(),
      PageFooter.node(),
    ]
  }

  private func versions() -> BodyNode {
    let rows = comparison.summaries.enumerated().map { index, version -> Node<HTML.TableContext> in
      let best = ComparisonReport.bestFor(version, in: comparison)
      return .tr(
        .td(.strong(.plain(letters[index]))),
        .td(.code(.plain(version.file))),
        .td(.attr("class", "num"), .plain(NumberFormat.fixed(version.meanScore, 1))),
        .td(.attr("class", "num"), .plain("\(version.wins)")),
        .td(.plain(best.isEmpty ? "—" : best.joined(separator: ", ")))
      )
    }
    return .section(
      .attr("class", "versions"), .attr("aria-labelledby", "versions-title"),
      .h2(.attr("id", "versions-title"), .plain("Versions")),
      .div(
        .attr("class", "table-wrap"),
        .table(
          .attr("id", "versions-table"),
          .thead(
            .tr(
              .th(.attr("scope", "col"), .plain("Version")), .th(.attr("scope", "col"), .plain("File")),
              .th(.attr("scope", "col"), .attr("class", "num"), .plain("Mean score")),
              .th(.attr("scope", "col"), .attr("class", "num"), .plain("Wins")),
              .th(.attr("scope", "col"), .plain("Best for")))),
          .tbody(.group(rows))
        )
      ),
      .if(
        comparison.ties > 0,
        .p(.attr("class", "hint"), .plain("No single best version on \(comparison.ties) of \(comparison.rows.count)."))
      )
    )
  }

  private func table() -> BodyNode {
    let scoreHeaders = letters.map { letter -> Node<HTML.TableRowContext> in
      .th(
        .attr("scope", "col"), .attr("class", "num"), .attr("data-sort", "number"), .attr("data-first", "descending"),
        .plain(letter))
    }
    let headers: [Node<HTML.TableRowContext>] =
      [.th(.attr("scope", "col"), .attr("class", "num"), .attr("data-sort", "number"), .plain("#"))] + scoreHeaders + [
        .th(.attr("scope", "col"), .attr("data-sort", "text"), .plain("Winner")),
        .th(.attr("scope", "col"), .attr("data-sort", "text"), .plain("Band")),
        .th(.attr("scope", "col"), .attr("data-sort", "text"), .plain("Posting")),
        .th(.attr("scope", "col"), .plain("Parts moved")),
        .th(.attr("scope", "col"), .plain("Skills shown")),
      ]
    let rows = comparison.rows.enumerated().map { position, row -> Node<HTML.TableContext> in
      let scores = row.scores.enumerated().map { index, score -> Node<HTML.TableRowContext> in
        .td(
          .classes("num", "score", index == row.winner ? "winner" : ""), .attr("data-value", "\(score)"),
          index == row.winner ? .strong(.plain("\(score)")) : .plain("\(score)"),
          .span(.classes("band", "band-\(row.bands[index].rawValue.lowercased())"), .plain(row.bands[index].rawValue)))
      }
      let parts = ComparisonReport.parts(row)
      let skills = ComparisonReport.skills(row)
      return .tr(
        .attr("data-rank", "\(position + 1)"),
        .if(row.moved, .attr("class", "moved")),
        .td(.attr("class", "num"), .attr("data-value", "\(position + 1)"), .plain("\(position + 1)")),
        .group(scores),
        .td(.plain(ComparisonReport.winner(row))),
        .td(.plain(ComparisonReport.bands(row))),
        .td(
          .attr("data-value", row.title ?? ""),
          .span(.attr("class", "entry-title"), .plain(row.title ?? "(untitled)")),
          .if(row.company != nil, .span(.plain(" · " + (row.company ?? "")))),
          .span(.attr("class", "file"), .attr("title", row.file), .plain(Wording.fileName(row.file)))
        ),
        .td(.plain(parts.isEmpty ? "—" : parts.joined(separator: "; "))),
        .td(.plain(skills.isEmpty ? "—" : skills.joined(separator: "; ")))
      )
    }
    return RankingPage.sortableSection(title: "Postings", headers: headers, rows: rows)
  }

  private func skipped() -> BodyNode {
    guard !comparison.skipped.isEmpty else { return .empty }
    return .section(
      .attr("class", "skipped"), .attr("id", "skipped"), .attr("aria-labelledby", "skipped-title"),
      .h2(.attr("id", "skipped-title"), .plain("Skipped files")),
      .ul(.group(comparison.skipped.map { item in .li(.code(.plain(item.file)), .plain(": " + item.reason)) }))
    )
  }
}
