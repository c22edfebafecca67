import Foundation
import Testing
import Tokenization

/// Tests for `EnglishStemmer` (Snowball English / Porter2).
///
/// `Resources/stemmer-vocabulary.tsv` holds `word<TAB>stem` lines whose stems were
/// produced by the reference implementation, PyPI `snowballstemmer` 3.1.1
/// (`snowballstemmer.stemmer("english")`), from a generated word list (job-posting,
/// business, product and tech vocabulary, inflected to cover every suffix class
/// of every Porter2 step, plus the exceptional forms, apostrophes, short words
/// and y-words).
@Suite("EnglishStemmer")
struct EnglishStemmerTests {

  private static func stem(_ word: String) -> String {
    String(decoding: EnglishStemmer.stem(Array(word.utf8)), as: UTF8.self)
  }

  private static func loadVocabulary() throws -> [(word: String, stem: String)] {
    let url = try #require(
      Bundle.module.url(forResource: "stemmer-vocabulary", withExtension: "tsv", subdirectory: "Resources"),
      "stemmer-vocabulary.tsv is missing from the test bundle"
    )
    let text = try String(contentsOf: url, encoding: .utf8)
    var entries: [(word: String, stem: String)] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      try #require(fields.count == 2, "malformed line: \(line)")
      entries.append((String(fields[0]), String(fields[1])))
    }
    return entries
  }

  // MARK: - Reference vocabulary

  @Test("every line of stemmer-vocabulary.tsv matches the Snowball reference")
  func referenceVocabulary() throws {
    let entries = try Self.loadVocabulary()
    #expect(entries.count >= 2_500)
    for (word, expected) in entries {
      let bytes = Array(word.utf8)
      let stemmed = EnglishStemmer.stem(bytes)
      #expect(String(decoding: stemmed, as: UTF8.self) == expected, "stem(\(word))")

      // The String convenience and the in-place variant agree with the byte API.
      #expect(EnglishStemmer.stem(word) == expected, "stem(String: \(word))")
      var buffer = bytes
      let length = buffer.withUnsafeMutableBufferPointer { EnglishStemmer.stemInPlace($0) }
      #expect(Array(buffer[..<length]) == stemmed, "stemInPlace(\(word))")
    }
  }

  // MARK: - Product vocabulary (readable cases; results are what Porter2 really does)

  @Test(
    "product vocabulary",
    arguments: [
      ("prioritize", "priorit"),
      ("prioritized", "priorit"),
      ("prioritizing", "priorit"),
      ("prioritization", "priorit"),
      ("priorities", "prioriti"),  // Porter2 does NOT conflate these with "prioritize"
      ("priority", "prioriti"),
      ("stakeholder", "stakehold"),
      ("stakeholders", "stakehold"),
      ("stakeholder's", "stakehold"),
      ("managing", "manag"),
      ("manager", "manag"),
      ("managers'", "manag"),
      ("management", "manag"),
      ("strategy", "strategi"),
      ("strategies", "strategi"),
      ("strategic", "strateg"),
      ("generalization", "general"),
      ("communication", "communic"),
      ("communities", "communiti"),
      ("arsenal", "arsenal"),
      ("analysis", "analysi"),
      ("analyses", "analys"),
      ("engineering", "engin"),
      ("collaboration", "collabor"),
      ("requirements", "requir"),
    ])
  func productVocabulary(word: String, expected: String) {
    #expect(Self.stem(word) == expected)
  }

  @Test("prioritize/prioritization share a stem, priorities does not")
  func prioritizeFamily() {
    #expect(Self.stem("prioritize") == Self.stem("prioritization"))
    #expect(Self.stem("priorities") != Self.stem("prioritize"))
    #expect(Self.stem("priorities") == Self.stem("priority"))
  }

  @Test("managing/manager/management share a stem")
  func manageFamily() {
    let stems = Set(["manage", "managed", "managing", "manager", "managers", "management"].map(Self.stem))
    #expect(stems == ["manag"])
  }

  // MARK: - Special cases of the algorithm

  @Test(
    "exceptional forms and invariants",
    arguments: [
      ("skies", "sky"), ("skis", "ski"), ("sky", "sky"), ("dying", "die"), ("lying", "lie"),
      ("tying", "tie"), ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"),
      ("only", "onli"), ("singly", "singl"), ("news", "news"), ("howe", "howe"), ("atlas", "atlas"),
      ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
      ("inning", "inning"), ("innings", "inning"), ("outing", "outing"), ("canning", "canning"),
      ("herring", "herring"), ("earring", "earring"), ("proceed", "proceed"), ("exceed", "exceed"),
      ("succeed", "succeed"),
    ])
  func exceptions(word: String, expected: String) {
    #expect(Self.stem(word) == expected)
  }

  @Test(
    "apostrophes and y handling",
    arguments: [
      ("'tis", "tis"), ("manager's", "manag"), ("managers'", "manag"), ("'s'", "s"),
      ("say", "say"), ("crying", "cri"), ("enjoy", "enjoy"), ("yes", "yes"), ("youth", "youth"),
      ("employer", "employ"), ("player", "player"),
    ])
  func apostrophesAndY(word: String, expected: String) {
    #expect(Self.stem(word) == expected)
  }

  @Test(
    "words with non-ASCII bytes, digits or fewer than 3 bytes are returned unchanged",
    arguments: [
      "", "a", "is", "us", "café", "naïve", "b2b", "1990s", "web3", "covid19",
    ])
  func unchanged(word: String) {
    #expect(EnglishStemmer.stem(Array(word.utf8)) == Array(word.utf8))
  }

  @Test("String convenience lowercases ASCII first")
  func stringLowercases() {
    #expect(EnglishStemmer.stem("Running") == "run")
    #expect(EnglishStemmer.stem("STAKEHOLDERS") == "stakehold")
    #expect(EnglishStemmer.stem("Yes") == "yes")
    #expect(EnglishStemmer.stem("Café") == "café")
    #expect(EnglishStemmer.stem("") == "")
  }

  @Test("collection overloads agree")
  func collectionOverloads() {
    let word = "xxprioritizationxx"
    let expected = Array("priorit".utf8)
    let bytes = Array(word.utf8)
    #expect(EnglishStemmer.stem(bytes[2..<16]) == expected)  // ArraySlice
    #expect(EnglishStemmer.stem("prioritization".utf8) == expected)  // String.UTF8View
    #expect(EnglishStemmer.stem(ContiguousArray("prioritization".utf8)) == expected)
    #expect(EnglishStemmer.stem(bytes.lazy.dropFirst(2).dropLast(2)) == expected)  // non-contiguous view
  }
}
