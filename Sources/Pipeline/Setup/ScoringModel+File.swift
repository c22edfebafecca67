import Foundation
import Ingest
import Matching

extension ScoringModel {
  /// The file name looked for beside a lexicon.
  public static let fileName = "scoring.json"

  /// Where the scoring model of a lexicon is.
  ///
  /// - Parameter lexiconPath: The lexicon file.
  /// - Returns: ``fileName`` in the lexicon's folder.
  public static func path(besideLexicon lexiconPath: String) -> String {
    URL(fileURLWithPath: lexiconPath).deletingLastPathComponent().appendingPathComponent(fileName).path
  }

  /// Reads and checks the model in a file.
  ///
  /// - Parameter path: A `scoring.json` file (at most 1 MB).
  /// - Returns: The model, checked as ``decode(_:path:)`` checks it.
  /// - Throws: ``ScoringModelError`` naming the file and what is wrong.
  public static func load(path: String) throws -> ScoringModel {
    let data: Data
    do {
      data = Data(try FileReader.read(path, limit: 1_048_576))
    } catch let error as IngestError {
      throw ScoringModelError.unreadable(path: path, reason: error.reason)
    }
    return try decode(data, path: path)
  }
}
