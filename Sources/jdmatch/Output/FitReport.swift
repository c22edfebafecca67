import Foundation
import Matching
import Rainbow

/// `jdmatch score` output: a table for the terminal, `--explain` arithmetic, and Markdown.
enum FitReport {
  static func table(_ fit: FitResult, explain: Bool, width: Int = 80) -> String {
    var out = ""
    let title = [fit.posting.title ?? "(untitled posting)", fit.posting.company].compactMap { $0 }.joined(separator: " · ")
    out += "\(fit.score)/100 \(fit.band.rawValue)".bold + "  " + Terminal.fit(title, width - 16).bold + "\n"
    out += Terminal.fit("posting: \(fit.posting.source)", width).dim + "\n"
    out += Terminal.fit("resume:  \(fit.resume)", width).dim + "\n"
    out += String(
      format: "  competencies %.1f/%.0f · requirements %.1f/%.0f · keywords %.1f/%.0f\n", fit.parts.competencies,
      fit.parts.competencyMaximum, fit.parts.requirements, FitScorer.requirementPoints, fit.parts.keywords,
      fit.parts.keywordMaximum)
    let matched = fit.competencies.filter { $0.status == .matched }
    if !matched.isEmpty {
      out += "\n" + "Matched".underline + "\n"
      for competency in matched.prefix(6) {
        out += "  " + Terminal.pad(competency.name, 36) + String(format: " %3.0f%%  strength %.2f\n", competency.emphasis * 100, competency.strength)
        if let evidence = competency.resumeEvidence.first {
          out += "    " + Terminal.quote(evidence.sentence, phrase: evidence.phrase, width: width - 4) + "\n"
        }
      }
    }
    let gaps = fit.gaps
    if !gaps.isEmpty {
      out += "\n" + "Gaps, by the points they would add".underline + "\n"
      for gap in gaps.prefix(6) {
        let label = gap.status == .missing ? "missing".red : "weak".yellow
        out += "  " + Terminal.pad(gap.name, 36) + String(format: " +%4.1f  ", gap.gain) + label + "\n"
      }
    }
    let unmet = fit.unmetRequirements
    if !unmet.isEmpty {
      out += "\n" + "Unmet requirements".underline + "\n"
      for check in unmet {
        let importance = check.required ? "required" : "preferred"
        out += "  ✗ " + Terminal.fit("\(check.requirement) (\(importance)): \(check.found)", width - 4) + "\n"
      }
    }
    let missing = fit.missingKeywords.map(\.term)
    if !missing.isEmpty {
      out += "\n" + "Missing keywords: ".underline + Terminal.fit(missing.joined(separator: ", "), width - 18) + "\n"
    }
    if !fit.advice.isEmpty {
      out += "\n" + "Advice".underline + "\n"
      for line in fit.advice { out += wrap("• " + line, width: width, indent: "  ") }
    }
    if explain { out += "\n" + explanation(fit) }
    return out
  }

