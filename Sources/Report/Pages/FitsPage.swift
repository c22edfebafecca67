import Matching
import Plot

/// The page for `jdmatch score`: one details section per posting scored, with links to each when
/// there are several.
struct FitsPage {
  var fits: [FitResult]

  /// The page's `<title>`.
  var title: String {
    if fits.count == 1, let fit = fits.first {
      return "jdmatch: \(fit.score)/100 for \(fit.posting.title ?? Wording.fileName(fit.posting.source))"
    }
    return "jdmatch: \(fits.count) \(Wording.plural("posting", fits.count)) scored"
  }

  /// The page's body content.
  func body() -> [BodyNode] {
    let resume = fits.first?.resume
    var intro: [BodyNode] = [
      .strong(.plain("\(fits.count) \(Wording.plural("posting", fits.count))")),
      .plain(" scored"),
    ]
    if let resume {
      intro += [.plain(" for "), .code(.plain(resume))]
    }
    let sections = fits.enumerated().map { index, fit -> BodyNode in
      let meta = [fit.posting.company, fit.posting.location].compactMap { $0 }.joined(separator: " · ")
      return FitSection(
        fit: fit, anchor: "posting-\(index + 1)", eyebrow: fit.posting.source,
        heading: fit.posting.title ?? Wording.fileName(fit.posting.source), meta: meta.isEmpty ? nil : meta,
        back: fits.count > 1 ? ("#contents", "Back to the list of postings") : nil
      ).node()
    }
    return [
      .header(
        .attr("class", "page-header"),
        .p(.attr("class", "kicker"), .plain("jdmatch · fit report")),
        .h1(.plain(fits.count == 1 ? "How this resume fits the posting" : "How this resume fits the postings")),
        .p(.attr("class", "summary"), .group(intro))
      ),
      .if(
        fits.count > 1,
        .nav(
          .attr("id", "contents"), .attr("aria-label", "Postings"),
          .ol(
            .group(
              fits.enumerated().map { index, fit in
                .li(
                  .a(
                    .attr("href", "#posting-\(index + 1)"),
                    .plain(fit.posting.title ?? Wording.fileName(fit.posting.source))),
                  .plain(" · \(fit.score) \(fit.band.rawValue)"))
              }))
        )
      ),
      .section(.attr("class", "details"), .group(sections)),
      PageFooter.node(),
    ]
  }
}
