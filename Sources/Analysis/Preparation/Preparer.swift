import Foundation
import Ingest
import Tokenization

/// Prepares documents for scoring, tokenizing each once.
public struct Preparer: Sendable {
  /// Analyses postings.
  public let postingAnalyzer: PostingAnalyzer
  /// Analyses resumes; shares the posting analyzer's phrase matcher.
  public let resumeAnalyzer: ResumeAnalyzer
  /// Term rarity for the text vectors.
  public let idf: InverseDocumentFrequency
  private let lexiconKeys: Set<String>

  /// Creates a preparer for `lexicon`; `asOf` is the date "Present" means in every resume (nil: each
  /// resume's own date, else `today`); `idf` weighs terms in the text vectors.
  public init(
    lexicon: Lexicon, asOf: Date? = nil, today: Date = Date(), idf: InverseDocumentFrequency = .uniform
  ) {
    self.init(compiled: CompiledLexicon(lexicon), asOf: asOf, today: today, idf: idf)
  }

  /// Creates a preparer for a compiled lexicon (see ``init(lexicon:asOf:today:idf:)``), with the phrase
  /// matcher and keys it holds.
  public init(
    compiled: CompiledLexicon, asOf: Date? = nil, today: Date = Date(), idf: InverseDocumentFrequency = .uniform
  ) {
    let builder = ProfileBuilder(compiled: compiled)
    postingAnalyzer = PostingAnalyzer(builder: builder)
    resumeAnalyzer = ResumeAnalyzer(builder: builder, asOf: asOf, today: today)
    lexiconKeys = compiled.keys
    self.idf = idf
  }

  /// Analyses a posting; with `compact`, only the numbers scoring needs (see ``PostingAnalysis/compact()``).
  public func posting(_ document: Document, compact: Bool = false) -> PreparedPosting {
    let sections = postingAnalyzer.builder.tokenize(document)
    let weights = postingAnalyzer.builder.lexicon.sectionWeights
    // The posting's own names beside the lexicon's keys, without copying those.
    var excluded = Set<String>()
    var nameWords = WordTable()
    for name in [document.company, document.location, document.jobPosting?.hiringOrganization].compactMap({ $0 }) {
      excluded.formUnion(Tokenizer.keys(of: name, words: &nameWords))
    }
    var analysis = postingAnalyzer.analyze(document, sections: sections, evidence: !compact)
    if compact { analysis.compact() }
    // Certifications are checked as requirements; listing them as keywords too would count them twice.
    for certification in analysis.requirements.certifications {
      excluded.formUnion(Tokenizer.keys(of: certification.name, words: &nameWords))
    }
    return PreparedPosting(
      analysis: analysis,
      keywords: KeywordProfile(
        sections: sections, excluded: lexiconKeys, alsoExcluded: excluded, weights: weights.postingCompetencies),
      vector: TermVector(
        sections: sections, idf: idf, sectionWeight: { weights.postingText[$0] }, limit: TermVector.postingTermLimit),
      fingerprint: Self.fingerprint(document.text))
  }

  /// Analyses a resume.
  public func resume(_ document: Document) -> PreparedResume {
    let sections = resumeAnalyzer.builder.tokenize(document, in: .resume)
    var keys = Set<String>()
    for section in sections { for token in section.text.tokens { keys.insert(token.key) } }
    return PreparedResume(
      analysis: resumeAnalyzer.analyze(document, sections: sections), keys: keys,
      vector: TermVector(
        sections: sections, idf: idf,
        sectionWeight: { [weights = resumeAnalyzer.builder.lexicon.sectionWeights] in
          weights.resumeText[$0]
        }))
  }

  /// The distinct term keys the text vectors count (for background frequencies).
  public func termKeys(_ document: Document) -> Set<String> {
    var keys = Set<String>()
    for section in postingAnalyzer.builder.tokenize(document) {
      for token in section.text.tokens where TermVector.counts(token) { keys.insert(token.key) }
    }
    return keys
  }

  /// FNV-1a over the text's bytes without whitespace, ASCII lowercased, so spacing and case do not matter.
  public static func fingerprint(_ text: String) -> UInt64 {
    // A native string's bytes are read in place; a bridged one is copied first.
    if let hash = text.utf8.withContiguousStorageIfAvailable({ fingerprint($0) }) { return hash }
    return fingerprint(Array(text.utf8))
  }

  private static func fingerprint(_ bytes: some Collection<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for var byte in bytes where !(byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D) {
      if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }
}
