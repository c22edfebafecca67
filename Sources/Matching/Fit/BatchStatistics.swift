import Foundation

/// What a batch of postings says about its competencies and keywords: a competency or term every
/// posting asks for tells less than a rare one.
public struct BatchStatistics: Sendable, Equatable {
  /// Number of distinct postings.
  public var postingCount: Int
  /// Postings asking for each competency.
  public var competencyFrequency: [String: Int]
  /// Postings using each keyword candidate.
  public var keywordFrequency: [String: Int]

  /// A batch of one posting: no batch weighting.
  public static let single = BatchStatistics(postingCount: 1, competencyFrequency: [:], keywordFrequency: [:])

  /// Creates statistics from counts.
  public init(postingCount: Int, competencyFrequency: [String: Int], keywordFrequency: [String: Int]) {
    self.postingCount = postingCount
    self.competencyFrequency = competencyFrequency
    self.keywordFrequency = keywordFrequency
  }

  /// Counts over prepared postings.
  public init(postings: some Sequence<PreparedPosting>) {
    var competencies: [String: Int] = [:]
    var keywords: [String: Int] = [:]
    var count = 0
    for posting in postings {
      count += 1
      for entry in posting.analysis.askedFor { competencies[entry.id, default: 0] += 1 }
      for term in posting.keywords.terms { keywords[term.key, default: 0] += 1 }
    }
    self.init(postingCount: count, competencyFrequency: competencies, keywordFrequency: keywords)
  }

  /// A multiplier from 0.5 (every posting asks for it) to 1 (only this one does); 1 for a single posting.
  public func competencyFactor(_ id: String) -> Double {
    guard postingCount > 1 else { return 1 }
    let frequency = Double(competencyFrequency[id] ?? 1)
    let rarity = log(Double(postingCount + 1) / (frequency + 1)) / log(Double(postingCount + 1))
    return 0.5 + 0.5 * max(0, rarity)
  }

  /// Inverse document frequency of a keyword (BM25's form, at least 0.1); 1 for a single posting.
  public func keywordIDF(_ key: String) -> Double {
    guard postingCount > 1 else { return 1 }
    let frequency = Double(keywordFrequency[key] ?? 1)
    let n = Double(postingCount)
    return max(0.1, log(1 + (n - frequency + 0.5) / (frequency + 0.5)))
  }
}
