extension InverseDocumentFrequency {
  /// Writes the weights as a compiled lexicon keeps them: by their bits, terms in order.
  package func write(to writer: inout CompiledWriter) {
    writer.write(documents)
    writer.write(unseen)
    let terms = table.keys.sorted()
    writer.write(array: terms)
    writer.write(array: terms.map { table[$0]?.bitPattern ?? 0 })
  }

  /// Reads weights ``write(to:)`` wrote.
  ///
  /// - Throws: ``CompiledReader/Damaged`` when the bytes do not read as them.
  package init(from reader: inout CompiledReader) throws(CompiledReader.Damaged) {
    let documents = try reader.readInt()
    let unseen = try reader.readDouble()
    let terms: [UInt32] = try reader.readArray()
    let weights: [UInt64] = try reader.readArray()
    guard terms.count == weights.count else { throw CompiledReader.Damaged() }
    var table: [UInt32: Double] = [:]
    table.reserveCapacity(terms.count)
    for (term, weight) in zip(terms, weights) { table[term] = Double(bitPattern: weight) }
    self.init(documents: documents, table: table, unseen: unseen)
  }
}
