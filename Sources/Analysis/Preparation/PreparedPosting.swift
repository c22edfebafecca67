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
}
