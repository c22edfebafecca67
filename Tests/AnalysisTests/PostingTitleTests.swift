import Ingest
import TestSupport
import Testing

@testable import Analysis

/// The posting's own title against its headings: which one is the job title.
@Suite("Posting titles")
struct PostingTitleTests {
  private func analyze(_ text: String, name: String = "posting.md") throws -> PostingAnalysis {
    PostingAnalyzer(lexicon: DefaultLexiconTests.lexicon)
      .analyze(try Ingestor().document(bytes: Array(text.utf8), source: name))
  }

  @Test("a front-matter title wins over a heading that only names a field ('Our area of operations')")
  func frontMatterTitle() throws {
    let analysis = try analyze(
      """
      ---
      title: 'Partnerships Advisor'
      ---

      ### Our area of operations

      We build partnerships with provinces and cities.

      ### The role

      You will work with our partners on their services.
      """)
    #expect(analysis.title == "Partnerships Advisor")
    #expect(analysis.role.primaryFamily == "sales")
  }

  @Test("a page titled after a team takes the title of the one role it holds, and its level")
  func teamPage() throws {
    let analysis = try analyze(
      """
      # Roles on the Engineering team

      Our engineering team builds the search product.

      ## Director of Engineering

      You will lead four engineering managers and their teams.
      """)
    #expect(analysis.title == "Director of Engineering")
    #expect(analysis.role.rung == 4)
  }

  @Test(
    "a field named before a person's noun is the title's head",
    arguments: [
      "Partnerships Advisor", "Security Consultant", "Marketing Coordinator", "Policy Advisor",
    ])
  func personNouns(title: String) {
    #expect(DefaultLexiconTests.lexicon.roles.classify(title: title)?.isHead == true, "\(title)")
  }
}
