import Testing

@testable import Tokenization

@Suite("Section rule phrases as words")
struct HeadingWordsTests {
  @Test(
    "a phrase splits at spaces, and a last * makes a word a prefix",
    arguments: [
      ("what you ll do", ["what", "you", "ll", "do"], [false, false, false, false]),
      ("responsibilit*", ["responsibilit"], [true]),
      ("  nice  to have* ", ["nice", "to", "have"], [false, false, true]),
      ("qualif* and skill*", ["qualif", "and", "skill"], [true, false, true]),
      ("*", [""], [true]),
      ("", [], []),
      ("résumé", ["résumé"], [false]),
    ])
  func phrase(text: String, words: [String], isPrefix: [Bool]) {
    let phrase = HeadingWords.phrase(text)
    #expect(phrase.words == words)
    #expect(phrase.isPrefix == isPrefix)
  }
}
