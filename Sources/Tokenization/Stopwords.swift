/// English function words that carry no meaning on their own.
public enum Stopwords {
  /// The stopwords, lowercase.
  public static let english: Set<String> = [
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
    "does", "doing", "down", "during", "each", "either", "etc", "few", "for", "from", "further", "had", "has", "have",
    "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
    "it", "its", "itself", "just", "let", "may", "me", "might", "more", "most", "must", "my", "myself", "no", "nor",
    "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
    "per", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
    "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
    "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
    "will", "with", "within", "without", "would", "you", "your", "yours", "yourself", "yourselves", "we'll",
    "we're", "we've", "you'll", "you're", "you've", "it's", "they're", "i'm", "i've", "don't", "won't", "can't",
    "isn't", "aren't", "who's", "that's", "what's", "here's", "there's", "let's",
  ]

  /// Whether the lowercase word is a stopword.
  public static func contains(_ word: String) -> Bool {
    // Most words are turned away by their length or a bit of a cheap hash, before the set hashes them.
    guard word.utf8.count <= longest else { return false }
    let bit = filterBit(word.utf8)
    guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
    return english.contains(word)
  }

  /// The length in bytes of the longest stopword.
  private static let longest = english.map(\.utf8.count).max() ?? 0

  /// One bit per FNV-1a hash (mod 4,096) of a stopword; a word whose bit is clear is no stopword.
  private static let filter: [UInt64] = {
    var filter = [UInt64](repeating: 0, count: 64)
    for word in english {
      let bit = filterBit(word.utf8)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    return filter
  }()

  @inline(__always)
  private static func filterBit(_ bytes: String.UTF8View) -> Int {
    var hash: UInt32 = 0x811C_9DC5
    for byte in bytes {
      hash ^= UInt32(byte)
      hash = hash &* 0x0100_0193
    }
    return Int(hash & 4095)
  }
}
