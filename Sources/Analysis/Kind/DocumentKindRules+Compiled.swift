extension DocumentKindRules {
  /// Writes the rules as a compiled lexicon keeps them, the cues in the order of their names.
  package func write(to writer: inout CompiledWriter) {
    for thresholds in [posting, resume] {
      for value in [thresholds.keep, thresholds.setAside, thresholds.margin, thresholds.minimum] { writer.write(value) }
    }
    writer.write(cues.count)
    for (cue, rule) in cues.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      writer.write(cue.rawValue)
      writer.write(rule.side.rawValue)
      writer.write(rule.weight)
      writer.write(rule.cap)
      writer.write(rule.phrases)
      writer.write(rule.words)
      writer.write(rule.except)
    }
  }

  /// Reads rules ``write(to:)`` wrote.
  ///
  /// - Throws: ``CompiledReader/Damaged`` when the bytes do not read as rules (an unknown cue or kind too).
  package init(from reader: inout CompiledReader) throws(CompiledReader.Damaged) {
    func thresholds() throws(CompiledReader.Damaged) -> Thresholds {
      Thresholds(
        keep: try reader.readDouble(), setAside: try reader.readDouble(), margin: try reader.readDouble(),
        minimum: try reader.readDouble())
    }
    let posting = try thresholds()
    let resume = try thresholds()
    var cues: [DocumentKindEvidence.Cue: CueRule] = [:]
    for _ in 0..<(try reader.readCount(minimumSize: 24)) {
      guard let cue = DocumentKindEvidence.Cue(rawValue: try reader.readString()),
        let side = DocumentKind(rawValue: try reader.readString())
      else { throw CompiledReader.Damaged() }
      var rule = CueRule(
        cue: cue, side: side, weight: try reader.readDouble(), cap: try reader.readDouble(),
        phrases: try reader.readStringLists())
      rule.words = try reader.readStringLists()
      rule.except = try reader.readStringSet()
      cues[cue] = rule
    }
    self.init(posting: posting, resume: resume, cues: cues)
  }
}
