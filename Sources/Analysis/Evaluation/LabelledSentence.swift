import Foundation
import Ingest

/// One sentence of a labelled tagging set, with the competencies a reader says it shows.
public struct LabelledSentence: Sendable, Equatable {
  /// Which half of the set a sentence belongs to.
  public enum Split: String, Sendable, CaseIterable {
    /// The half the lexicon may be tuned on.
    case dev
    /// The held-out half, read only to report figures.
    case test
  }

  /// The sentence's id in the file.
  public var id: Int
  /// Its half of the set.
  public var split: Split
  /// Competency ids; empty when the sentence shows none.
  public var labels: Set<String>
  /// The sentence.
  public var sentence: String

  /// Creates a labelled sentence.
  public init(id: Int, split: Split, labels: Set<String>, sentence: String) {
    self.id = id
    self.split = split
    self.labels = labels
    self.sentence = sentence
  }

  /// Reads a labelled set: a tab-separated file with the header `id split labels sentence`, labels
  /// comma-separated or `-` for none (the format of `Benchmarks/tagging/sentences.tsv`).
  ///
  /// - Throws: ``TaggingSetError`` naming the file, the line and the problem.
  public static func load(path: String) throws -> [LabelledSentence] {
    let bytes: [UInt8]
    do {
      bytes = try FileReader.read(path, limit: 64 * 1_048_576)
    } catch {
      throw TaggingSetError.unreadable(path: path)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else { throw TaggingSetError.unreadable(path: path) }
    return try parse(text, path: path)
  }

  /// Parses the text of a labelled set; `path` names it in errors.
  ///
  /// - Throws: ``TaggingSetError`` naming the line and the problem.
  public static func parse(_ text: String, path: String) throws -> [LabelledSentence] {
    var sentences: [LabelledSentence] = []
    var seen = Set<Int>()
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let number = index + 1
      if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if number == 1 {
        guard fields == ["id", "split", "labels", "sentence"] else {
          throw TaggingSetError.invalid(path: path, line: 1, reason: "the header must be: id, split, labels, sentence")
        }
        continue
      }
      guard fields.count == 4 else {
        throw TaggingSetError.invalid(
          path: path, line: number, reason: "expected 4 tab-separated fields, found \(fields.count)")
      }
      guard let id = Int(fields[0]), seen.insert(id).inserted else {
        throw TaggingSetError.invalid(path: path, line: number, reason: "id '\(fields[0])' is not a new whole number")
      }
      guard let split = Split(rawValue: fields[1]) else {
        throw TaggingSetError.invalid(path: path, line: number, reason: "split must be dev or test, not '\(fields[1])'")
      }
      let labels =
        fields[2] == "-" ? [] : Set(fields[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
      sentences.append(LabelledSentence(id: id, split: split, labels: labels, sentence: fields[3]))
    }
    return sentences
  }
}

/// Why a labelled tagging set cannot be used.
public enum TaggingSetError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The file could not be read as UTF-8 text.
  case unreadable(path: String)
  /// A line breaks the format.
  case invalid(path: String, line: Int, reason: String)
  /// A label names no competency of the lexicon.
  case unknownCompetency(path: String, id: Int, competency: String)

  /// `FILE:LINE: problem`.
  public var description: String {
    switch self {
    case .unreadable(let path): return "\(path): cannot read the labelled set"
    case .invalid(let path, let line, let reason): return "\(path):\(line): \(reason)"
    case .unknownCompetency(let path, let id, let competency):
      return "\(path): sentence \(id) is labelled '\(competency)', which the lexicon does not have"
    }
  }
}
