import Analysis
import Foundation
import Ingest
import Matching
import Pipeline
import TestSupport

/// Rankings and fits made from the repository's fixtures, the way `jdmatch rank` makes them.
enum ReportFixtures {
  /// The resumes' "Present" is read as of 2024-06-01, as in the matching tests.
  static let setup: ScoringSetup = {
    do {
      return try ScoringSetup.load(
        lexiconPath: Fixtures.lexicon("cpo.yaml"), asOf: Date(timeIntervalSince1970: 1_717_200_000),
        cacheDirectory: Fixtures.cacheDirectory)
    } catch {
      fatalError("the default lexicon does not load: \(error)")
    }
  }()
  static var preparer: Preparer { setup.preparer }

  /// `Fixtures/hostile/NAME`.
  static func hostile(_ name: String) -> String {
    Fixtures.root.appendingPathComponent("Fixtures/hostile").appendingPathComponent(name).path
  }

  /// The postings at `paths` ranked for the resume `Fixtures/resumes/RESUME`, every entry detailed.
  static func ranking(postings paths: [String], resume name: String = "vp-product-morgan-ellis.md") throws -> Ranking {
    let ingestor = Ingestor()
    let postings = try paths.map { path in (file: path, posting: preparer.posting(try ingestor.document(at: path))) }
    let resume = preparer.resume(try ingestor.document(at: Fixtures.resume(name)))
    var ranking = Ranker.rank(
      postings: postings, for: resume, scorer: setup.scorer, subject: Fixtures.resume(name), skipped: [])
    let byFile = Dictionary(postings.map { ($0.file, $0.posting) }, uniquingKeysWith: { first, _ in first })
    for index in ranking.entries.indices {
      if let posting = byFile[ranking.entries[index].file] {
        ranking.entries[index].fit = setup.scorer.score(posting, resume)
      }
    }
    return ranking
  }

  /// Every posting in `Fixtures/postings`, ranked for the VP of Product resume.
  static let allPostings: Ranking = {
    do {
      return try ranking(postings: Fixtures.postingNames().map(Fixtures.posting))
    } catch {
      fatalError("the posting fixtures do not rank: \(error)")
    }
  }()

  /// One posting scored on its own, as `jdmatch score` does.
  static func fit(posting path: String, resume name: String = "vp-product-morgan-ellis.md") throws -> FitResult {
    let ingestor = Ingestor()
    return setup.scorer.score(
      preparer.posting(try ingestor.document(at: path)),
      preparer.resume(try ingestor.document(at: Fixtures.resume(name))))
  }
}