  /// Every step of the arithmetic, so a user can check each point.
  static func explanation(_ fit: FitResult) -> String {
    var out = "How the score is computed".underline + "\n"
    out += String(
      format: "Coverage: the posting has %.1f weighted lexicon hits; min(1, hits / %.0f) = %.2f\n",
      fit.parts.coverage * FitScorer.fullCoverageHits, FitScorer.fullCoverageHits, fit.parts.coverage)
    out += String(
      format: "Competencies: %.0f × coverage = %.1f points × Σ emphasis × strength\n", FitScorer.competencyPoints,
      fit.parts.competencyMaximum)
    for competency in fit.competencies {
      out += "  " + Terminal.pad(competency.name, 40)
        + String(format: " %.3f × %.3f = %.3f\n", competency.emphasis, competency.strength, competency.emphasis * competency.strength)
    }
    let sum = fit.competencies.reduce(0) { $0 + $1.emphasis * $1.strength }
    out += String(format: "  Σ = %.3f → %.1f × %.3f = %.2f points\n", sum, fit.parts.competencyMaximum, sum, fit.parts.competencies)
    out += String(format: "Requirements: %.0f × Σ weight × satisfaction / Σ weight\n", FitScorer.requirementPoints)
    for check in fit.requirements {
      out += "  " + Terminal.pad("\(check.requirement) (\(check.required ? "required" : "preferred"))", 40)
        + String(format: " %.1f × %.2f", check.weight, check.satisfaction) + "  " + check.found + "\n"
    }
    let weights = fit.requirements.reduce(0) { $0 + $1.weight }
    let met = fit.requirements.reduce(0) { $0 + $1.weight * $1.satisfaction }
    if weights > 0 {
      out += String(format: "  %.2f / %.2f → %.2f points\n", met, weights, fit.parts.requirements)
    } else {
      out += String(format: "  no requirement to check → %.2f points\n", fit.parts.requirements)
    }
    out += String(
      format: "Keywords: (%.0f + %.0f × (1 − coverage)) = %.1f points × found weight / total weight\n",
      FitScorer.keywordPoints, FitScorer.competencyPoints, fit.parts.keywordMaximum)
    for keyword in fit.keywords {
      out += "  " + (keyword.found ? "✓ " : "✗ ") + Terminal.pad(keyword.term, 38) + String(format: " %.2f\n", keyword.weight)
    }
    let found = fit.keywords.filter(\.found).reduce(0) { $0 + $1.weight }
    let total = fit.keywords.reduce(0) { $0 + $1.weight }
    if total > 0 {
      out += String(format: "  %.2f / %.2f → %.2f points\n", found, total, fit.parts.keywords)
    } else {
      out += String(format: "  no salient keyword → half: %.2f points\n", fit.parts.keywords)
    }
    out += String(
      format: "Total: %.2f + %.2f + %.2f = %.2f → %d (%@; bands: Poor <40 ≤ Weak <55 ≤ Fair <70 ≤ Good <85 ≤ Strong)\n",
      fit.parts.competencies, fit.parts.requirements, fit.parts.keywords,
      fit.parts.competencies + fit.parts.requirements + fit.parts.keywords, fit.score, fit.band.rawValue)
    return out
  }

  static func markdown(_ fit: FitResult) -> String {
    var out = "## \(AnalysisReport.escape(fit.posting.title ?? "Untitled posting")): \(fit.score)/100 (\(fit.band.rawValue))\n\n"
    out += "Posting `\(fit.posting.source)` · resume `\(fit.resume)`\n\n"
    out += String(
      format: "| Part | Points |\n|---|---:|\n| Competencies | %.1f / %.1f |\n| Requirements | %.1f / %.0f |\n| Keywords | %.1f / %.1f |\n\n",
      fit.parts.competencies, fit.parts.competencyMaximum, fit.parts.requirements, FitScorer.requirementPoints,
      fit.parts.keywords, fit.parts.keywordMaximum)
    out += "| Competency | Emphasis | Strength | Status | Would add |\n|---|---:|---:|---|---:|\n"
    for competency in fit.competencies {
      out += String(
        format: "| %@ | %.0f%% | %.2f | %@ | %.1f |\n", AnalysisReport.escape(competency.name), competency.emphasis * 100,
        competency.strength, competency.status.rawValue, competency.gain)
    }
    if !fit.unmetRequirements.isEmpty {
      out += "\n**Unmet requirements**\n\n"
      for check in fit.unmetRequirements {
        out += "- \(AnalysisReport.escape(check.requirement)) (\(check.required ? "required" : "preferred")): \(AnalysisReport.escape(check.found))\n"
      }
    }
    if !fit.missingKeywords.isEmpty {
      out += "\n**Missing keywords:** \(fit.missingKeywords.map { AnalysisReport.escape($0.term) }.joined(separator: ", "))\n"
    }
    if !fit.advice.isEmpty {
      out += "\n**Advice**\n\n" + fit.advice.map { "- \(AnalysisReport.escape($0))\n" }.joined()
    }
    return out
  }

  /// Wraps text at word boundaries to `width` columns, indenting continuation lines.
  static func wrap(_ text: String, width: Int, indent: String) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = indent + word
      } else {
        line += (line.isEmpty ? "" : " ") + word
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines.map { $0 + "\n" }.joined()
  }
}
