import Foundation
import TestSupport
import Testing
import Tokenization

@testable import Analysis

/// The general skills vocabulary as shipped (`Lexicons/skills/`), loaded once.
private let vocabulary: SkillVocabulary = {
  do {
    return try SkillVocabularyLoader.load(
      folder: SkillVocabularyLoader.path(besideLexicon: Fixtures.lexicon("cpo.yaml")))
  } catch {
    fatalError("the skills vocabulary does not load: \(error)")
  }
}()
private let matcher = SkillMatcher(vocabulary: vocabulary)

private func skills(_ text: String) -> [String] {
  matcher.matches(in: Tokenizer.tokenize(text)).map { vocabulary.skills[Int($0.skill)].name }
}

@Suite("Skills vocabulary")
struct SkillMatcherTests {
  @Test("ESCO and the technology list load, with occupation links for specificity")
  func loads() {
    #expect(vocabulary.skills.count > 13_000)
    #expect(vocabulary.occupationCount > 2_500)
    #expect(vocabulary.skills.contains { $0.source == .technology && $0.name == "Kubernetes" })
    let communication = vocabulary.skills.firstIndex { $0.source == .esco && $0.name == "communication" }
    let kubernetes = vocabulary.skills.firstIndex { $0.name == "Kubernetes" }
    // A skill every occupation lists says less than a named technology.
    #expect(
      vocabulary.specificity(try! #require(communication), unlinked: 5)
        < vocabulary.specificity(try! #require(kubernetes), unlinked: 5))
  }

  @Test(
    "technology names, aliases and word boundaries",
    arguments: [
      ("We run k8s on GCP with Postgres.", ["Kubernetes", "Google Cloud Platform", "PostgreSQL"]),
      ("Java and JavaScript, not Java Script frameworks.", ["Java", "JavaScript"]),
      ("Three years of Go in production.", ["Go"]),
      ("React and TS on the front end.", ["React", "TypeScript"]),
    ])
  func technology(text: String, expected: [String]) {
    let found = skills(text)
    for name in expected { #expect(found.contains(name), "\(text): \(found)") }
  }

  @Test(
    "everyday words are not skills",
    arguments: [
      "You go to the office on Mondays.",
      "This is an expression of our values; we take a position on it.",
      "We design for everyone.",
    ])
  func everydayWords(text: String) {
    let found = skills(text)
    for name in ["Go", "Express.js", "RStudio", "think creatively"] {
      #expect(!found.contains(name), "\(text): \(found)")
    }
  }

  @Test(
    "an ESCO concept a technology entry stands for is found as that technology, whatever the words",
    arguments: [
      ("We ship ML models weekly.", "She applied machine learning to fraud scoring."),
      ("Built with Machine Learning at its core.", "Machine learning engineer."),
    ])
  func counterparts(one: String, other: String) throws {
    let a = matcher.matches(in: Tokenizer.tokenize(one)).map(\.skill)
    let b = matcher.matches(in: Tokenizer.tokenize(other)).map(\.skill)
    let shared = Set(a).intersection(b)
    #expect(!shared.isEmpty, "\(a) vs \(b)")
    for skill in shared { #expect(vocabulary.skills[Int(skill)].source == .technology) }
  }

  @Test(
    "a label's words run together: none spans a comma, semicolon, bracket or bar",
    arguments: [
      ("Design, build and operate Go services.", "design buildings", "Go"),
      ("Own product strategy, roadmap and management, product operations included.", "control production", nil),
      ("We value research; design comes next.", "research design", nil),
      ("Lead product design for the clinician app.", nil, "Product design"),
    ] as [(String, String?, String?)])
  func punctuationBreaks(text: String, absent: String?, present: String?) {
    let found = skills(text)
    if let absent { #expect(!found.contains { $0.lowercased() == absent }, "\(text): \(found)") }
    if let present { #expect(found.contains(present), "\(text): \(found)") }
    #expect(SkillMatcher.breaksLabel(Array("a, b".utf8), from: 1, to: 3))
    #expect(!SkillMatcher.breaksLabel(Array("a - b".utf8), from: 1, to: 4))
  }

  @Test("a posting's skills carry the section they are asked in; its benefits ask for nothing")
  func postingProfile() throws {
    let sections = [
      TokenizedSection(heading: "Requirements", text: "5+ years with Python and PostgreSQL."),
      TokenizedSection(heading: "Nice to have", text: "Experience with Terraform."),
      TokenizedSection(heading: "Benefits", text: "A Kubernetes-themed hoodie."),
    ]
    let weights = try SectionWeightsLoader.load(path: Fixtures.lexicon("section-weights.json")).postingSkills
    let profile = SkillProfile.build(sections, matcher: matcher, weight: { weights[$0] })
    let names = profile.entries.map(\.name)
    #expect(names.contains("Python") && names.contains("PostgreSQL") && names.contains("Terraform"))
    #expect(!names.contains("Kubernetes"))
    #expect(profile.entries.first { $0.name == "Python" }?.isRequired == true)
    #expect(profile.entries.first { $0.name == "Terraform" }?.isRequired == false)
  }
}
