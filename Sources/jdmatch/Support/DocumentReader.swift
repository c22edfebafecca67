import Ingest

/// Reads the files a command names, reporting each one that fails on stderr and going on.
enum DocumentReader {
  /// The documents read, in order, and how many files failed.
  static func readEach(_ files: [String], with ingestor: Ingestor) -> (documents: [Document], failures: Int) {
    let results = readInOrder(files, with: ingestor)
    let documents = results.compactMap { try? $0.get() }
    return (documents, results.count - documents.count)
  }

  /// One result per input, in order: the document, or why it could not be read (also said on stderr). With
  /// `feeds`, a file of postings (`.csv`, `.jsonl`) gives one result per row, named `FILE#N`.
  static func readInOrder(
    _ files: [String], with ingestor: Ingestor, feeds: Bool = false
  ) -> [Result<Document, IngestError>] {
    var results: [Result<Document, IngestError>] = []
    for file in files {
      do {
        if feeds, PostingFeed.isFeed(file), PostingFeed.row(of: file) == nil {
          let feed = try ingestor.feed(at: file)
          // Rows in the file's order, the skipped ones where they were.
          let rows =
            feed.documents.map { Result<Document, IngestError>.success($0) }
            + feed.skipped.map { Result<Document, IngestError>.failure($0) }
          for row in rows.sorted(by: { rowNumber($0) < rowNumber($1) }) {
            if case .failure(let error) = row { Console.error("jdmatch: \(error.description)") }
            results.append(row)
          }
          continue
        }
        results.append(.success(try ingestor.document(at: file)))
      } catch let error as IngestError {
        Console.error("jdmatch: \(error.description)")
        results.append(.failure(error))
      } catch {
        Console.error("jdmatch: \(file): \(error)")
        results.append(.failure(.unreadable(path: file, reason: "\(error)")))
      }
    }
    return results
  }

  private static func rowNumber(_ result: Result<Document, IngestError>) -> Int {
    switch result {
    case .success(let document): return PostingFeed.row(of: document.source)?.row ?? 0
    case .failure(let error): return PostingFeed.row(of: error.path)?.row ?? 0
    }
  }
}
