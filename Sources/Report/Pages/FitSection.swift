import Analysis
import Foundation
import Matching
import Plot

/// One posting's details: the score and its parts, the radar chart, matched and missing
/// competencies with quotes from both sides, unmet requirements, missing keywords and advice.
struct FitSection {
  var fit: FitResult
  /// The element id other parts of the page link to (`posting-3`).
  var anchor: String
  /// The line over the heading ("#3 · Fixtures/postings/x.html").
  var eyebrow: String
  /// The heading: the posting's title, or the resume's in the recruiter view.
  var heading: String
  /// The line under the heading: company and location.
  var meta: String?
  /// Where the posting is online (an http or https URL from a file of postings), linked under the heading.
  var link: String? = nil
  /// The link back to the list of all entries (`#ranking`, "Back to the ranking"), if there is one.
  var back: (href: String, label: String)?

  /// The section as an `<article>`.
  func node() -> BodyNode {
    .tag(
      "article", .attr("class", "fit"), .attr("id", anchor), .attr("aria-labelledby", anchor + "-title"),
      header(),
      .div(.attr("class", "fit-grid"), radar(), parts()),
      matched(),
      gaps(),
      unmetRequirements(),
      missingKeywords(),
      advice(),
      .unwrap(back) { back in
        .p(.attr("class", "back no-print"), .a(.attr("href", back.href), .plain("↑ " + back.label)))
      }
    )
  }

  private func header() -> BodyNode {
    .header(
      .attr("class", "fit-header"),
      .div(
        .attr("class", "fit-heading"),
        .p(.attr("class", "eyebrow"), .plain(eyebrow)),
        .h3(.attr("id", anchor + "-title"), .plain(heading)),
        .if(meta != nil, .p(.attr("class", "meta"), .plain(meta ?? ""))),
        .unwrap(link) { url in
          .p(
            .attr("class", "online"), .plain("Online: "),
            .a(.attr("href", url), .attr("rel", "noopener noreferrer"), .plain(url)))
        }
      ),
      .div(
        .classes("score-badge", "band-\(fit.band.rawValue.lowercased())"),
        .span(.attr("class", "score-number"), .plain("\(fit.score)")),
        .span(.attr("class", "score-band"), .plain(fit.band.rawValue))
      )
    )
  }

  private func radar() -> BodyNode {
    let chart = RadarChart(competencies: fit.competencies, title: "Competencies of \(heading): posting vs. resume")
    guard chart.isDrawable else {
      return .tag(
        "figure", .attr("class", "radar"),
        .p(
          .attr("class", "empty"),
          .plain(
            "The posting names \(fit.competencies.count) competenc\(fit.competencies.count == 1 ? "y" : "ies") "
              + "of the lexicon: too few for a radar chart.")))
    }
    let shown = chart.axes.count < fit.competencies.count ? " (the \(chart.axes.count) it stresses most)" : ""
    return .tag(
      "figure", .attr("class", "radar"),
      .div(.attr("class", "chart-box"), chart.svg()),
      .tag(
        "figcaption",
        .ul(
          .attr("class", "legend"),
          .li(.span(.attr("class", "key key-posting"), .attr("aria-hidden", "true")), .plain("Posting emphasis")),
          .li(.span(.attr("class", "key key-resume"), .attr("aria-hidden", "true")), .plain("Resume strength"))
        ),
        // The spokes' numbers, for a phone's chart, which has no room for the names.
        .ol(
          .attr("class", "radar-key"),
          .group(
            chart.axes.map { axis in
              .li(
                .plain(axis.name + ": "),
                .span(
                  .attr("class", "values"),
                  .plain(
                    "posting \(NumberFormat.percent(axis.relativeEmphasis)), "
                      + "resume \(NumberFormat.percent(axis.strength))")))
            })
        ),
        .p(
          .plain(
            "Each spoke is a competency the posting asks for\(shown). Emphasis is relative to the posting's "
              + "most emphasised competency; strength is how fully the resume evidences it (saturating with "
              + "repeated mentions)."))
      )
    )
  }

