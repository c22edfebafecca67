import Analysis
import Foundation

/// A lexicon with what scoring needs beside it: `roles.yaml` (read with the lexicon), the fitted
/// `scoring.json` (built-in values when absent) and `background-df.tsv` (uniform term weights when absent).
public struct ScoringSetup: Sendable {
  /// Prepares postings and resumes.
  public let preparer: Preparer
  /// Scores prepared pairs.
  public let scorer: FitScorer

  /// Loads the lexicon at `lexiconPath` and the files beside it.
  ///
  /// - Throws: ``LexiconError`` for the lexicon or role vocabulary, ``ScoringModelError`` for the
  ///   scoring model or background, each naming the file and the problem.
  public static func load(lexiconPath: String, asOf: Date = Date()) throws -> ScoringSetup {
    let lexicon = try LexiconLoader.load(path: lexiconPath)
    let modelPath = ScoringModel.path(besideLexicon: lexiconPath)
    let idfPath = BackgroundFrequencies.path(besideLexicon: lexiconPath)
    let model = FileManager.default.fileExists(atPath: modelPath) ? try ScoringModel.load(path: modelPath) : .builtIn
    let idf = FileManager.default.fileExists(atPath: idfPath) ? try BackgroundFrequencies.load(path: idfPath) : .uniform
    return ScoringSetup(
      preparer: Preparer(lexicon: lexicon, asOf: asOf, idf: idf), scorer: FitScorer(model: model, lexicon: lexicon))
  }
}
