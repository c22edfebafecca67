import Testing

@testable import Tokenization

@Suite("Tokenizer")
struct TokenizerTests {
  private func surfaces(_ text: String) -> [String] {
    Tokenizer.tokenize(text).tokens.map(\.surface)
  }

  @Test(
    "domain terms stay whole",
    arguments: [
      ("Owned the P&L for EMEA.", "P&L"), ("Led UX/UI reviews", "UX/UI"), ("Ran A/B testing weekly", "A/B"),
      ("Shipped AI/ML features", "AI/ML"), ("Wrote C++ and C# services", "C++"), ("Wrote C++ and C# services", "C#"),
      ("Grew B2B SaaS revenue", "B2B"), ("Grew B2B SaaS revenue", "SaaS"),
      ("Built the go-to-market plan", "go-to-market"),
      ("Took products 0-to-1", "0-to-1"), ("Migrated to Node.js", "Node.js"), ("Managed a $240,000 budget", "240,000"),
      ("R&D spend", "R&D"),
    ])
  func domainTerms(text: String, term: String) {
    #expect(surfaces(text).contains(term))
  }

  @Test("acronyms are told from words")
  func acronyms() {
    let tokens = Tokenizer.tokenize("The CPO sets KPIs and OKRs with the Go team").tokens
    let byText = Dictionary(tokens.map { ($0.surface, $0) }, uniquingKeysWith: { first, _ in first })
    #expect(byText["CPO"]?.isAcronym == true)
    #expect(byText["KPIs"]?.isAcronym == true)
    #expect(byText["OKRs"]?.isAcronym == true)
    #expect(byText["sets"]?.isAcronym == false)
    #expect(byText["Go"]?.shape == .capitalized)
    #expect(byText["The"]?.isStopword == true)
  }

  @Test("stemming joins inflections of one word")
  func stemming() {
    let keys = Tokenizer.keys(of: "stakeholder stakeholders managing manages")
    #expect(keys[0] == keys[1])
    #expect(keys[2] == keys[3])
    let prioritize = Tokenizer.keys(of: "prioritize prioritizing prioritized")
    #expect(Set(prioritize).count == 1)
  }

  @Test("curly quotes and NFKC: apostrophes straight, ligatures split")
  func normalisation() {
    let tokens = Tokenizer.tokenize("You’ll deﬁne the ﬁrst roadmap").tokens
    #expect(tokens.map(\.surface) == ["You'll", "define", "the", "first", "roadmap"])
    #expect(tokens[0].isStopword)
  }

  @Test("sentences survive abbreviations")
  func sentences() {
    let text = Tokenizer.tokenize(
      "We work with e.g. banks and insurers in the U.S. and Canada. Acme Inc. was founded in 2010! Do you like roadmaps? Yes."
    )
    #expect(text.sentences.count == 4)
    #expect(text.sentence(0) == "We work with e.g. banks and insurers in the U.S. and Canada.")
    #expect(text.sentence(1) == "Acme Inc. was founded in 2010!")
    #expect(text.sentence(3) == "Yes.")
  }

  @Test("line breaks end sentences; offsets quote the text exactly")
  func offsets() {
    let source = "Own the roadmap\nLead a team of 40 — across “three” continents."
    let text = Tokenizer.tokenize(source)
    #expect(text.sentences.count == 2)
    #expect(text.sentence(1) == "Lead a team of 40 — across “three” continents.")
    let forty = text.tokens.first { $0.surface == "40" }
    #expect(forty.map { text.slice($0.start..<$0.end) } == "40")
    #expect(forty?.isNumber == true)
  }

  @Test("hyphenated compounds stem their head word")
  func compounds() {
    #expect(Tokenizer.keys(of: "cross-functional") == Tokenizer.keys(of: "cross-functionally"))
    #expect(Tokenizer.keys(of: "data-driven") == ["data-driven"])
  }
}
