import TestSupport
import Testing
import Tokenization

@testable import Analysis

/// A two-competency lexicon with one pattern and one cue group, so each rule is tested on its own.
private let smallLexicon = """
  lexicon: test
  name: Test
  description: A test lexicon.
  titles:
    - tester
  competencies:
    - id: prioritizing
      name: Prioritizing
      description: Choosing what to build.
      weight: 1.0
      phrases:
        - stack rank
      patterns:
        - verbs: [rank, trade off, order]
          objects: [initiatives, bets, order of the work]
          window: 2
    - id: design
      name: Design
      description: How it looks.
      weight: 1.0
      phrases:
        - design system
      cues:
        words: [designers, screen, effortless]
        needs: 2
  """

@Suite("Patterns and cue groups")
struct PatternCueTests {
  static let small: Lexicon = {
    do {
      return try LexiconLoader.load(yaml: smallLexicon, path: "small.yaml")
    } catch {
      fatalError("the test lexicon does not load: \(error)")
    }
  }()

  private func tags(_ sentence: String, lexicon: Lexicon = small) -> [String] {
    let matcher = PhraseMatcher(lexicon: lexicon)
    return matcher.matches(in: Tokenizer.tokenize(sentence)).map { lexicon.competencies[$0.competency].id }
  }

  @Test(
    "a verb with an object within the window matches; farther, reversed or alone it does not",
    arguments: [
      ("Rank the initiatives.", ["prioritizing"]),
      ("Rank all open initiatives.", ["prioritizing"]),  // two words between: the window
      ("Rank all of our initiatives.", []),  // three words between
      ("Initiatives are ranked weekly.", []),  // object before verb
      ("Trade off bets against each other.", ["prioritizing"]),  // a two-word verb
      ("Rank the list. Initiatives follow.", []),  // never across sentences
      ("Work with designers so every screen feels effortless.", ["design"]),
      ("Work with designers on the brand.", []),  // one cue is not enough
      ("Designers, designers, designers.", []),  // the same cue three times counts once
      ("Stack rank the initiatives.", ["prioritizing"]),  // a phrase already matched: no second match
      ("Rank the order of the work.", ["prioritizing"]),  // the verb "order" inside the object hides nothing
    ])
  func rules(sentence: String, expected: [String]) {
    #expect(tags(sentence) == expected, "\(sentence)")
  }

  @Test("pattern and cue matches say where they come from and quote their words as evidence")
  func evidence() throws {
    let matcher = PhraseMatcher(lexicon: Self.small)
    let text = Tokenizer.tokenize("Rank all open initiatives; then work with designers until each screen is clear.")
    let found = matcher.matches(in: text)
    #expect(found.map(\.source) == [.pattern, .cues])
    let words = found.map { text.slice(text.tokens[$0.firstToken].start..<text.tokens[$0.endToken - 1].end) }
    #expect(words == ["Rank all open initiatives", "designers until each screen"])
    let profile = ProfileBuilder(lexicon: Self.small).profile(of: [
      TokenizedSection(heading: "What you'll do", kind: .responsibilities, text: text)
    ])
    let design = try #require(profile.entry("design"))
    #expect(design.evidence.first?.phrase == "designers until each screen")
    // Patterns and cues are inferred, so they count like weak phrases.
    let weight = Self.small.sectionWeights.postingCompetencies[.responsibilities]
    #expect(design.weightedHits == 0.5 * weight)
    #expect(profile.entry("prioritizing")?.weightedHits == 0.5 * weight)
  }

  @Test("with extensions off, only phrases match")
  func extensionsOff() {
    let matcher = PhraseMatcher(lexicon: Self.small, extensions: false)
    #expect(matcher.matches(in: Tokenizer.tokenize("Rank the initiatives.")).isEmpty)
  }

  @Test(
    "paraphrased sentences tag the competency with the default lexicon",
    arguments: [
      ("Choose which bets we fund next quarter.", "roadmap-prioritization"),
      ("Work with designers so every screen feels effortless.", "user-experience"),
      ("Keep timelines and dependencies on track across several teams.", "program-management"),
      ("Talk to customers every week and bring what you learn back to the team.", "customer-insight"),
      ("Size new opportunities before we commit a team to them.", "market-research"),
      ("Flag risks early and keep projects from slipping.", "program-management"),
      ("Recruit strong product talent and set a high bar for who we bring on.", "team-leadership"),
      ("Decide what to cut when deadlines and ambitions collide.", "roadmap-prioritization"),
      ("Be the voice of the customer in planning.", "customer-insight"),
    ])
  func paraphraseHits(sentence: String, competency: String) {
    #expect(tags(sentence, lexicon: DefaultLexiconTests.lexicon).contains(competency), "\(sentence)")
  }

  @Test(
    "near misses stay untagged with the default lexicon",
    arguments: [
      ("Everyone here gets a budget for books and online courses.", "business-acumen"),
      ("Forecast your pipeline accurately each week.", "business-acumen"),
      ("Run two-week sprints and keep the team shipping at a steady pace.", "team-leadership"),
      ("Write technical design documents and gather feedback from peers.", "customer-insight"),
      ("Keep a close eye on what competitors launch.", "product-delivery"),
      ("Your data will be processed in line with our applicant privacy notice.", "compliance-trust"),
      ("Own the financial results of the product line.", "innovation-portfolio"),
      ("Build the reports leadership uses every week.", "team-leadership"),
      ("Coordinate with marketing, sales and support so launches land well.", "program-management"),
    ])
  func nearMisses(sentence: String, competency: String) {
    #expect(!tags(sentence, lexicon: DefaultLexiconTests.lexicon).contains(competency), "\(sentence)")
  }

