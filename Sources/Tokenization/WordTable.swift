import Foundation

/// The distinct words of a document, each decided once: the tokenizer looks a token's spelling up here and
/// takes its key, surface, shape and flags from the table, stemming, lowercasing and checking the stopword
/// list only for a spelling it has not met before (the way spaCy keeps one lexeme per distinct word).
///
/// A token names its entry by ``Token/word``; readers that decide something per word (the phrase tries'
/// labels, the skills trie's edge hashes, whether a word is a keyword candidate) keep what they decided in
/// an array indexed by it, so each distinct word is decided once per document rather than once per token.
/// One table serves every section of a document (``Tokenizer/tokenize(_:parts:words:)``), so ids are
/// comparable across its sections. Part words (``TokenizedText/parts``) have ids of their own, decided the
/// same way: a part's lowercased key is built once per distinct spelling.
public struct WordTable: Sendable {
  /// Everything decided about one distinct spelling.
  public struct Word: Sendable, Equatable {
    /// The form tokens are compared on (``Token/key``): lowercased and stemmed.
    public var key: String
    /// The word as written, curly apostrophes and Unicode hyphens made ASCII (``Token/surface``).
    public var surface: String
    /// How the word is written.
    public var shape: Token.Shape
    /// Whether the word is an English stopword.
    public var isStopword: Bool
    /// Whether the word is a number.
    public var isNumber: Bool

    /// Creates an entry.
    public init(key: String, surface: String, shape: Token.Shape, isStopword: Bool, isNumber: Bool) {
      self.key = key
      self.surface = surface
      self.shape = shape
      self.isStopword = isStopword
      self.isNumber = isNumber
    }
  }

  /// One distinct spelling of a part word (``TokenizedText/parts``): what ``PartReader`` decides from its bytes.
  struct PartWord: Sendable, Equatable {
    /// The part's key: lowercased, without the dots of an abbreviation or a possessive `'s`.
    var key: String
    /// Whether the spelling ended in a possessive `'s`.
    var isPossessive: Bool
    /// Whether the key ends in `s` (a trailing apostrophe after it belongs to the word).
    var endsInS: Bool
  }

  /// The words, by id.
  public private(set) var words: [Word] = []
  private var wordIndex = SpellingIndex()
  /// The part words, by id (a namespace of their own: a part's ``Token/word`` indexes these).
  private(set) var partWords: [PartWord] = []
  private var partIndex = SpellingIndex()

  /// Tells tables apart, so a reader that keeps what it decided per word across texts (``WordMemo``) knows
  /// whether their ids agree.
  public final class Identity: Sendable {
    init() {}
  }

  /// This table's identity, which the texts it tokenized carry (``TokenizedText/wordTable``).
  public let identity = Identity()

  /// An empty table.
  public init() {}

  /// How many distinct words the table holds; every match token's id is below it.
  public var count: Int { words.count }

  /// How many distinct part words the table holds; every part's id is below it.
  public var partCount: Int { partWords.count }

  /// The word with id `id`.
  public subscript(id: Int32) -> Word { words[Int(id)] }

  /// The id of the word spelled `spelling`, or nil when the table has not met it.
  ///
  /// - Parameters:
  ///   - spelling: The token's bytes as written in the text.
  ///   - hash: ``hash(_:)`` of those bytes.
  func id(of spelling: ArraySlice<UInt8>, hash: UInt64) -> Int32? {
    wordIndex.id(of: spelling, hash: hash)
  }

  /// Adds the word spelled `spelling` (not yet in the table) and returns its id.
  mutating func add(_ word: Word, spelling: ArraySlice<UInt8>, hash: UInt64) -> Int32 {
    words.append(word)
    return wordIndex.add(spelling, hash: hash)
  }

  /// The id of the part word spelled `spelling`, or nil when the table has not met it.
  func partID(of spelling: ArraySlice<UInt8>, hash: UInt64) -> Int32? {
    partIndex.id(of: spelling, hash: hash)
  }

  /// Adds the part word spelled `spelling` (not yet in the table) and returns its id.
  mutating func addPart(_ word: PartWord, spelling: ArraySlice<UInt8>, hash: UInt64) -> Int32 {
    partWords.append(word)
    return partIndex.add(spelling, hash: hash)
  }

  /// FNV-1a of a spelling's bytes, mixed so its low bits spread over the table.
  static func hash(_ spelling: ArraySlice<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in spelling { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash ^ (hash >> 32)
  }
}

/// Distinct spellings by their bytes: ids in the order they were added, found again through an open-addressing
/// table over their hashes.
private struct SpellingIndex: Sendable {
  /// Each spelling's bytes, one after another.
  private var spellings: [UInt8] = []
  private var spellingEnds: [Int] = []
  private var hashes: [UInt64] = []
  /// A spelling's id, or -1 for an empty slot; small at first, as most tables tokenize one short text.
  private var slots: [Int32] = Array(repeating: -1, count: 16)

  func id(of spelling: ArraySlice<UInt8>, hash: UInt64) -> Int32? {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let id = slots[slot]
      if id < 0 { return nil }
      if hashes[Int(id)] == hash && equals(spelling, Int(id)) { return id }
      slot = (slot + 1) & mask
    }
  }

  /// Whether `spelling` is the stored spelling `id`, compared as bytes in place.
  private func equals(_ spelling: ArraySlice<UInt8>, _ id: Int) -> Bool {
    let lower = id == 0 ? 0 : spellingEnds[id - 1]
    let upper = spellingEnds[id]
    guard upper - lower == spelling.count else { return false }
    return spelling.withUnsafeBufferPointer { given in
      spellings.withUnsafeBufferPointer { stored in
        guard let given = given.baseAddress, let stored = stored.baseAddress else { return true }
        return memcmp(given, stored + lower, upper - lower) == 0
      }
    }
  }

  mutating func add(_ spelling: ArraySlice<UInt8>, hash: UInt64) -> Int32 {
    let id = Int32(hashes.count)
    spellings.append(contentsOf: spelling)
    spellingEnds.append(spellings.count)
    hashes.append(hash)
    if hashes.count * 2 > slots.count {
      slots = Array(repeating: -1, count: slots.count * 2)
      for (index, stored) in hashes.enumerated() { insert(Int32(index), hash: stored) }
    } else {
      insert(id, hash: hash)
    }
    return id
  }

  private mutating func insert(_ id: Int32, hash: UInt64) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = id
  }

}
