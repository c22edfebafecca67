import Analysis
import Foundation
import Ingest
import TestSupport
import Testing

/// The default lexicon with the rules beside it, as the CLI loads them.
private let lexicon = DefaultLexiconTests.lexicon

private let postings = PostingAnalyzer(lexicon: lexicon)
private let resumes = ResumeAnalyzer(lexicon: lexicon, asOf: Date(timeIntervalSince1970: 1_717_200_000))

private func postingKind(_ path: String) throws -> DocumentKindAssessment {
  try #require(postings.analyze(try Ingestor().document(at: path)).kind)
}

private func resumeKind(_ path: String) throws -> DocumentKindAssessment {
  try #require(resumes.analyze(try Ingestor().document(at: path)).kind)
}

@Suite("Document kinds: is it a posting, is it a resume?")
struct DocumentKindTests {
  @Test("every fixture posting reads as a posting and is kept, without doubt", arguments: Fixtures.postingNames())
  func fixturePostingsKept(name: String) throws {
    let kind = try postingKind(Fixtures.posting(name))
    #expect(kind.kind == .posting, "\(name): \(kind.kind)")
    #expect(kind.isExpectedKind && !kind.isDoubtful, "\(name)")
  }

  @Test(
    "each look-alike is set aside as what it is, on its own evidence",
    arguments: [
      ("what-does-a-cpo-do.html", DocumentKind.article, DocumentKindEvidence.Cue.questionTitle),
      ("what-does-a-cpo-do.html", .article, .generalStatement),
      ("cpo-career-blog.html", .article, .firstPersonStory),
      ("shelfsort-readme.md", .documentation, .codeBlock),
      ("shelfsort-readme.md", .documentation, .documentationHeading),
      ("ledgerly-manual-importing.html", .documentation, .documentationPhrase),
    ])
  func lookAlikesSetAside(name: String, kind expected: DocumentKind, cue: DocumentKindEvidence.Cue) throws {
    let kind = try postingKind(Fixtures.lookAlike(name))
    #expect(kind.kind == expected, "\(name): \(kind.kind)")
    #expect(kind.setsAside)
    #expect(kind.evidence.first?.side == expected, "the deciding evidence comes first")
    #expect(kind.evidence.contains { $0.cue == cue && $0.side == expected }, "\(name): \(kind.evidence.map(\.cue))")
  }

  @Test("a job-description template is a posting: kept, as a template")
  func templateKept() throws {
    let kind = try postingKind(Fixtures.lookAlike("cpo-job-description-template.html"))
    #expect(kind.kind == .jobDescriptionTemplate)
    #expect(kind.kind.isPosting && kind.isExpectedKind)
    #expect(kind.evidence.contains { $0.cue == .templatePlaceholder })
  }

  @Test("the career article's title question is quoted as the evidence a user can check")
  func evidenceQuotesTheFile() throws {
    let kind = try postingKind(Fixtures.lookAlike("what-does-a-cpo-do.html"))
    let title = try #require(kind.evidence.first { $0.cue == .questionTitle })
    #expect(title.example?.hasPrefix("What Does a Chief Product Officer Do?") == true)
    #expect(kind.pointsAgainst >= kind.pointsFor + lexicon.documentKinds.posting.margin)
  }

  @Test(
    "fixture resumes read as resumes",
    arguments: [
      "vp-product-morgan-ellis.md", "vp-product-morgan-ellis.pdf", "vp-product-morgan-ellis.docx",
      "senior-pm-priya-natarajan.txt", "director-product-avery-quinn.json", "engineering-manager-tomas-reyes.html",
      "new-grad-jamie-lindqvist.txt",
    ])
  func fixtureResumesKept(name: String) throws {
    let kind = try resumeKind(Fixtures.resume(name))
    #expect(kind.kind == .resume && kind.isExpectedKind, "\(name)")
    #expect(kind.evidence.contains { $0.cue == .datedRoles })
  }

  @Test("a README is not a resume: set aside, read as documentation")
  func readmeIsNoResume() throws {
    for path in [Fixtures.lookAlike("shelfsort-readme.md"), Fixtures.resume("README.md")] {
      let kind = try resumeKind(path)
      #expect(kind.kind == .notResume && kind.setsAside, "\(path)")
      #expect(kind.strongestOther == .documentation, "\(path)")
    }
  }

  @Test("a posting among resumes is not a resume")
  func postingIsNoResume() throws {
    let kind = try resumeKind(Fixtures.posting("greenhouse-cpo-lumora.html"))
    #expect(kind.kind == .notResume)
    #expect(kind.strongestOther == .posting)
  }

  @Test("without a document-kinds file no kind is read: every file is what it was given as")
  func noRules() throws {
    let bare = try LexiconLoader.load(
      yaml: "lexicon: t\nname: T\ndescription: d\ntitles: [cpo]\ncompetencies:\n  - id: a\n    name: A\n"
        + "    description: d\n    weight: 1\n    phrases: [roadmap]\n",
      path: "t.yaml")
    let analysis = PostingAnalyzer(lexicon: bare).analyze(
      try Ingestor().document(at: Fixtures.lookAlike("shelfsort-readme.md")))
    #expect(analysis.kind == nil)
  }

  @Test("a broken document-kinds file is refused with the line and the problem")
  func brokenRules() {
    let yaml = """
      postings: {keep: 3, setAside: 2, margin: 1, minimum: 1}
      resumes: {keep: 2, setAside: 2, margin: 1, minimum: 0}
      cues:
        employerAsk: {side: posting, weight: 1, cap: 2, phrases: [we are hiring]}
        vibes: {side: article, weight: 1, cap: 1}
        byline: {side: magazine, weight: 1, cap: 1}
      """
    #expect {
      try DocumentKindRulesLoader.load(yaml: yaml, path: "kinds.yaml")
    } throws: { error in
      guard case .invalid(let path, let problems) = error as? LexiconError else { return false }
      return path == "kinds.yaml" && problems.map(\.line) == [5, 6]
        && problems[0].message == "unknown cue `vibes`" && problems[1].message.hasPrefix("cue `byline` needs a `side`")
    }
  }

  @Test("the shipped rules load, and every cue the classifier knows is in them")
  func shippedRules() throws {
    let rules = lexicon.documentKinds
    #expect(Set(rules.cues.keys) == Set(DocumentKindEvidence.Cue.allCases))
    #expect(rules.posting.setAside > 0 && rules.posting.margin > 0)
  }
}
