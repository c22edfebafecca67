import Matching
import Plot

/// The page for `jdmatch rank`: a summary line, a bar chart of the scores, a sortable table, each
/// detailed entry's section, and the files that could not be read.
struct RankingPage {
  var ranking: Ranking

  /// The most bars the chart draws; the table lists every entry.
  static let chartLimit = 40

  private var postingsMode: Bool { ranking.mode == .postingsForResume }
  private var noun: String { postingsMode ? "posting" : "resume" }

  /// The page's `<title>`.
  var title: String {
    let count = "\(ranking.rankedCount) \(Wording.plural(noun, ranking.rankedCount))"
    return "jdmatch: \(count) ranked for \(Wording.fileName(ranking.subject))"
  }

  /// The element id of an entry's details.
  static func anchor(rank: Int) -> String { "posting-\(rank)" }

  /// The page's body content.
  func body() -> [BodyNode] {
    [
      .header(
        .attr("class", "page-header"),
        .p(
          .attr("class", "kicker"),
          .plain(postingsMode ? "jdmatch · postings for a resume" : "jdmatch · candidates for a posting")),
        .h1(.plain(postingsMode ? "Which postings fit this resume best" : "Which resumes fit this posting best")),
        summary()
      ),
      chart(),
      table(),
      details(),
      setAside(),
      skipped(),
      PageFooter.node(),
    ]
  }

  private func summary() -> BodyNode {
    let duplicates = ranking.scannedCount - ranking.rankedCount
    var parts: [BodyNode] = [
      .strong(.plain("\(ranking.rankedCount) \(Wording.plural(noun, ranking.rankedCount))")),
      .plain(" ranked for "),
      .code(.plain(ranking.subject)),
    ]
    if let filtered = FilterWording.summary(ranking) {
      parts.append(.plain("; "))
      parts.append(
        ranking.setAside.isEmpty ? .plain(filtered) : .a(.attr("href", "#set-aside"), .plain(filtered)))
    }
    if ranking.entries.count < ranking.keptCount {
      parts.append(.plain(" (best \(ranking.entries.count) shown)"))
    }
    parts.append(.plain(" · "))
    if ranking.skipped.isEmpty {
      parts.append(.plain("no file skipped"))
    } else {
      parts.append(
        .a(
          .attr("href", "#skipped"),
          .plain("\(ranking.skipped.count) \(Wording.plural("file", ranking.skipped.count)) skipped")))
    }
    if duplicates > 0 {
      parts.append(.plain(" · \(duplicates) \(Wording.plural("duplicate", duplicates)) folded"))
    }
    return .p(.attr("class", "summary"), .group(parts))
  }

  /// The entry's name: the posting's title, or the candidate's name; the file's when neither is known.
  private func name(_ entry: Ranking.Entry) -> String {
    entry.candidate?.name ?? entry.title ?? Wording.fileName(entry.file)
  }

  private func label(_ entry: Ranking.Entry) -> String {
    let title = name(entry)
    return "\(entry.rank). " + ([title] + [entry.company].compactMap { $0 }).joined(separator: " · ")
  }

  private func chart() -> BodyNode {
    guard !ranking.entries.isEmpty else { return .empty }
    let shown = ranking.entries.prefix(Self.chartLimit)
    let bars = shown.map { entry in
      BarChart.Bar(
        label: label(entry), value: entry.score, band: entry.band,
        link: entry.fit != nil ? "#" + Self.anchor(rank: entry.rank) : nil)
    }
    let chart = BarChart(
      bars: bars, title: "Fit scores of the \(shown.count) best \(Wording.plural(noun, shown.count))")
    let bands = FitBand.allCases.enumerated().map { index, band -> Node<HTML.ListContext> in
      let upper = index + 1 < FitBand.allCases.count ? FitBand.allCases[index + 1].threshold - 1 : 100
      return .li(
        .span(.classes("key", "band-\(band.rawValue.lowercased())"), .attr("aria-hidden", "true")),
        .plain("\(band.rawValue) \(band.threshold)–\(upper)"))
    }
    return .section(
      .attr("class", "scores"), .attr("aria-labelledby", "scores-title"),
      .h2(.attr("id", "scores-title"), .plain("Scores")),
      .tag(
        "figure",
        .div(.attr("class", "chart-box"), chart.svg()),
        .tag(
          "figcaption",
          .p(.attr("class", "chart-count"), .plain(chartCount(shown: shown.count))),
          .ul(.attr("class", "legend"), .group(bands))
        )
      )
    )
  }

