import Analysis
import Ingest
import Matching

/// Reads and prepares many files in parallel, with a bound on how many are in flight.
///
/// Each task reads, parses and analyses one file and returns only what scoring needs, so memory
/// grows with the number of files, not with their size.
public struct BatchPreparer: Sendable {
  /// Reads each file.
  public let ingestor: Ingestor
  /// Prepares each document read.
  public let preparer: Preparer

  /// Creates a batch preparer.
  ///
  /// - Parameters:
  ///   - ingestor: Reads each file (its options set the size limit).
  ///   - preparer: Handed to the `prepare` closure of ``prepare(_:jobs:progress:_:)`` with each document.
  public init(ingestor: Ingestor, preparer: Preparer) {
    self.ingestor = ingestor
    self.preparer = preparer
  }

  /// Prepares every file with `prepare`, at most `jobs` at a time.
  ///
  /// - Parameters:
  ///   - files: The files to read, in the order the results come back.
  ///   - jobs: How many files are read and prepared at once (at least one).
  ///   - progress: Called on the calling task after each file, whether it was read or not.
  ///   - prepare: Turns a preparer and a document read into what the caller keeps; runs in parallel.
  /// - Returns: One result per file, in the files' order: what `prepare` returned, or why the file could
  ///   not be read.
  public func prepare<Prepared: Sendable>(
    _ files: [String], jobs: Int, progress: () -> Void = {},
    _ prepare: @escaping @Sendable (Preparer, Document) -> Prepared
  ) async -> [Result<Prepared, IngestError>] {
    await self.prepare(inputs: files.map(BatchInput.file), jobs: jobs, progress: progress, prepare)
  }

  /// Prepares every input (a file to read, or a document already read from a file of postings) with
  /// `prepare`, at most `jobs` at a time; one result per input, in their order.
  public func prepare<Prepared: Sendable>(
    inputs: [BatchInput], jobs: Int, progress: () -> Void = {},
    _ prepare: @escaping @Sendable (Preparer, Document) -> Prepared
  ) async -> [Result<Prepared, IngestError>] {
    let ingestor = ingestor
    let preparer = preparer
    return await withTaskGroup(of: (Int, Result<Prepared, IngestError>).self) { group in
      // One array, filled in place: a second copy of 50,000 results would double the peak memory.
      var results = inputs.map {
        Result<Prepared, IngestError>.failure(.unreadable(path: $0.name, reason: "not processed"))
      }
      var next = 0
      func submit() {
        guard next < inputs.count else { return }
        let index = next
        let input = inputs[index]
        next += 1
        group.addTask {
          do {
            switch input {
            case .file(let file): return (index, .success(prepare(preparer, try ingestor.document(at: file))))
            case .document(let document): return (index, .success(prepare(preparer, document)))
            }
          } catch let error as IngestError {
            return (index, .failure(error))
          } catch {
            return (index, .failure(.unreadable(path: input.name, reason: "\(error)")))
          }
        }
      }
      for _ in 0..<min(max(1, jobs), inputs.count) { submit() }
      for await (index, result) in group {
        results[index] = result
        progress()
        submit()
      }
      return results
    }
  }
}

/// One thing a batch ranks: a file to read, or a posting already read from a row of a file of postings
/// (``PostingFeed``), named `FILE#N`.
public enum BatchInput: Sendable {
  /// A file, read when its turn comes.
  case file(String)
  /// A document already read.
  case document(Document)

  /// The file, or the document's source (`jobs.csv#12`).
  public var name: String {
    switch self {
    case .file(let path): return path
    case .document(let document): return document.source
    }
  }
}
