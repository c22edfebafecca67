import Foundation

/// How rare each term is in a background of job postings and resumes: common words ("experience",
/// "team") weigh little, rare ones ("Kubernetes", "underwriting") much. Loaded from
/// `Lexicons/background-df.tsv` (document frequencies of stemmed keys), the same for every pair, so a
/// score never depends on what else is in the batch.
public struct InverseDocumentFrequency: Sendable, Equatable {
  /// Documents in the background.
  public let documents: Int
  let table: [UInt32: Double]
  let unseen: Double

  /// No background: every term weighs 1.
  public static let uniform = InverseDocumentFrequency(documents: 0, hashedFrequencies: [:])

  /// IDF from document frequencies keyed by ``TermVector/hash(_:)`` of the term keys:
  /// ln((1 + N) / (1 + df)) + 1, smoothed as in the common TF-IDF recipe; a term the background never
  /// saw weighs as one seen in no document.
  public init(documents: Int, hashedFrequencies: [UInt32: Int]) {
    self.documents = documents
    var table: [UInt32: Double] = [:]
    table.reserveCapacity(hashedFrequencies.count)
    for (term, frequency) in hashedFrequencies {
      table[term] = log(Double(1 + documents) / Double(1 + frequency)) + 1
    }
    self.table = table
    unseen = documents > 0 ? log(Double(1 + documents)) + 1 : 1
  }

  /// IDF from its parts (a compiled lexicon's).
  init(documents: Int, table: [UInt32: Double], unseen: Double) {
    self.documents = documents
    self.table = table
    self.unseen = unseen
  }

  /// The weight of a term hash.
  public func weight(_ term: UInt32) -> Double {
    table[term] ?? unseen
  }
}
