import Foundation
import Matching

/// `jdmatch score` output: a table for the terminal (with the `--explain` arithmetic), Markdown, JSON and
/// HTML.
public enum FitReport {
  /// The tables of some fits for a terminal, one after another.
  ///
  /// - Parameters:
  ///   - fits: The fits of one resume against some postings.
  ///   - explain: Add every step of the arithmetic under each table.
  ///   - colored: Whether to write ANSI colours and emphasis.
  /// - Returns: The tables, separated by empty lines.
  public static func table(_ fits: [FitResult], explain: Bool, colored: Bool) -> String {
    fits.map { table($0, explain: explain, style: TextStyle(colored: colored)) }.joined(separator: "\n")
  }

  /// The fits as Markdown, one section each.
  ///
  /// - Parameter fits: The fits of one resume against some postings.
  /// - Returns: The sections, separated by empty lines.
  public static func markdown(_ fits: [FitResult]) -> String {
    fits.map(markdown).joined(separator: "\n")
  }

  /// The fits as JSON, evidence included.
  ///
  /// - Parameters:
  ///   - fits: The fits of one resume against some postings.
  ///   - oneFileNamed: Whether one posting was named: then one fit gives an object, not an array.
  /// - Returns: The JSON, ending in a newline.
  /// - Throws: The encoder's error.
  public static func json(_ fits: [FitResult], oneFileNamed: Bool) throws -> String {
    try JSONOutput.text(fits.map(FitJSON.init), oneFileNamed: oneFileNamed)
  }

  /// The fits as one self-contained HTML page (see ``HTMLReport``).
  ///
  /// - Parameter fits: The fits of one resume against some postings.
  /// - Returns: The whole HTML document.
  public static func html(_ fits: [FitResult]) -> String {
    HTMLReport.render(fits)
  }

  static func table(_ fit: FitResult, explain: Bool, style: TextStyle, width: Int = 80) -> String {
    var out = ""
    let title = [fit.posting.title ?? "(untitled posting)", fit.posting.company].compactMap { $0 }
      .joined(separator: " · ")
    out +=
      style.bold("\(fit.score)/100 \(fit.band.rawValue)") + "  " + style.bold(TextLayout.fit(title, width - 16))
      + "\n"
    out += style.dim(TextLayout.fit("posting: \(fit.posting.source)", width)) + "\n"
    out += style.dim(TextLayout.fit("resume:  \(fit.resume)", width)) + "\n"
    out +=
      "  "
      + TextLayout.fit(
        fit.parts.filter { $0.maximum > 0 }
          .map { "\(Self.shortName($0.kind)) \(NumberFormat.fixed($0.points, 0))/\(NumberFormat.fixed($0.maximum, 0))" }
          .joined(separator: " · "), width - 2) + "\n"
    for part in fit.parts where part.kind == .role || part.kind == .level || part.kind == .specialty {
      out +=
        "  " + style.dim(TextLayout.fit("\(Self.shortName(part.kind)): \(FitWording.detail(part, of: fit))", width - 2))
        + "\n"
    }
    for note in FitWording.notes(fit) { out += style.yellow(TextLayout.wrap("! " + note, width: width, indent: "  ")) }
    let matched = fit.competenciesCount ? fit.competencies.filter { $0.status == .matched } : []
    let shown = fit.skills.shown
    if !matched.isEmpty || !shown.isEmpty {
      out += "\n" + style.underline("Matched") + "\n"
      for competency in matched.prefix(6) {
        out +=
          "  " + TextLayout.pad(competency.name, 36) + " "
          + NumberFormat.fixed(competency.emphasis * 100, 0, width: 3)
          + "%  strength " + NumberFormat.fixed(competency.strength, 2) + "\n"
        if let evidence = competency.resumeEvidence.first {
          out +=
            "    " + TextLayout.quote(evidence.sentence, phrase: evidence.phrase, width: width - 4, style: style)
            + "\n"
        }
      }
      if !shown.isEmpty {
        let names = shown.map(\.name).joined(separator: ", ")
        out += "  " + TextLayout.wrap("Skills asked and shown: " + names, width: width - 2, indent: "    ")
      }
    }
    let gaps = FitGap.all(fit)
    if !gaps.isEmpty {
      out += "\n" + style.underline("Gaps, by the points they would add") + "\n"
      for gap in gaps.prefix(8) {
        let label = gap.status == "weak" ? style.yellow(gap.status) : style.red(gap.status)
        out +=
          "  " + TextLayout.pad(gap.name, 36) + " +" + NumberFormat.fixed(gap.gain, 1, width: 4) + "  " + label
          + "\n"
      }
    }
    let unmet = fit.unmetRequirements
    if !unmet.isEmpty {
      out += "\n" + style.underline("Unmet requirements") + "\n"
      for check in unmet {
        let importance = check.required ? "required" : "preferred"
        out +=
          "  ✗ "
          + TextLayout.fit("\(FitWording.requirement(check)) (\(importance)): \(FitWording.found(check))", width - 4)
          + "\n"
      }
    }
    let missing = fit.missingKeywords.map(\.term)
    if !missing.isEmpty {
      out +=
        "\n" + style.underline("Missing keywords: ") + TextLayout.fit(missing.joined(separator: ", "), width - 18)
        + "\n"
    }
    let advice = AdviceWriter.advice(for: fit)
    if !advice.isEmpty {
      out += "\n" + style.underline("Advice") + "\n"
      for line in advice { out += TextLayout.wrap("• " + line, width: width, indent: "  ") }
    }
    if explain { out += "\n" + explanation(fit, style: style) }
    return out
  }

