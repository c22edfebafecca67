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
    out += "  " + Terminal.fit(
      fit.parts.filter { $0.maximum > 0 }
        .map { String(format: "%@ %.0f/%.0f", Self.shortName($0.kind), $0.points, $0.maximum) }
        .joined(separator: " · "), width - 2) + "\n"
    for part in fit.parts where part.kind == .role || part.kind == .level {
      out += "  " + Terminal.fit("\(Self.shortName(part.kind)): \(part.detail)", width - 2).dim + "\n"
    }
    for note in fit.notes { out += wrap("! " + note, width: width, indent: "  ").yellow }
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
    out += "Each part: value (0–1) × its points. Weights from the fitted scoring model; the score of a pair "
      + "never depends on the other files in a batch.\n"
    for part in fit.parts {
      out += String(
        format: "%@: %.3f × %.1f = %.2f points\n", part.kind.displayName, part.value, part.maximum, part.points)
      out += "  " + wrap(part.detail, width: 98, indent: "    ")
      switch part.kind {
      case .competencies:
        for competency in fit.competencies {
          out += "    " + Terminal.pad(competency.name, 40)
            + String(format: " %.3f × %.3f = %.3f\n", competency.emphasis, competency.strength, competency.emphasis * competency.strength)
        }
      case .requirements:
        for check in fit.requirements {
          out += "    " + Terminal.pad("\(check.requirement) (\(check.required ? "required" : "preferred"))", 40)
            + String(format: " %.1f × %.2f", check.weight, check.satisfaction) + "  " + check.found + "\n"
        }
      case .text:
        let found = fit.keywords.filter(\.found).map(\.term)
        let missing = fit.missingKeywords.map(\.term)
        if !found.isEmpty { out += wrap("    salient words found: " + found.joined(separator: ", "), width: 100, indent: "      ") }
        if !missing.isEmpty { out += wrap("    salient words missing: " + missing.joined(separator: ", "), width: 100, indent: "      ") }
      case .role, .level:
        break
      }
    }
    out += String(
      format: "Coverage: the lexicon covers %.0f%% of this posting, so competencies weigh %.1f and text %.1f points\n",
      fit.coverage * 100, fit.part(.competencies)?.maximum ?? 0, fit.part(.text)?.maximum ?? 0)
    let total = fit.parts.reduce(0) { $0 + $1.points }
    out += String(
      format: "Total: %@ = %.2f → %d (%@; bands: Poor <40 ≤ Weak <55 ≤ Fair <70 ≤ Good <85 ≤ Strong)\n",
      fit.parts.map { String(format: "%.2f", $0.points) }.joined(separator: " + "), total, fit.score, fit.band.rawValue)
    return out
  }

  /// A one-word name of a part for the summary line.
  static func shortName(_ kind: FitPart.Kind) -> String {
    switch kind {
    case .role: return "role"
    case .level: return "level"
    case .competencies: return "competencies"
    case .requirements: return "requirements"
    case .text: return "text"
    }
  }

  static func markdown(_ fit: FitResult) -> String {
    var out = "## \(AnalysisReport.escape(fit.posting.title ?? "Untitled posting")): \(fit.score)/100 (\(fit.band.rawValue))\n\n"
    out += "Posting `\(fit.posting.source)` · resume `\(fit.resume)`\n\n"
    out += "| Part | Points | What was compared |\n|---|---:|---|\n"
    for part in fit.parts {
      out += String(format: "| %@ | %.1f / %.1f | ", part.kind.displayName, part.points, part.maximum)
        + AnalysisReport.escape(part.detail) + " |\n"
    }
    out += "\n"
    for note in fit.notes { out += "> \(AnalysisReport.escape(note))\n\n" }
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
