import Ingest

/// Reads the files a command names, reporting each one that fails on stderr and going on.
enum DocumentReader {
  /// The documents read, in order, and how many files failed.
  static func readEach(_ files: [String], with ingestor: Ingestor) -> (documents: [Document], failures: Int) {
    var documents: [Document] = []
    var failures = 0
    for file in files {
      do {
        documents.append(try ingestor.document(at: file))
      } catch let error as IngestError {
        Console.error("jdmatch: \(error.description)")
        failures += 1
      } catch {
        Console.error("jdmatch: \(file): \(error)")
        failures += 1
      }
    }
    return (documents, failures)
  }
}
