import Foundation
import TestSupport
import Testing
import Tokenization

@testable import Analysis

@Suite("The default CPO lexicon")
struct DefaultLexiconTests {
  static let lexicon: Lexicon = {
    do {
      return try LexiconLoader.load(path: Fixtures.lexicon("cpo.yaml"))
    } catch {
      fatalError("the default lexicon does not load: \(error)")
    }
  }()

  @Test("loads with at least 16 competencies of at least 15 phrases each")
  func shape() {
    let lexicon = Self.lexicon
    #expect(lexicon.competencies.count >= 16)
    for competency in lexicon.competencies {
      #expect(competency.phrases.filter { $0.strength == .strong }.count >= 15, "\(competency.id)")
      #expect(!competency.description.isEmpty)
    }
  }

  @Test("covers the product-leadership competencies the issue names")
  func coverage() {
    let ids = Set(Self.lexicon.competencies.map(\.id))
    for id in [
      "product-strategy", "roadmap-prioritization", "product-delivery", "user-experience", "market-research",
      "customer-insight", "cross-functional", "team-leadership", "stakeholder-communication", "metrics-data",
      "business-acumen", "go-to-market", "technical-fluency", "program-management", "innovation-portfolio",
      "product-operations", "adaptability-learning",
    ] {
      #expect(ids.contains(id), "missing \(id)")
    }
  }

  @Test("each competency's example sentence hits it and its near miss does not")
  func examples() throws {
    let lexicon = Self.lexicon
    let matcher = PhraseMatcher(lexicon: lexicon)
    for (index, competency) in lexicon.competencies.enumerated() {
      let examples = try #require(competency.examples, "\(competency.id) has no examples")
      let hit = matcher.matches(in: Tokenizer.tokenize(examples.hit)).map(\.competency)
      #expect(hit.contains(index), "\(competency.id) hit: \(examples.hit)")
      let miss = matcher.matches(in: Tokenizer.tokenize(examples.miss)).map(\.competency)
      #expect(!miss.contains(index), "\(competency.id) miss: \(examples.miss)")
    }
  }

  @Test(
    "near misses from the issue",
    arguments: [
      ("We build a great product for millions of users.", "product-strategy"),
      ("We cut time to market for our retail customers.", "market-research"),
      ("Go to the office twice a week.", "technical-fluency"),
      ("Send a message to the team at a time that suits.", "technical-fluency"),
    ])
  func nearMisses(sentence: String, competency: String) {
    let lexicon = Self.lexicon
    let matcher = PhraseMatcher(lexicon: lexicon)
    let index = lexicon.competencies.firstIndex { $0.id == competency }
    let found = matcher.matches(in: Tokenizer.tokenize(sentence)).map(\.competency)
    #expect(!found.contains { $0 == index }, "\(sentence)")
  }

  @Test("short terms match only when written as the term")
  func shortTerms() {
    let lexicon = Self.lexicon
    let matcher = PhraseMatcher(lexicon: lexicon)
    let technical = lexicon.competencies.firstIndex { $0.id == "technical-fluency" }
    let withAI = matcher.matches(in: Tokenizer.tokenize("Ship AI features to customers.")).map(\.competency)
    #expect(withAI.contains { $0 == technical })
    let lowercase = matcher.matches(in: Tokenizer.tokenize("Ai and ux are just letters here.")).map(\.competency)
    #expect(!lowercase.contains { $0 == technical })
  }
}

@Suite("Lexicon validation names the file, the line and the problem")
struct LexiconValidationTests {
  private func problems(_ yaml: String) throws -> [LexiconProblem] {
    try LexiconLoader.parse(yaml: yaml, path: "test.yaml").problems
  }

  private let header = """
    lexicon: test
    name: Test
    description: A test lexicon.
    titles:
      - tester
    competencies:

    """

  @Test("a duplicate id")
  func duplicateID() throws {
    let yaml =
      header + """
          - id: alpha
            name: Alpha
            description: First.
            weight: 1.0
            phrases: [alpha one]
          - id: alpha
            name: Alpha again
            description: Second.
            weight: 1.0
            phrases: [alpha two]
        """
    let found = try problems(yaml)
    #expect(found == [LexiconProblem(line: 12, message: "duplicate competency id 'alpha' (first at line 7)")])
  }

  @Test("an empty phrase list")
  func emptyPhrases() throws {
    let yaml =
      header + """
          - id: alpha
            name: Alpha
            description: First.
            weight: 1.0
            phrases: []
        """
    #expect(
      try problems(yaml) == [
        LexiconProblem(line: 11, message: "empty phrase list: 'phrases' needs at least one phrase")
      ])
  }

  @Test("an unknown key")
  func unknownKey() throws {
    let yaml =
      header + """
          - id: alpha
            name: Alpha
            description: First.
            weight: 1.0
            synonyms: [x]
            phrases: [alpha one]
        """
    let found = try problems(yaml)
    #expect(found.count == 1)
    #expect(found.first?.line == 11)
    #expect(found.first?.message.hasPrefix("unknown key 'synonyms' in competency") == true)
  }

  @Test("a phrase claimed by two competencies, even in another inflection")
  func claimedTwice() throws {
    let yaml =
      header + """
          - id: alpha
            name: Alpha
            description: First.
            weight: 1.0
            phrases:
              - roadmap planning
          - id: beta
            name: Beta
            description: Second.
            weight: 1.0
            phrases:
              - roadmaps planned
        """
    let found = try problems(yaml)
    #expect(
      found == [
        LexiconProblem(
          line: 18, message: "phrase 'roadmaps planned' is claimed by two competencies: 'alpha' (line 12) and 'beta'")
      ])
  }

  @Test("a broken file: YAML errors and aliases give a line")
  func brokenYAML() throws {
    #expect(throws: LexiconError.self) { try LexiconLoader.parse(yaml: "lexicon: [unclosed\nname: x", path: "b.yaml") }
    let bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"
    #expect(
      throws: LexiconError.notYAML(path: "b.yaml", line: 2, reason: "YAML aliases (*name) are not allowed in lexicons")
    ) {
      try LexiconLoader.parse(yaml: bomb, path: "b.yaml")
    }
  }

  @Test("the error message is one line with file and line")
  func message() {
    let error = LexiconError.invalid(
      path: "x.yaml", problems: [LexiconProblem(line: 3, message: "a"), LexiconProblem(line: 9, message: "b")])
    #expect(error.description == "x.yaml:3: a (and 1 more; see jdmatch lexicon validate x.yaml)")
  }
}
