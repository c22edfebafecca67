import Tokenization

extension Lexicon {
  /// Writes the lexicon as a compiled lexicon keeps it: its competencies, then the role families, the
  /// document-kind rules, the section weights and the skills matcher read beside it. Its file (``source``) is not written: the
  /// reader names the file it was given.
  package func write(to writer: inout CompiledWriter) {
    writer.write(id)
    writer.write(name)
    writer.write(description)
    writer.write(titles)
    writer.write(boilerplate)
    writer.write(competencies.count)
    for competency in competencies { competency.write(to: &writer) }
    roles.write(to: &writer)
    documentKinds.write(to: &writer)
    for (_, table) in sectionWeights.tables { writer.write(table.values) }
    skills.write(to: &writer)
  }

  /// Reads a lexicon ``write(to:)`` wrote.
  ///
  /// - Parameters:
  ///   - reader: The compiled lexicon.
  ///   - source: The lexicon file, as it is named now.
  ///   - skillSources: The skills vocabulary's files, as they are named now.
  /// - Throws: ``CompiledReader/Damaged`` when the bytes do not read as a lexicon.
  package init(from reader: inout CompiledReader, source: String, skillSources: [String])
    throws(CompiledReader.Damaged)
  {
    let id = try reader.readString()
    let name = try reader.readString()
    let description = try reader.readString()
    let titles = try reader.readStrings()
    let boilerplate = try reader.readStrings()
    let count = try reader.readCount()
    var competencies: [Competency] = []
    competencies.reserveCapacity(count)
    for _ in 0..<count { competencies.append(try Competency(from: &reader)) }
    self.init(id: id, name: name, description: description, titles: titles, competencies: competencies, source: source)
    self.boilerplate = boilerplate
    roles = try RoleVocabulary(from: &reader)
    documentKinds = try DocumentKindRules(from: &reader)
    var tables: [SectionWeights.Table] = []
    for _ in 0..<6 {
      let values = try reader.readDoubles()
      guard values.count == SectionKind.allCases.count else { throw CompiledReader.Damaged() }
      tables.append(SectionWeights.Table(values: values))
    }
    sectionWeights = SectionWeights(tables: tables)
    skills = try SkillMatcher(from: &reader, sources: skillSources)
  }
}

extension Competency {
  fileprivate func write(to writer: inout CompiledWriter) {
    writer.write(id)
    writer.write(name)
    writer.write(description)
    writer.write(weight)
    writer.write(phrases.count)
    for phrase in phrases {
      writer.write(phrase.text)
      writer.write(phrase.strength == .strong)
      writer.write(phrase.line)
    }
    writer.write(patterns.count)
    for pattern in patterns {
      writer.write(pattern.verbs)
      writer.write(pattern.objects)
      writer.write(pattern.window)
      writer.write(pattern.line)
    }
    writer.write(cues != nil)
    if let cues {
      writer.write(cues.words)
      writer.write(cues.needs)
      writer.write(cues.line)
    }
    writer.write(examples != nil)
    if let examples {
      writer.write(examples.hit)
      writer.write(examples.miss)
    }
  }

  fileprivate init(from reader: inout CompiledReader) throws(CompiledReader.Damaged) {
    let id = try reader.readString()
    let name = try reader.readString()
    let description = try reader.readString()
    let weight = try reader.readDouble()
    var phrases: [LexiconPhrase] = []
    for _ in 0..<(try reader.readCount(minimumSize: 9)) {
      phrases.append(
        LexiconPhrase(
          text: try reader.readString(), strength: try reader.readBool() ? .strong : .weak,
          line: try reader.readSignedInt()))
    }
    var patterns: [CompetencyPattern] = []
    for _ in 0..<(try reader.readCount(minimumSize: 16)) {
      patterns.append(
        CompetencyPattern(
          verbs: try reader.readStrings(), objects: try reader.readStrings(), window: try reader.readSignedInt(),
          line: try reader.readSignedInt()))
    }
    var cues: CueGroup?
    if try reader.readBool() {
      cues = CueGroup(
        words: try reader.readStrings(), needs: try reader.readSignedInt(), line: try reader.readSignedInt())
    }
    var examples: (hit: String, miss: String)?
    if try reader.readBool() { examples = (try reader.readString(), try reader.readString()) }
    self.init(
      id: id, name: name, description: description, weight: weight, phrases: phrases, patterns: patterns, cues: cues,
      examples: examples)
  }
}