  /// The line under the chart saying how many of how many it shows ("The best 40 of 93 postings; the table
  /// lists all 93."): the postings the filters kept, of which `--top` may have listed fewer.
  func chartCount(shown: Int) -> String {
    let kept = ranking.keptCount
    let listed = ranking.entries.count
    if shown == kept {
      return kept == 1 ? "1 \(noun)." : "All \(kept) \(Wording.plural(noun, kept)), best first."
    }
    var line = "The best \(shown) of \(kept) \(Wording.plural(noun, kept))"
    if listed > shown {
      line += listed == kept ? "; the table lists all \(kept)" : "; the table lists the best \(listed)"
    }
    return line + "."
  }

  private func table() -> BodyNode {
    // Resumes have no company or location: the recruiter's view shows who the candidate is instead.
    let place: [(name: String, sort: String?, className: String?)] =
      postingsMode
      ? [("Company", "text", nil), ("Location", "text", nil)]
      : [("Current title", "text", nil), ("Level", "text", nil), ("Years", "number", "num"), ("Lacks", "text", nil)]
    let columns: [(name: String, sort: String?, className: String?)] =
      [("Rank", "number", "num"), ("Score", "number", "num"), (postingsMode ? "Title" : "Candidate", "text", nil)]
      + place + [("Top gaps", "text", nil), ("Details", nil, nil)]
    let headerCells = columns.map { column -> Node<HTML.TableRowContext> in
      .th(
        .attr("scope", "col"),
        .unwrap(column.className) { .attr("class", $0) },
        .unwrap(column.sort) { .attr("data-sort", $0) },
        .if(column.name == "Score", .attr("data-first", "descending")),
        .if(column.name == "Rank", .attr("aria-sort", "ascending")),
        .plain(column.name)
      )
    }
    let rows = ranking.entries.map { entry -> Node<HTML.TableContext> in
      .tr(
        .attr("data-rank", "\(entry.rank)"),
        .td(.attr("class", "num"), .attr("data-value", "\(entry.rank)"), .plain("\(entry.rank)")),
        .td(
          .attr("class", "num score"), .attr("data-value", "\(entry.score)"),
          .span(.attr("class", "score-number"), .plain("\(entry.score)")),
          .span(.classes("band", "band-\(entry.band.rawValue.lowercased())"), .plain(entry.band.rawValue))
        ),
        .td(
          .attr("data-value", postingsMode ? entry.title ?? "" : name(entry)),
          .span(
            .attr("class", "entry-title"),
            // A posting from a file of postings links to where it is online.
            entry.url.flatMap { RankingReport.isWebLink($0) ? $0 : nil }.map { url in
              .a(
                .attr("href", url), .attr("rel", "noopener noreferrer"),
                .plain(postingsMode ? entry.title ?? "(untitled)" : name(entry)))
            } ?? .plain(postingsMode ? entry.title ?? "(untitled)" : name(entry))),
          .span(.attr("class", "file"), .attr("title", entry.file), .plain(Wording.fileName(entry.file))),
          .if(
            !entry.duplicates.isEmpty,
            .span(.attr("class", "file"), .plain("also saved as " + entry.duplicates.joined(separator: ", ")))
          )
        ),
        .if(postingsMode, .group(.td(.plain(entry.company ?? "—")), .td(.plain(entry.location ?? "—")))),
        .if(!postingsMode, candidateCells(entry)),
        .td(.plain(entry.topGaps.isEmpty ? "—" : entry.topGaps.joined(separator: ", "))),
        .td(
          entry.fit == nil
            ? .plain("—")
            : .a(
              .attr("href", "#" + Self.anchor(rank: entry.rank)),
              .attr("aria-label", "Details of \(label(entry))"),
              .plain("Details"))
        )
      )
    }
    return Self.sortableSection(title: "Ranking", headers: headerCells, rows: rows)
  }

