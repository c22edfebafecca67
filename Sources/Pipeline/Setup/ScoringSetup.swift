import Analysis
import Foundation
import Matching

/// A lexicon with what scoring needs beside it: `roles.yaml` (read with the lexicon), the fitted
/// `scoring.json` (built-in values when absent) and `background-df.tsv` (uniform term weights when absent).
public struct ScoringSetup: Sendable {
  /// Prepares postings and resumes.
  public let preparer: Preparer
  /// Scores prepared pairs.
  public let scorer: FitScorer

  /// Creates a setup from parts already loaded.
  ///
  /// - Parameters:
  ///   - preparer: Prepares postings and resumes.
  ///   - scorer: Scores prepared pairs; made for the same lexicon as `preparer`.
  public init(preparer: Preparer, scorer: FitScorer) {
    self.preparer = preparer
    self.scorer = scorer
  }

  /// Loads the lexicon at `lexiconPath` and the files beside it, through the ``LexiconCache``.
  ///
  /// - Parameters:
  ///   - lexiconPath: The lexicon (YAML); `roles.yaml`, `scoring.json` and `background-df.tsv` are looked
  ///     for in its folder.
  ///   - asOf: The date "Present" means in every resume; nil (the default) for each resume's own date, else
  ///     today.
  ///   - cacheDirectory: Where the compiled lexicon is kept; nil to parse the files every time. The default
  ///     is ``LexiconCache/defaultDirectory(environment:)``.
  /// - Returns: A preparer and a scorer for that lexicon.
  /// - Throws: ``LexiconError`` for the lexicon or role vocabulary, ``ScoringModelError`` for the
  ///   scoring model or background, each naming the file and the problem.
  public static func load(
    lexiconPath: String, asOf: Date? = nil, cacheDirectory: String? = LexiconCache.defaultDirectory()
  ) throws -> ScoringSetup {
    let contents = try LexiconCache.load(lexiconPath: lexiconPath, directory: cacheDirectory)
    let scoring = try contents.scoring.get()
    return ScoringSetup(
      preparer: Preparer(compiled: contents.compiled, asOf: asOf, idf: scoring.idf),
      scorer: FitScorer(model: scoring.model, lexicon: contents.compiled.lexicon))
  }
}
