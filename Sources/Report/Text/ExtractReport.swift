import Ingest

/// `jdmatch extract` output: the main text of each page, or everything read as JSON.
public enum ExtractReport {
  /// The main text of each document, each followed by a newline.
  ///
  /// - Parameters:
  ///   - documents: The documents read, in order.
  ///   - showNames: Head each text with `==> SOURCE <==` and follow it with an empty line (as `head` does
  ///     for several files).
  /// - Returns: The texts, one after another.
  public static func text(_ documents: [Document], showNames: Bool) -> String {
    documents.map { document in
      showNames ? "==> \(document.source) <==\n" + document.text + "\n\n" : document.text + "\n"
    }.joined()
  }

  /// Each document's title, company, location, text, sections and JSON-LD as JSON.
  ///
  /// - Parameters:
  ///   - documents: The documents read, in order.
  ///   - oneFileNamed: Whether one file was named: then one read gives an object, not an array.
  /// - Returns: The JSON, ending in a newline.
  /// - Throws: The encoder's error.
  public static func json(_ documents: [Document], oneFileNamed: Bool) throws -> String {
    try JSONOutput.text(documents, oneFileNamed: oneFileNamed)
  }
}
