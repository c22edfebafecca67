import Testing
import Tokenization

@testable import Analysis

@Suite("Words every posting uses")
struct GenericTermsTests {
  @Test("the keys read in one pass are the keys of each word read on its own")
  func keysOfEachWord() {
    let oneByOne = Set(GenericTerms.words.flatMap { Tokenizer.keys(of: $0) })
    #expect(GenericTerms.keys == oneByOne)
    #expect(GenericTerms.keys.contains(Tokenizer.keys(of: "experience")[0]))
    #expect(!GenericTerms.keys.contains(Tokenizer.keys(of: "roadmap")[0]))
  }
}
