/// A lexicon with what every run derives from it before reading a document: the phrase matcher (its phrases,
/// patterns and cue words tokenized into tries) and the keys of its phrases and titles, which keyword lists
/// leave out. Built from a ``Lexicon`` or read back from the bytes ``write(to:)`` wrote, it prepares
/// documents the same either way.
public struct CompiledLexicon: Sendable {
  /// The lexicon, with its role families, document-kind rules and skills vocabulary.
  public let lexicon: Lexicon
  /// Its phrase matcher.
  public let matcher: PhraseMatcher
  /// The token keys of its phrases and titles (``KeywordProfile/lexiconKeys(_:)``).
  public let keys: Set<String>

  /// Derives the matcher and keys of `lexicon`.
  public init(_ lexicon: Lexicon) {
    self.lexicon = lexicon
    matcher = PhraseMatcher(lexicon: lexicon)
    keys = KeywordProfile.lexiconKeys(lexicon)
  }

  /// Writes the lexicon and what was derived from it.
  package func write(to writer: inout CompiledWriter) {
    lexicon.write(to: &writer)
    matcher.write(to: &writer)
    writer.write(keys)
  }

  /// Reads a compiled lexicon ``write(to:)`` wrote.
  ///
  /// - Parameters:
  ///   - reader: The bytes.
  ///   - source: The lexicon file, as it is named now.
  ///   - skillSources: The skills vocabulary's files, as they are named now.
  /// - Throws: ``CompiledReader/Damaged`` when the bytes do not read as one, or its matcher's competencies are
  ///   not the lexicon's.
  package init(from reader: inout CompiledReader, source: String, skillSources: [String])
    throws(CompiledReader.Damaged)
  {
    lexicon = try Lexicon(from: &reader, source: source, skillSources: skillSources)
    matcher = try PhraseMatcher(from: &reader)
    keys = try reader.readStringSet()
    guard matcher.competencyCount == lexicon.competencies.count else { throw CompiledReader.Damaged() }
  }
}
