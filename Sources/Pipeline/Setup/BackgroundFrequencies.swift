import Analysis
import Foundation
import Ingest
import Matching

/// Reads `background-df.tsv`: how many documents of a background corpus contain each term, for
/// ``InverseDocumentFrequency``. The first line is `# documents<TAB>N`; each other line is
/// `key<TAB>count` (stemmed keys as the tokenizer writes them).
public enum BackgroundFrequencies {
  /// The file name looked for beside a lexicon.
  public static let fileName = "background-df.tsv"

  /// Where the background of the lexicon at `lexiconPath` is.
  public static func path(besideLexicon lexiconPath: String) -> String {
    URL(fileURLWithPath: lexiconPath).deletingLastPathComponent().appendingPathComponent(fileName).path
  }

  /// Loads the table at `path`.
  ///
  /// - Throws: ``ScoringModelError`` naming the file and the line that is wrong.
  public static func load(path: String) throws -> InverseDocumentFrequency {
    let bytes: [UInt8]
    do {
      bytes = try FileReader.read(path, limit: 16 * 1_048_576)
    } catch let error as IngestError {
      throw ScoringModelError.unreadable(path: path, reason: error.reason)
    }
    // Parsed as bytes, keys hashed in place: the table is read on every `jdmatch score`.
    var documents = 0
    var frequencies: [UInt32: Int] = [:]
    var lineStart = 0
    var number = 0
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      number += 1
      defer { lineStart = lineEnd + 1 }
      guard lineEnd > lineStart else { continue }
      guard let tab = bytes[lineStart..<lineEnd].lastIndex(of: 0x09), tab > lineStart,
        let count = Int(String(decoding: bytes[(tab + 1)..<lineEnd], as: UTF8.self)), count >= 0
      else {
        if bytes[lineStart] == 0x23 { continue }
        throw ScoringModelError.invalid(path: path, reason: "line \(number): expected key<TAB>count")
      }
      if bytes[lineStart] == 0x23 {
        if String(decoding: bytes[lineStart..<tab], as: UTF8.self) == "# documents" { documents = count }
        continue
      }
      frequencies[TermVector.hash(bytes[lineStart..<tab]), default: 0] += count
    }
    guard documents > 0 else {
      throw ScoringModelError.invalid(path: path, reason: "no `# documents<TAB>N` line")
    }
    return InverseDocumentFrequency(documents: documents, hashedFrequencies: frequencies)
  }

  /// The table for documents given as their sets of term keys: `# documents<TAB>N`, then `key<TAB>count`
  /// sorted by key.
  public static func table(documents: [Set<String>]) -> String {
    var counts: [String: Int] = [:]
    for keys in documents { for key in keys { counts[key, default: 0] += 1 } }
    var out = "# documents\t\(documents.count)\n"
    for key in counts.keys.sorted() { out += "\(key)\t\(counts[key] ?? 0)\n" }
    return out
  }
}
