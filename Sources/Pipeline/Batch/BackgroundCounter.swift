import Analysis
import Ingest
import Matching

/// Counts in how many documents each term appears, over folders of postings and resumes: the
/// `background-df.tsv` that weighs terms in the text part of the fit score.
public struct BackgroundCounter: Sendable {
  /// The table and what went into it.
  public struct Count: Sendable, Equatable {
    /// `# documents<TAB>N`, then `key<TAB>count` lines sorted by key.
    public var table: String
    /// How many documents were read and counted.
    public var documents: Int
    /// The files and paths that could not be read, in the order met.
    public var problems: [IngestError]
  }

  /// Turns each document into its term keys.
  public let preparer: Preparer
  /// Reads every file.
  public let ingestor: Ingestor

  /// Creates a counter.
  ///
  /// - Parameters:
  ///   - preparer: Gives each document's term keys (``Preparer/termKeys(_:)``).
  ///   - ingestor: Reads every file.
  public init(preparer: Preparer, ingestor: Ingestor = Ingestor()) {
    self.preparer = preparer
    self.ingestor = ingestor
  }

  /// Reads every posting and resume under `paths` (as `rank` collects them) and counts their terms.
  ///
  /// - Parameter paths: Folders or files of postings and resumes.
  /// - Returns: The table, how many documents it counts, and the paths that failed: first those the folder
  ///   walk could not use, then the files that could not be read.
  public func count(_ paths: [String]) -> Count {
    let collector = InputCollector(extensions: InputCollector.resumeExtensions.union(InputCollector.postingExtensions))
    let collected = collector.collect(paths)
    var documents: [Set<String>] = []
    var problems = collected.skipped
    for file in collected.files {
      do {
        documents.append(preparer.termKeys(try ingestor.document(at: file)))
      } catch let error as IngestError {
        problems.append(error)
      } catch {
        problems.append(.unreadable(path: file, reason: "\(error)"))
      }
    }
    return Count(
      table: BackgroundFrequencies.table(documents: documents), documents: documents.count, problems: problems)
  }
}