  @Test("a boilerplate word empties its sentence of competencies, and only its own sentence")
  func boilerplate() throws {
    var lexicon = try LexiconLoader.load(
      yaml: smallLexicon + "\nboilerplate:\n  - dental\n  - our vision is\n", path: "small.yaml")
    #expect(lexicon.boilerplate == ["dental", "our vision is"])
    #expect(tags("Dental cover, and designers on every screen.", lexicon: lexicon).isEmpty)
    #expect(tags("Our vision is a design system for all.", lexicon: lexicon).isEmpty)
    #expect(tags("Dental cover from day one. Rank the initiatives.", lexicon: lexicon) == ["prioritizing"])
    #expect(tags("Rank the initiatives.", lexicon: lexicon) == ["prioritizing"])
    lexicon.boilerplate = []
    #expect(tags("Our vision is a design system for all.", lexicon: lexicon) == ["design"])
  }

  @Test(
    "benefits and about-us sentences get no competency with the default lexicon",
    arguments: [
      "We offer medical, dental and vision coverage from day one.",
      "Our vision is a world where every small business can compete.",
      "Our culture is built on trust, curiosity and kindness.",
      "We are proud to be an equal opportunity employer.",
    ])
  func boilerplateDefault(sentence: String) {
    #expect(tags(sentence, lexicon: DefaultLexiconTests.lexicon).isEmpty, "\(sentence)")
  }
}

@Suite("Lexicon validation of patterns and cues")
struct PatternCueValidationTests {
  private func problems(_ competencyTail: String) throws -> [LexiconProblem] {
    let yaml = """
      lexicon: test
      name: Test
      description: A test lexicon.
      titles:
        - tester
      competencies:
        - id: alpha
          name: Alpha
          description: First.
          weight: 1.0
          phrases: [alpha one]

      """ + competencyTail
    return try LexiconLoader.parse(yaml: yaml, path: "test.yaml").problems
  }

  @Test(
    "each malformed key is reported at its line",
    arguments: [
      (
        "    patterns: rank the bets\n", 12,
        "'patterns' must be a non-empty list of mappings with keys verbs, objects and window"
      ),
      ("    patterns: []\n", 12, "'patterns' must be a non-empty list of mappings with keys verbs, objects and window"),
      ("    patterns:\n      - rank\n", 13, "each pattern must be a mapping with keys verbs, objects and window"),
      ("    patterns:\n      - verbs: [rank]\n        window: 2\n", 13, "missing key 'objects'"),
      (
        "    patterns:\n      - verbs: [rank]\n        objects: []\n", 14, "'objects' must be a list of at least 1 word"
      ),
      (
        "    patterns:\n      - verbs: [rank]\n        objects: [bets]\n        window: 20\n", 15,
        "window must be a whole number of words from 1 to 8"
      ),
      (
        "    patterns:\n      - verbs: [rank]\n        objects: [bets]\n        window: two\n", 15,
        "window must be a whole number of words from 1 to 8"
      ),
      (
        "    patterns:\n      - verbs: [rank, ranking]\n        objects: [bets]\n", 13,
        "'ranking' repeats 'rank' (line 13) after stemming"
      ),
      (
        "    patterns:\n      - verbs: [rank, to the]\n        objects: [bets]\n", 13,
        "'to the' in 'verbs' is only stopwords, which match almost any sentence"
      ),
      ("    cues: [screen, designers]\n", 12, "'cues' must be a mapping with keys words and needs"),
      (
        "    cues:\n      words: [screen, designers]\n", 13,
        "cues are missing key 'needs' (how many different cue words a sentence needs)"
      ),
      ("    cues:\n      words: [screen]\n      needs: 2\n", 13, "'words' must be a list of at least 2 words"),
      (
        "    cues:\n      words: [screen, designers]\n      needs: 1\n", 14,
        "needs must be a whole number from 2 to the number of cue words (2); a single word is a weak phrase"
      ),
      (
        "    cues:\n      words: [screen, designers]\n      needs: 3\n", 14,
        "needs must be a whole number from 2 to the number of cue words (2); a single word is a weak phrase"
      ),
    ])
  func malformed(tail: String, line: Int, message: String) throws {
    #expect(try problems(tail) == [LexiconProblem(line: line, message: message)])
  }

  @Test("an unknown key inside a pattern or the cues is named with its line")
  func unknownKeys() throws {
    let pattern = try problems("    patterns:\n      - verbs: [rank]\n        object: [bets]\n")
    #expect(pattern.map(\.line) == [13, 14])
    #expect(pattern.contains { $0.line == 14 && $0.message.hasPrefix("unknown key 'object' in pattern") })
    let cues = try problems("    cues:\n      words: [screen, designers]\n      needs: 2\n      need: 2\n")
    #expect(cues.count == 1)
    #expect(cues.first?.line == 15)
    #expect(cues.first?.message.hasPrefix("unknown key 'need' in cues") == true)
  }

  @Test("a miss example that a pattern matches is refused")
  func missExample() throws {
    let found = try problems(
      """
          patterns:
            - verbs: [rank]
              objects: [bets]
          examples:
            hit: "Alpha one every day."
            miss: "Rank the bets."

      """)
    let message = "the miss example of 'alpha' matches its pattern at line 13: \"Rank the bets.\""
    #expect(found == [LexiconProblem(line: 7, message: message)])
  }

  @Test("the default lexicon and the frozen baseline validate")
  func defaultLexicons() throws {
    #expect(try LexiconLoader.validate(path: Fixtures.lexicon("cpo.yaml")).isEmpty)
    let baseline = Fixtures.root.appendingPathComponent("Benchmarks/tagging/cpo-before-issue-12.yaml").path
    #expect(try LexiconLoader.validate(path: baseline).isEmpty)
  }
}