  private func parts() -> BodyNode {
    let rows = fit.parts.map { ($0.kind.displayName, $0.points, $0.maximum) }
    return .div(
      .attr("class", "parts"),
      .h4(.plain("Where the points come from")),
      .tag(
        "dl",
        .group(
          rows.map { name, points, maximum in
            let share = maximum > 0 ? min(1, max(0, points / maximum)) : 0
            return .group(
              .tag(
                "dt", .plain(name),
                .span(
                  .attr("class", "points"), .plain("\(NumberFormat.fixed(points)) of \(NumberFormat.fixed(maximum))"))),
              .tag(
                "dd",
                .div(
                  .attr("class", "meter"), .attr("role", "img"),
                  .attr(
                    "aria-label", "\(name): \(NumberFormat.fixed(points)) of \(NumberFormat.fixed(maximum)) points"),
                  .span(.attr("style", "width: \(NumberFormat.fixed(share * 100))%"))
                ))
            )
          })
      ),
      .p(
        .attr("class", "note"),
        .plain(
          "The lexicon covers \(NumberFormat.percent(fit.coverage)) of this posting, so competencies can earn "
            + "up to \(NumberFormat.fixed(fit.part(.competencies)?.maximum ?? 0)) points and text similarity up to "
            + "\(NumberFormat.fixed(fit.part(.text)?.maximum ?? 0)).")),
      .group(FitWording.notes(fit).map { .p(.attr("class", "note"), .plain($0)) }),
      .p(.attr("class", "file"), .plain("Resume: \(fit.resume)"))
    )
  }

  private func matched() -> BodyNode {
    let counts = fit.competenciesCount
    let matched = fit.competencies.filter { $0.status == .matched }
    let shown = fit.skills.shown
    return .group(
      .if(
        counts,
        .group(
          .h4(.plain("Matched competencies")),
          matched.isEmpty
            ? .p(.attr("class", "empty"), .plain("None: the resume shows no competency of this posting strongly."))
            : .ul(.attr("class", "competencies"), .group(matched.map { competency($0, gap: false) }))
        )),
      .if(
        !fit.skills.items.isEmpty,
        .group(
          .h4(.plain("Skills asked and shown")),
          shown.isEmpty
            ? .p(.attr("class", "empty"), .plain("None: the resume shows none of the skills the posting asks for."))
            : .ul(.attr("class", "competencies"), .group(shown.map { skill($0, gap: false) }))
        ))
    )
  }

  private func gaps() -> BodyNode {
    let gaps = FitGap.all(fit)
    return .group(
      .h4(.plain("Missing and weak, by the points they would add")),
      gaps.isEmpty
        ? .p(.attr("class", "empty"), .plain("None: the resume shows every skill and competency the posting asks for."))
        : .ul(
          .attr("class", "competencies"),
          .group(
            gaps.map { gap in
              switch gap.lack {
              case .skill(let item): return skill(item, gap: true)
              case .competency(let fit): return competency(fit, gap: true)
              }
            }))
    )
  }

  /// A skill the posting asks for: how much it asks, the posting's sentence, and the resume's when shown.
  private func skill(_ item: SkillFit.Item, gap: Bool) -> Node<HTML.ListContext> {
    let status = gap ? FitGap(lack: .skill(item)).status : "shown"
    let stats =
      "\(NumberFormat.percent(item.share)) of the asks · strength \(NumberFormat.fixed(item.strength, 2))"
      + (gap ? " · +\(NumberFormat.fixed(item.gain)) points if shown" : "")
    var quotes: [BodyNode] = []
    if let sentence = item.postingEvidence {
      quotes.append(
        quote(
          Evidence(sentence: sentence, phrase: item.postingPhrase ?? "", section: nil, sectionKind: .general),
          side: "Posting",
          className: "quote-posting"))
    }
    if let sentence = item.resumeEvidence {
      quotes.append(
        quote(
          Evidence(sentence: sentence, phrase: "", section: nil, sectionKind: .general), side: "Resume",
          className: "quote-resume"))
    } else if gap {
      quotes.append(.p(.attr("class", "quote quote-none"), .plain("Not in the resume.")))
    }
    return .li(
      .attr("class", "competency"),
      .div(
        .attr("class", "competency-head"),
        .strong(.plain(item.name)),
        .span(.classes("status", "status-\(gap ? "missing" : "matched")"), .plain(status)),
        .span(.attr("class", "stats"), .plain(stats))
      ),
      .group(quotes)
    )
  }