  /// The page's sortable table of rows under its heading, with the hint the sort script reveals (shared
  /// by the ranking and the comparison of resume versions).
  static func sortableSection(
    title: String, headers: [Node<HTML.TableRowContext>], rows: [Node<HTML.TableContext>]
  ) -> Node<HTML.BodyContext> {
    .section(
      .attr("class", "ranking"), .attr("id", "ranking"), .attr("aria-labelledby", "ranking-title"),
      .h2(.attr("id", "ranking-title"), .plain(title)),
      .p(
        .attr("id", "sort-hint"), .attr("class", "hint no-print"), .attribute(named: "hidden"),
        .plain("Click a column header to sort.")),
      .p(.attr("class", "hint scroll-note no-print"), .plain("The table scrolls sideways: swipe it for every column.")),
      .div(
        .attr("class", "table-wrap"),
        .table(
          .attr("id", "ranking-table"), .attr("class", "sortable"),
          .thead(.tr(.group(headers))),
          .tbody(.group(rows))
        )
      )
    )
  }

  /// The recruiter's cells of a row: current title, level, years and the posting's skills the resume lacks.
  private func candidateCells(_ entry: Ranking.Entry) -> Node<HTML.TableRowContext> {
    let fields = RankingReport.candidateFields(entry)
    let dash = { (text: String) in text.isEmpty ? "—" : text }
    return .group(
      .td(.plain(dash(fields.currentTitle))),
      .td(.plain(dash(fields.level))),
      .td(
        .attr("class", "num"), .attr("data-value", fields.years.isEmpty ? "-1" : fields.years),
        .plain(dash(fields.years))),
      .td(.plain(dash(fields.lacks)))
    )
  }

  private func details() -> BodyNode {
    let detailed = ranking.entries.filter { $0.fit != nil }
    guard !detailed.isEmpty else { return .empty }
    let sections = detailed.compactMap { entry -> BodyNode? in
      guard let fit = entry.fit else { return nil }
      let fields = RankingReport.candidateFields(entry)
      let facts =
        postingsMode
        ? [entry.company, entry.location].compactMap { $0 }
        : [fields.currentTitle, fields.level, fields.years.isEmpty ? "" : fields.years + " years"].filter {
          !$0.isEmpty
        }
      let meta = facts.joined(separator: " · ")
      var eyebrow = "#\(entry.rank) · \(entry.file)"
      if !entry.duplicates.isEmpty { eyebrow += " (also saved as \(entry.duplicates.joined(separator: ", ")))" }
      return FitSection(
        fit: fit, anchor: Self.anchor(rank: entry.rank), eyebrow: eyebrow,
        heading: name(entry), meta: meta.isEmpty ? nil : meta,
        link: entry.url.flatMap { RankingReport.isWebLink($0) ? $0 : nil },
        back: ("#ranking", "Back to the ranking")
      ).node()
    }
    let note =
      detailed.count < ranking.entries.count
      ? " The best \(detailed.count) are detailed." : ""
    return .section(
      .attr("class", "details"), .attr("aria-labelledby", "details-title"),
      .h2(.attr("id", "details-title"), .plain("Details")),
      .p(
        .attr("class", "hint"),
        .plain(
          "For each \(noun): how the resume's evidence compares with what the posting stresses, what is missing, "
            + "and what to do about it.\(note)")),
      .group(sections)
    )
  }

  private func setAside() -> BodyNode {
    guard !ranking.setAside.isEmpty else { return .empty }
    return .section(
      .attr("class", "skipped"), .attr("id", "set-aside"), .attr("aria-labelledby", "set-aside-title"),
      .h2(.attr("id", "set-aside-title"), .plain("Set aside by the filters")),
      .ul(
        .group(
          ranking.setAside.map { item in
            .li(
              .code(.plain(item.file)),
              .plain(" (\(item.score)): " + FilterWording.reasons(item, filter: ranking.filter)))
          }))
    )
  }

  private func skipped() -> BodyNode {
    guard !ranking.skipped.isEmpty else { return .empty }
    return .section(
      .attr("class", "skipped"), .attr("id", "skipped"), .attr("aria-labelledby", "skipped-title"),
      .h2(.attr("id", "skipped-title"), .plain("Skipped files")),
      .ul(
        .group(
          ranking.skipped.map { item in
            .li(.code(.plain(item.file)), .plain(": " + item.reason))
          }))
    )
  }
}
