/// A posting ready to be scored: its analysis, keyword candidates, term vector and a fingerprint of its text.
public struct PreparedPosting: Sendable, Equatable {
  /// The posting's competencies, requirements and role.
  public var analysis: PostingAnalysis
  /// Its salient terms outside the lexicon.
  public var keywords: KeywordProfile
  /// Its words, for whole-text similarity.
  public var vector: TermVector
  /// FNV-1a hash of the normalised text: the same posting saved twice has the same fingerprint.
  public var fingerprint: UInt64

  /// Creates a prepared posting (``Preparer/posting(_:)`` makes them from documents; tests of the
  /// scoring build them by hand).
  ///
  /// - Parameters:
  ///   - analysis: Its analysis.
  ///   - keywords: Its salient terms outside the lexicon; none by default.
  ///   - vector: Its term vector; empty by default.
  ///   - fingerprint: A hash of its text.
  public init(
    analysis: PostingAnalysis, keywords: KeywordProfile = KeywordProfile(terms: []),
    vector: TermVector = .empty, fingerprint: UInt64 = 0
  ) {
    self.analysis = analysis
    self.keywords = keywords
    self.vector = vector
    self.fingerprint = fingerprint
  }
}
