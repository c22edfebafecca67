/// A resume ready to be scored: its analysis, the token keys it contains and its term vector.
public struct PreparedResume: Sendable, Equatable {
  /// The resume's competencies, career, degrees and role.
  public var analysis: ResumeAnalysis
  /// Every token key of its text, for finding a posting's keywords.
  public var keys: Set<String>
  /// Its words, for whole-text similarity.
  public var vector: TermVector
}
