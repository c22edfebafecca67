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
          "Made by jdmatch, offline. The fit score is what the resume shows of what the posting asks (skills, "
            + "the role's competencies, requirements, whole-text similarity), scaled by how near the resume's line "
            + "of work and level are to the posting's. Bands: \(bands).")),
      .p(.plain("This service uses the ESCO classification of the European Commission.")))
  }
}
