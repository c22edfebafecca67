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

  /// Loads the lexicon at `lexiconPath` and the files beside it.
  ///
  /// - Parameters:
  ///   - lexiconPath: The lexicon (YAML); `roles.yaml`, `scoring.json` and `background-df.tsv` are looked
  ///     for in its folder.
  ///   - asOf: The date "Present" means in every resume; nil (the default) for each resume's own date, else
  ///     today.
  /// - Returns: A preparer and a scorer for that lexicon.
  /// - Throws: ``LexiconError`` for the lexicon or role vocabulary, ``ScoringModelError`` for the
  ///   scoring model or background, each naming the file and the problem.
  public static func load(lexiconPath: String, asOf: Date? = nil) throws -> ScoringSetup {
    let lexicon = try LexiconLoader.load(path: lexiconPath)
    let modelPath = ScoringModel.path(besideLexicon: lexiconPath)
    let idfPath = BackgroundFrequencies.path(besideLexicon: lexiconPath)
    // A lexicon kept elsewhere without its own scoring model uses the default one's.
    let fallback = LexiconLocator.defaultPath().map(ScoringModel.path(besideLexicon:))
    guard let found = [modelPath, fallback].compactMap({ $0 }).first(where: FileManager.default.fileExists(atPath:))
    else {
      throw ScoringModelError.unreadable(path: modelPath, reason: "no scoring model beside the lexicon")
    }
    let model = try ScoringModel.load(path: found)
    let idf = FileManager.default.fileExists(atPath: idfPath) ? try BackgroundFrequencies.load(path: idfPath) : .uniform
    return ScoringSetup(
      preparer: Preparer(lexicon: lexicon, asOf: asOf, idf: idf), scorer: FitScorer(model: model, lexicon: lexicon))
  }
}