  /// Every step of the arithmetic, so a user can check each point.
  static func explanation(_ fit: FitResult, style: TextStyle) -> String {
    var out = style.underline("How the score is computed") + "\n"
    out +=
      "Each part: value (0–1) × its points. Weights from the fitted scoring model; the score of a pair "
      + "never depends on the other files in a batch.\n"
    for part in fit.parts {
      out +=
        "\(part.kind.displayName): \(NumberFormat.fixed(part.value, 3)) × "
        + "\(NumberFormat.fixed(part.maximum, 1)) = \(NumberFormat.fixed(part.points, 2)) points\n"
      out += "  " + TextLayout.wrap(FitWording.detail(part, of: fit), width: 98, indent: "    ")
      switch part.kind {
      case .competencies:
        for competency in fit.competencies {
          out +=
            "    " + TextLayout.pad(competency.name, 40)
            + " \(NumberFormat.fixed(competency.emphasis, 3)) × \(NumberFormat.fixed(competency.strength, 3)) = "
            + NumberFormat.fixed(competency.emphasis * competency.strength, 3) + "\n"
        }
      case .requirements:
        for check in fit.requirements {
          out +=
            "    "
            + TextLayout.pad("\(FitWording.requirement(check)) (\(check.required ? "required" : "preferred"))", 40)
            + " \(NumberFormat.fixed(check.weight, 1)) × \(NumberFormat.fixed(check.satisfaction, 2))"
            + "  \(FitWording.found(check))\n"
        }
      case .text:
        let found = fit.keywords.filter(\.found).map(\.term)
        let missing = fit.missingKeywords.map(\.term)
        if !found.isEmpty {
          out += TextLayout.wrap(
            "    salient words found: " + found.joined(separator: ", "), width: 100, indent: "      ")
        }
        if !missing.isEmpty {
          out += TextLayout.wrap(
            "    salient words missing: " + missing.joined(separator: ", "), width: 100, indent: "      ")
        }
      case .skills:
        for item in fit.skills.items.prefix(20) {
          out +=
            "    " + TextLayout.pad("\(item.name)\(item.required ? " (required)" : "")", 40)
            + " share \(NumberFormat.fixed(item.share, 3)) × shown \(NumberFormat.fixed(item.strength, 2))\n"
        }
      case .role, .level, .specialty:
        break
      }
    }
    out +=
      "Coverage: the lexicon covers \(NumberFormat.percent(fit.coverage)) of this posting, so competencies weigh "
      + "\(NumberFormat.fixed(fit.part(.competencies)?.maximum ?? 0)) and text "
      + "\(NumberFormat.fixed(fit.part(.text)?.maximum ?? 0)) points\n"
    let total = fit.parts.reduce(0) { $0 + $1.points }
    let sum = fit.parts.map { NumberFormat.fixed($0.points, 2) }.joined(separator: " + ")
    out +=
      "Total: \(sum) = \(NumberFormat.fixed(total, 2)) → \(fit.score) (\(fit.band.rawValue); "
      + "bands: Poor <40 ≤ Weak <55 ≤ Fair <70 ≤ Good <85 ≤ Strong)\n"
    return out
  }

