/// A resume ready to be scored: its analysis, the token keys it contains and its term vector.
public struct PreparedResume: Sendable, Equatable {
  /// The resume's competencies, career, degrees and role.
  public var analysis: ResumeAnalysis
  /// Every token key of its text, for finding a posting's keywords.
  public var keys: Set<String>
  /// Its words, for whole-text similarity.
  public var vector: TermVector

  /// Creates a prepared resume (``Preparer/resume(_:)`` makes them from documents; tests of the scoring
  /// build them by hand).
  ///
  /// - Parameters:
  ///   - analysis: Its analysis.
  ///   - keys: Every token key of its text; none by default.
  ///   - vector: Its term vector; empty by default.
  public init(
    analysis: ResumeAnalysis, keys: Set<String> = [], vector: TermVector = .empty
  ) {
    self.analysis = analysis
    self.keys = keys
    self.vector = vector
  }
}
