import Analysis
import Ingest

/// Reads and prepares many files in parallel, with a bound on how many are in flight.
///
/// Each task reads, parses and analyses one file and returns only what scoring needs, so memory
/// grows with the number of files, not with their size.
public struct BatchPreparer: Sendable {
  public let ingestor: Ingestor
  public let preparer: Preparer

  public init(ingestor: Ingestor, preparer: Preparer) {
    self.ingestor = ingestor
    self.preparer = preparer
  }

  /// Prepares every file with `prepare`, at most `jobs` at a time; results come back in the files'
  /// order. `progress` is called on the calling task after each file.
  public func prepare<Prepared: Sendable>(
    _ files: [String], jobs: Int, progress: () -> Void = {},
    _ prepare: @escaping @Sendable (Preparer, Document) -> Prepared
  ) async -> [Result<Prepared, IngestError>] {
    let ingestor = ingestor
    let preparer = preparer
    return await withTaskGroup(of: (Int, Result<Prepared, IngestError>).self) { group in
      // One array, filled in place: a second copy of 50,000 results would double the peak memory.
      var results = files.map { Result<Prepared, IngestError>.failure(.unreadable(path: $0, reason: "not processed")) }
      var next = 0
      func submit() {
        guard next < files.count else { return }
        let index = next
        let file = files[index]
        next += 1
        group.addTask {
          do {
            return (index, .success(prepare(preparer, try ingestor.document(at: file))))
          } catch let error as IngestError {
            return (index, .failure(error))
          } catch {
            return (index, .failure(.unreadable(path: file, reason: "\(error)")))
          }
        }
      }
      for _ in 0..<min(max(1, jobs), files.count) { submit() }
      for await (index, result) in group {
        results[index] = result
        progress()
        submit()
      }
      return results
    }
  }
}
