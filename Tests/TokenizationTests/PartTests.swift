import Testing

@testable import Tokenization

/// The parts rule readers compare (``TokenizedText/parts``), read in the same call as the match tokens.
@Suite("Tokenizer parts")
struct PartTests {
  private func keys(_ text: String) -> [String] {
    Tokenizer.tokenize(text, parts: true).parts.map(\.key)
  }

  @Test(
    "compound terms split into words, numbers and symbols",
    arguments: [
      ("Built the go-to-market plan", ["built", "the", "go", "-", "to", "-", "market", "plan"]),
      ("Managed a $240,000+ budget", ["managed", "a", "$", "#", "+", "budget"]),
      ("Owned the P&L", ["owned", "the", "p", "&", "l"]),
      ("10% equity", ["#", "%", "equity"]),
      ("Wrote C++", ["wrote", "c", "+", "+"]),
    ])
  func fineParts(text: String, expected: [String]) {
    #expect(keys(text) == expected)
  }

  @Test("numbers carry their values, European groups included")
  func numberValues() {
    let parts = Tokenizer.tokenize("$240,000 or €150.000 or 2.5 years", parts: true).parts
    #expect(parts.filter { $0.kind == .number }.map(\.value) == [240_000, 150_000, 2.5])
  }

  @Test("dotted abbreviations are one word and end no sentence")
  func dotted() {
    let text = Tokenizer.tokenize("B.S. Required. Ph.D. preferred.", parts: true)
    let bs = text.parts[0]
    #expect(bs.key == "bs" && bs.isDotted && bs.isUppercase)
    #expect(text.parts.first { $0.key == "phd" }?.isDotted == true)
  }

  @Test("possessives, flags and spacing")
  func flags() {
    let parts = Tokenizer.tokenize("A Master's degree in CS. MBA ($)", parts: true).parts
    let master = parts.first { $0.key == "master" }
    #expect(master?.isPossessive == true && master?.isCapitalized == true && master?.isUppercase == false)
    #expect(parts.first { $0.key == "mba" }?.isUppercase == true)
    let dollar = parts.first { $0.key == "$" }
    #expect(dollar?.kind == .symbol && dollar?.spaceBefore == false)
  }

  @Test("parts name the sentences the match tokens are in; the full stops that end them are no parts")
  func sentences() {
    let text = Tokenizer.tokenize("- Lead teams. 5+ years required.\n(Remote)", parts: true)
    #expect(text.sentences.count == 3)
    #expect(text.parts.map(\.sentence) == [0, 0, 0, 1, 1, 1, 1, 2, 2, 2])
    #expect(!text.parts.contains { $0.key == "." })
    for part in text.parts { #expect(text.sentences[part.sentence].upperBound >= part.end) }
  }

  @Test("a closing quote or bracket after a full stop stays with its sentence")
  func closers() {
    let text = Tokenizer.tokenize("(MBA preferred.) Next one.", parts: true)
    #expect(text.parts.first { $0.key == ")" }?.sentence == 0)
  }
}
