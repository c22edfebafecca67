import Matching
import Plot

/// The note at the foot of every page: how the score is made, so a printed report explains itself.
enum PageFooter {
  static func node() -> BodyNode {
    let bands = FitBand.allCases.enumerated().map { index, band in
      let upper = index + 1 < FitBand.allCases.count ? FitBand.allCases[index + 1].threshold - 1 : 100
      return "\(band.rawValue) \(band.threshold)–\(upper)"
    }.joined(separator: ", ")
    return .footer(
      .attr("class", "page-footer"),
      .p(
        .plain(
          "Made by jdmatch, offline. The fit score adds three parts: competencies (up to 60 × the lexicon's "
            + "coverage of the posting: its emphasis × the resume's evidenced strength), requirements (25: years, "
            + "degrees, certifications, seniority, role family) and keywords (the rest: the posting's salient "
            + "terms outside the lexicon). Bands: \(bands).")))
  }
}
