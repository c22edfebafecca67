import Foundation
import Pipeline
import TestSupport

/// The default lexicon's scoring setup, with resumes' "Present" read as of 2024-06-01 as in the matching tests.
enum PipelineFixtures {
  static let setup: ScoringSetup = {
    do {
      return try ScoringSetup.load(
        lexiconPath: Fixtures.lexicon("cpo.yaml"), asOf: Date(timeIntervalSince1970: 1_717_200_000),
        cacheDirectory: Fixtures.cacheDirectory)
    } catch {
      fatalError("the default lexicon does not load: \(error)")
    }
  }()

  /// A new folder holding copies of `Fixtures/postings/NAME` for each name.
  static func postingFolder(_ names: [String]) throws -> URL {
    let directory = try Fixtures.temporaryDirectory()
    for name in names {
      try FileManager.default.copyItem(
        atPath: Fixtures.posting(name), toPath: directory.appendingPathComponent(name).path)
    }
    return directory
  }
}
