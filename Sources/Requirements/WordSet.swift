import Synchronization
import Tokenization

/// A list of words a requirement rule compares tokens with ("team", "organisation", "group"…), by key.
///
/// Each list made has a number of its own, so a document's ``WordSetMemo`` can keep, for each distinct word,
/// whether it is in the list: a word is hashed against a list once per document rather than at every token a
/// rule looks at. Lists are meant to be made once, as static constants; the first ``WordSetMemo/capacity``
/// made are memoised and any beyond are looked up by hash every time (the same answers, only slower).
struct WordSet: ExpressibleByArrayLiteral, Sequence, Sendable {
  /// The keys.
  let words: Set<String>
  /// The list's number, in the order lists were made.
  let id: Int

  private static let madeCount = Atomic<Int>(0)

  /// A list of `words`.
  init(_ words: Set<String>) {
    self.words = words
    id = Self.madeCount.wrappingAdd(1, ordering: .relaxed).oldValue
  }

  init(arrayLiteral elements: String...) {
    self.init(Set(elements))
  }

  /// Whether `word` (a key) is in the list.
  func contains(_ word: String) -> Bool {
    words.contains(word)
  }

  /// The keys of this list and `other`.
  func union(_ other: some Sequence<String>) -> Set<String> {
    words.union(other)
  }

  func makeIterator() -> Set<String>.Iterator {
    words.makeIterator()
  }
}

/// Whether each word of a document is in each ``WordSet`` the rules asked about, decided at the first token of the
/// word that was asked and kept by the word's id (``Token/word``). The sentences of one document share one memo;
/// their parts' ids come from one ``WordTable``. It is read and written by the one task reading that document.
final class WordSetMemo: @unchecked Sendable {
  /// How many lists are memoised: two 64-bit words of flags per word.
  static let capacity = 128

  /// The table whose part-word ids index the memo.
  let table: WordTable.Identity?
  /// For each word, two words of bits: whether each list has been asked about, and whether the word is in it.
  private var asked: [UInt64] = []
  private var member: [UInt64] = []
  /// The same for single-character symbol parts ("-", "+", ";"), which have no word id, by their byte.
  private var symbolAsked = [UInt64](repeating: 0, count: 256)
  private var symbolMember = [UInt64](repeating: 0, count: 256)

  /// A memo for the texts tokenized with `table`.
  init(table: WordTable.Identity?) {
    self.table = table
  }

  /// Whether the part with word id `word` and key `key` is in `list`.
  func contains(word: Int32, key: String, in list: WordSet) -> Bool {
    guard list.id < Self.capacity else { return list.words.contains(key) }
    let bit: UInt64 = 1 << UInt64(list.id & 63)
    let half = list.id >> 6
    if word >= 0 {
      let slot = Int(word) * 2 + half
      if slot >= asked.count {
        let count = max(slot + 2, asked.count * 2)
        asked.append(contentsOf: repeatElement(0, count: count - asked.count))
        member.append(contentsOf: repeatElement(0, count: count - member.count))
      }
      if asked[slot] & bit != 0 { return member[slot] & bit != 0 }
      asked[slot] |= bit
      let found = list.words.contains(key)
      if found { member[slot] |= bit }
      return found
    }
    let utf8 = key.utf8
    guard utf8.count == 1, let byte = utf8.first, byte < 0x80 else { return list.words.contains(key) }
    let slot = Int(byte) * 2 + half
    if symbolAsked[slot] & bit != 0 { return symbolMember[slot] & bit != 0 }
    symbolAsked[slot] |= bit
    let found = list.words.contains(key)
    if found { symbolMember[slot] |= bit }
    return found
  }
}
