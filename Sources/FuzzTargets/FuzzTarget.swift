import Analysis
import Foundation
import Ingest
import Requirements
import Tokenization
import ZIPFoundation

/// The entry points the fuzzers in `Fuzz/` drive, and that `FuzzRegressionTests` replays: each takes
/// arbitrary bytes and must return, without crashing or hanging, whatever the bytes are.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// Bytes → document through ``Ingestor``; the first byte picks the file name's extension.
  case ingest = "FuzzIngest"
  /// A single-file web archive (`.mhtml`).
  case mhtml = "FuzzMHTML"
  /// A Word file: an odd first byte wraps the rest as `word/document.xml` in a valid archive, so the XML
  /// reader is reached past the archive's checksums; an even one passes the rest on as the archive.
  case docx = "FuzzDocx"
  /// The tokenizer and stemmer on the bytes as UTF-8 text.
  case tokenizer = "FuzzTokenizer"
  /// The lexicon loader on the bytes as YAML.
  case lexicon = "FuzzLexicon"

  /// The extensions ``ingest`` chooses from.
  static let extensions = ["html", "htm", "txt", "md", "mhtml", "docx", "pdf", "xhtml", "", "mht"]

  /// Runs one input through the target.
  public func run(_ bytes: [UInt8]) {
    switch self {
    case .ingest:
      guard let first = bytes.first else { return }
      let name = Self.extensions[Int(first) % Self.extensions.count]
      _ = try? Ingestor().document(bytes: Array(bytes.dropFirst()), source: "input." + name)
    case .mhtml:
      _ = try? Ingestor().document(bytes: bytes, source: "page.mhtml")
    case .docx:
      guard let first = bytes.first else { return }
      let rest = Array(bytes.dropFirst())
      let archive = first % 2 == 1 ? StoredZIP.archive(["word/document.xml": rest]) : rest
      _ = try? Ingestor().document(bytes: archive, source: "resume.docx")
    case .tokenizer:
      let text = String(decoding: bytes, as: UTF8.self)
      let tokenized = Tokenizer.tokenize(text, parts: true)
      for sentence in tokenized.sentences {
        precondition(sentence.lowerBound >= 0 && sentence.upperBound <= tokenized.utf8.count)
      }
      for token in tokenized.tokens {
        precondition(token.start >= 0 && token.start <= token.end && token.end <= tokenized.utf8.count)
        precondition(token.sentence >= 0 && token.sentence < tokenized.sentences.count)
      }
      for part in tokenized.parts {
        precondition(part.start >= 0 && part.start <= part.end && part.end <= tokenized.utf8.count)
        precondition(part.sentence >= 0 && part.sentence < tokenized.sentences.count)
      }
      _ = Tokenizer.keys(of: text)
      // Requirement phrasings (years, degrees, salary…) are read from the same kind of text.
      let lines = text.split(separator: "\n", maxSplits: 1)
      _ = RequirementExtractor.extract(
        title: lines.first.map(String.init),
        sections: [TokenizedSection(heading: nil, kind: .general, text: tokenized)])
    case .lexicon:
      _ = try? LexiconLoader.load(yaml: String(decoding: bytes, as: UTF8.self), path: "fuzz.yaml")
    }
  }
}

/// A ZIP archive whose entries are stored uncompressed, with correct sizes and checksums.
enum StoredZIP {
  static func archive(_ entries: [String: [UInt8]]) -> [UInt8] {
    var output: [UInt8] = []
    var central: [UInt8] = []
    for (name, data) in entries.sorted(by: { $0.key < $1.key }) {
      let crc = Data(data).crc32(checksum: 0)
      let offset = UInt32(output.count)
      let nameBytes = Array(name.utf8)
      output +=
        le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(crc)
        + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(UInt16(nameBytes.count)) + le16(0) + nameBytes
        + data
      central +=
        le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(crc)
        + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(UInt16(nameBytes.count)) + le16(0) + le16(0)
        + le16(0) + le16(0) + le32(0) + le32(offset) + nameBytes
    }
    let centralOffset = UInt32(output.count)
    output += central
    output +=
      le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
      + le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
    return output
  }

  private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
  private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}