  private func competency(_ competency: CompetencyFit, gap: Bool) -> Node<HTML.ListContext> {
    let stats =
      "emphasis \(NumberFormat.percent(competency.emphasis)) · strength \(NumberFormat.fixed(competency.strength, 2)) · "
      + (gap
        ? "+\(NumberFormat.fixed(competency.gain)) points with evidence"
        : "\(NumberFormat.fixed(competency.points)) points")
    var quotes: [BodyNode] = []
    if let evidence = competency.postingEvidence.first {
      quotes.append(quote(evidence, side: "Posting", className: "quote-posting"))
    }
    if let evidence = competency.resumeEvidence.first {
      quotes.append(quote(evidence, side: "Resume", className: "quote-resume"))
    } else {
      quotes.append(.p(.attr("class", "quote quote-none"), .plain("No evidence in the resume.")))
    }
    return .li(
      .attr("class", "competency"),
      .div(
        .attr("class", "competency-head"),
        .strong(.plain(competency.name)),
        .span(.classes("status", "status-\(competency.status.rawValue)"), .plain(competency.status.rawValue)),
        .span(.attr("class", "stats"), .plain(stats))
      ),
      .group(quotes)
    )
  }

  /// A quoted sentence with the matched phrase marked.
  private func quote(_ evidence: Evidence, side: String, className: String) -> BodyNode {
    var sentence: [BodyNode] = []
    if !evidence.phrase.isEmpty,
      let range = evidence.sentence.range(of: evidence.phrase, options: [.caseInsensitive, .diacriticInsensitive])
    {
      sentence = [
        .plain(String(evidence.sentence[..<range.lowerBound])),
        .element(named: "mark", nodes: [.plain(String(evidence.sentence[range]))]),
        .plain(String(evidence.sentence[range.upperBound...])),
      ]
    } else {
      sentence = [.plain(evidence.sentence)]
    }
    return .blockquote(
      .classes("quote", className),
      .span(.attr("class", "side"), .plain(side)),
      .span(.attr("class", "sentence"), .group(sentence)),
      .if(evidence.section != nil, .element(named: "cite", nodes: [.plain(evidence.section ?? "")]))
    )
  }

  private func unmetRequirements() -> BodyNode {
    let unmet = fit.unmetRequirements
    return .group(
      .h4(.plain("Unmet requirements")),
      unmet.isEmpty
        ? .p(
          .attr("class", "empty"),
          .plain(
            fit.requirements.isEmpty
              ? "The posting states no requirement to check." : "Every requirement checked is met."))
        : .ul(
          .attr("class", "requirements"),
          .group(
            unmet.map { check in
              .li(
                .span(
                  .classes("importance", check.required ? "required" : "preferred"),
                  .plain(check.required ? "required" : "preferred")),
                .strong(.plain(FitWording.requirement(check))),
                .span(
                  .attr("class", "found"),
                  .plain("Resume: \(FitWording.found(check)) (\(NumberFormat.percent(check.satisfaction)) met)"))
              )
            }))
    )
  }

  private func missingKeywords() -> BodyNode {
    let missing = fit.missingKeywords
    return .group(
      .h4(.plain("Missing keywords")),
      missing.isEmpty
        ? .p(.attr("class", "empty"), .plain("None: the resume has every salient keyword of the posting."))
        : .ul(.attr("class", "chips"), .group(missing.map { .li(.plain($0.term)) }))
    )
  }

  private func advice() -> BodyNode {
    let advice = AdviceWriter.advice(for: fit)
    return .group(
      .h4(.plain("Advice")),
      advice.isEmpty
        ? .p(.attr("class", "empty"), .plain("Nothing to add."))
        : .ul(.attr("class", "advice"), .group(advice.map { .li(.plain($0)) }))
    )
  }
}
