extension SkillMatcher {
  /// Writes the matcher as a compiled lexicon keeps it: the vocabulary's skills by column and the trie's hash
  /// table as it is, so loading it tokenizes none of the 100,000 labels (the labels themselves are not kept).
  package func write(to writer: inout CompiledWriter) {
    let skills = vocabulary.skills
    writer.write(vocabulary.occupationCount)
    writer.write(array: skills.text)
    writer.write(array: skills.bounds)
    writer.write(array: skills.kindIndices)
    writer.write(skills.kinds)
    writer.write(array: skills.sources)
    writer.write(array: skills.occupationCounts)
    writer.write(array: skills.escoBounds)
    writer.write(array: skills.escoLinks)
    writer.write(array: terminal)
    writer.write(array: keys)
    writer.write(array: children)
  }

  /// Reads a matcher ``write(to:)`` wrote, checking every index in it so that a damaged file cannot make
  /// matching trap or loop.
  ///
  /// - Parameters:
  ///   - reader: The compiled lexicon.
  ///   - sources: The vocabulary files it was compiled from, as they are named now.
  /// - Throws: ``CompiledReader/Damaged`` when the parts do not fit together.
  package init(from reader: inout CompiledReader, sources: [String]) throws(CompiledReader.Damaged) {
    let occupationCount = try reader.readInt()
    guard
      let skills = SkillVocabulary.Skills(
        text: try reader.readArray(), bounds: try reader.readArray(), kindIndices: try reader.readArray(),
        kinds: try reader.readStrings(), sources: try reader.readArray(), occupationCounts: try reader.readArray(),
        escoBounds: try reader.readArray(), escoLinks: try reader.readArray())
    else { throw CompiledReader.Damaged() }
    let terminal: CompiledArray<Int32> = try reader.readCompiledArray()
    let keys: CompiledArray<UInt64> = try reader.readCompiledArray()
    let children: CompiledArray<Int32> = try reader.readCompiledArray()
    // An empty table matches nothing; any other must be a power of two with a free slot (where a lookup of a
    // missing edge stops), and every child and skill must be in range.
    guard keys.count == children.count, !terminal.isEmpty,
      keys.isEmpty || (keys.count & (keys.count - 1) == 0 && keys.contains(0)),
      children.allWithin(0, below: terminal.count), terminal.allWithin(-1, below: skills.count)
    else { throw CompiledReader.Damaged() }
    let vocabulary = SkillVocabulary(
      skills: skills, labels: [], occupationCount: occupationCount, sources: sources)
    self.init(vocabulary: vocabulary, terminal: terminal, keys: keys, children: children)
  }
}
