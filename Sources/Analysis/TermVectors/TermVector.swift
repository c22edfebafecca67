import Foundation
import Tokenization

/// A whole text as weighted terms, for comparing a posting and a resume on all their words: the
/// stemmed keys of every word that is not a stopword or a number, weighted by section × (1 + ln count)
/// × the term's inverse document frequency, scaled to unit length.
///
/// Terms are kept as 32-bit hashes of their keys, sorted, so that 50,000 postings stay small and two
/// vectors meet in one merge. A posting keeps its ``postingTermLimit`` heaviest terms (the norm is
/// taken over all of them first).
public struct TermVector: Sendable, Equatable {
  /// Term hashes, ascending.
  public private(set) var terms: [UInt32]
  /// Weights, parallel to ``terms``.
  public private(set) var weights: [Float]

  /// How many terms a posting keeps.
  public static let postingTermLimit = 160

  /// An empty vector: similarity 0 with everything.
  public static let empty = TermVector(terms: [], weights: [])

  /// Creates a vector from term hashes in ascending order and their parallel weights.
  public init(terms: [UInt32], weights: [Float]) {
    self.terms = terms
    self.weights = weights
  }

  /// The vector of tokenized sections; `sectionWeight` says how much each kind of section counts
  /// (0 leaves it out), `limit` how many of the heaviest terms to keep.
  public init(
    sections: [TokenizedSection], idf: InverseDocumentFrequency, sectionWeight: (SectionKind) -> Double,
    limit: Int? = nil
  ) {
    // Each term's count, in the order terms are first met.
    var metTerms: [UInt32] = []
    var metCounts: [Double] = []
    var slotOfTerm: [UInt32: Int] = [:]
    // Whether a token counts, and its term's slot, follow from its word: decided once per distinct word (-1 not
    // counted), so a token is neither tested nor hashed again.
    var wordSlots = WordMemo<Int>()
    for section in sections {
      let weight = sectionWeight(section.kind)
      guard weight > 0 else { continue }
      let tokens = section.text.tokens
      wordSlots.use(section.text)
      for index in tokens.indices {
        let slot = wordSlots.value(forWord: tokens[index].word) {
          guard Self.counts(tokens[index]) else { return -1 }
          let term = Self.hash(tokens[index].key)
          if let known = slotOfTerm[term] { return known }
          metTerms.append(term)
          metCounts.append(0)
          slotOfTerm[term] = metTerms.count - 1
          return metTerms.count - 1
        }
        if slot >= 0 { metCounts[slot] += weight }
      }
    }
    var entries = zip(metTerms, metCounts).map { term, count in
      (term, (1 + log(max(1, count))) * idf.weight(term))
    }
    let norm = entries.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
    guard norm > 0 else {
      self = .empty
      return
    }
    if let limit, entries.count > limit {
      entries.sort { ($0.1, $1.0) > ($1.1, $0.0) }
      entries.removeLast(entries.count - limit)
    }
    entries.sort { $0.0 < $1.0 }
    terms = entries.map { $0.0 }
    weights = entries.map { Float($0.1 / norm) }
  }

  /// Cosine similarity, 0–1.
  public func cosine(_ other: TermVector) -> Double {
    var i = 0
    var j = 0
    var sum: Float = 0
    while i < terms.count && j < other.terms.count {
      if terms[i] == other.terms[j] {
        sum += weights[i] * other.weights[j]
        i += 1
        j += 1
      } else if terms[i] < other.terms[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return Double(min(1, max(0, sum)))
  }

  /// Whether a token is a content word: not a stopword or number, two or more bytes, with a letter.
  static func counts(_ token: Token) -> Bool {
    guard !token.isStopword, !token.isNumber, token.key.utf8.count >= 2 else { return false }
    return token.key.utf8.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 >= 0x80 }
  }

  /// FNV-1a, 32 bits, of a term's key.
  public static func hash(_ key: String) -> UInt32 {
    hash(key.utf8)
  }

  /// FNV-1a, 32 bits, of a key's UTF-8 bytes.
  public static func hash(_ bytes: some Sequence<UInt8>) -> UInt32 {
    var hash: UInt32 = 0x811c_9dc5
    for byte in bytes {
      hash ^= UInt32(byte)
      hash = hash &* 0x0100_0193
    }
    return hash
  }
}
