/// A cheap bound on how deeply a YAML text nests, checked before Yams sees it: its composer recurses once
/// per level, so a few hundred thousand `[` (or `- - - …`) would exhaust the stack and crash the process.
enum YAMLNesting {
  /// Lexicons nest four or five levels; anything past this is refused.
  static let limit = 64

  /// The 1-based line where `yaml` first nests deeper than ``limit``, or nil when it stays shallower.
  ///
  /// Flow collections (`[`, `{`) count outside quoted scalars and comments; block nesting counts the
  /// indentation and compact indicators (`- `, `? `, `: `) that open a line. Both over-estimate, which is
  /// fine for a limit this far above what a lexicon needs.
  static func tooDeepLine(in yaml: String) -> Int? {
    var line = 1
    var flowDepth = 0
    var atLineStart = true
    var leading = 0
    var quote: UInt8? = nil
    var inComment = false
    var previous: UInt8 = 0x0A
    var escaped = false
    for byte in yaml.utf8 {
      defer { previous = byte }
      if byte == 0x0A {
        line += 1
        atLineStart = true
        leading = 0
        inComment = false
        // A single-quoted or double-quoted scalar may span lines; a comment never does.
        continue
      }
      if inComment { continue }
      if let open = quote {
        if escaped {
          escaped = false
        } else if open == 0x22 && byte == 0x5C {
          escaped = true
        } else if byte == open {
          quote = nil
        }
        continue
      }
      if atLineStart {
        // Spaces, tabs and the indicators that open a nested block node on the same line.
        if byte == 0x20 || byte == 0x09 || byte == 0x2D || byte == 0x3F || byte == 0x3A {
          leading += 1
          if leading > limit * 4 { return line }
          continue
        }
        atLineStart = false
      }
      let afterSeparator =
        previous == 0x20 || previous == 0x09 || previous == 0x0A || previous == 0x5B || previous == 0x7B
        || previous == 0x2C || previous == 0x3A || previous == 0x2D || previous == 0x3F
      switch byte {
      case 0x23 where afterSeparator: inComment = true
      case 0x22 where afterSeparator, 0x27 where afterSeparator: quote = byte
      case 0x5B, 0x7B:
        flowDepth += 1
        if flowDepth > limit { return line }
      case 0x5D, 0x7D:
        flowDepth = max(0, flowDepth - 1)
      default: break
      }
    }
    return nil
  }
}
