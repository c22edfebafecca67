extension RoleVocabulary {
  /// Writes the families as a compiled lexicon keeps them (their lookup tables are made again on reading).
  package func write(to writer: inout CompiledWriter) {
    writer.write(families.count)
    for family in families {
      writer.write(family.id)
      writer.write(family.name)
      writer.write(family.phrases)
      writer.write(family.general)
      writer.write(family.specialisedBy)
    }
  }

  /// Reads a vocabulary ``write(to:)`` wrote.
  ///
  /// - Throws: ``CompiledReader/Damaged`` when the bytes do not read as one.
  package init(from reader: inout CompiledReader) throws(CompiledReader.Damaged) {
    var families: [Family] = []
    for _ in 0..<(try reader.readCount(minimumSize: 20)) {
      families.append(
        Family(
          id: try reader.readString(), name: try reader.readString(), phrases: try reader.readStringLists(),
          general: try reader.readStringSet(), specialisedBy: try reader.readStrings()))
    }
    self.init(families: families)
  }
}