  /// A one-word name of a part for the summary line.
  static func shortName(_ kind: FitPart.Kind) -> String {
    switch kind {
    case .role: return "role"
    case .level: return "level"
    case .specialty: return "kind of work"
    case .skills: return "skills"
    case .competencies: return "competencies"
    case .requirements: return "requirements"
    case .text: return "text"
    }
  }

  static func markdown(_ fit: FitResult) -> String {
    let escape = MarkdownEscaping.escape
    var out = "## \(escape(fit.posting.title ?? "Untitled posting")): \(fit.score)/100 (\(fit.band.rawValue))\n\n"
    out += "Posting `\(fit.posting.source)` · resume `\(fit.resume)`\n\n"
    out += "| Part | Points | What was compared |\n|---|---:|---|\n"
    for part in fit.parts {
      out +=
        "| \(part.kind.displayName) | \(NumberFormat.fixed(part.points)) / \(NumberFormat.fixed(part.maximum)) | "
        + escape(FitWording.detail(part, of: fit)) + " |\n"
    }
    out += "\n"
    for note in FitWording.notes(fit) { out += "> \(escape(note))\n\n" }
    if !fit.skills.items.isEmpty {
      out += "| Skill asked | Required | Share | Shown | Would add |\n|---|---|---:|---:|---:|\n"
      for item in fit.skills.items {
        let cells = [
          escape(item.name), item.required ? "yes" : "no", NumberFormat.percent(item.share),
          NumberFormat.fixed(item.strength, 2), NumberFormat.fixed(item.gain),
        ]
        out += "| " + cells.joined(separator: " | ") + " |\n"
      }
      out += "\n"
    }
    if fit.competenciesCount {
      out += "| Competency | Emphasis | Strength | Status | Would add |\n|---|---:|---:|---|---:|\n"
      for competency in fit.competencies {
        let cells = [
          escape(competency.name), NumberFormat.percent(competency.emphasis),
          NumberFormat.fixed(competency.strength, 2), competency.status.rawValue, NumberFormat.fixed(competency.gain),
        ]
        out += "| " + cells.joined(separator: " | ") + " |\n"
      }
    }
    if !fit.unmetRequirements.isEmpty {
      out += "\n**Unmet requirements**\n\n"
      for check in fit.unmetRequirements {
        out +=
          "- \(escape(FitWording.requirement(check))) (\(check.required ? "required" : "preferred")): \(escape(FitWording.found(check)))\n"
      }
    }
    if !fit.missingKeywords.isEmpty {
      out += "\n**Missing keywords:** \(fit.missingKeywords.map { escape($0.term) }.joined(separator: ", "))\n"
    }
    let advice = AdviceWriter.advice(for: fit)
    if !advice.isEmpty {
      out += "\n**Advice**\n\n" + advice.map { "- \(escape($0))\n" }.joined()
    }
    return out
  }
}
