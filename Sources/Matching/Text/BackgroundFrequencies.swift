import Foundation

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
    let data: Data
    do {
      let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
      defer { try? handle.close() }
      data = try handle.read(upToCount: 16 * 1_048_576) ?? Data()
    } catch {
      throw ScoringModelError.unreadable(path: path, reason: "cannot be read")
    }
    var documents = 0
    var frequencies: [String: Int] = [:]
    for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
      let fields = line.split(separator: "\t")
      if line.hasPrefix("#") {
        if fields.count == 2, fields[0] == "# documents", let count = Int(fields[1]) { documents = count }
        continue
      }
      guard fields.count == 2, let count = Int(fields[1]), count >= 0 else {
        throw ScoringModelError.invalid(path: path, reason: "line \(number + 1): expected key<TAB>count")
      }
      frequencies[String(fields[0])] = count
    }
    guard documents > 0 else {
      throw ScoringModelError.invalid(path: path, reason: "no `# documents<TAB>N` line")
    }
    return InverseDocumentFrequency(documents: documents, frequencies: frequencies)
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
