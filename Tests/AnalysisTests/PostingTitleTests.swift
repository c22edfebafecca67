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

  @Test("a job template that keeps the posting in invalid-YAML front matter is read from it")
  func frontMatterProse() throws {
    // The list item under `key_objectives` is indented one space off: not valid YAML.
    let page = """
      ---
      layout: layouts/job-listing
      # Instructions for whoever fills in this template.
      title: "Harbor Authority: Data Analyst"
      location: Remote
      key_objectives:
        - title: You will turn the program's data into decisions.
          items:
          - Build dashboards in Tableau and write SQL against the warehouse.
          - Apply statistical analysis and predictive modeling to find trends.
       - title: You will share what the data says.
          items:
          - Present findings to program leadership every month.
      role_summary: |
        As a Data Analyst you will work with product and engineering staff across the program.
      ---
      """
    let analysis = try analyze(page)
    #expect(analysis.title == "Harbor Authority: Data Analyst")
    #expect(analysis.role.primaryFamily == "data/ml")
    let text = try Ingestor().document(bytes: Array(page.utf8), source: "posting.md").text
    #expect(text.contains("write SQL against the warehouse"))
    #expect(text.contains("Present findings to program leadership"))
    #expect(!text.contains("layouts/job-listing"))
    #expect(!text.contains("Instructions for whoever"))
    #expect(analysis.skills.entries.contains { $0.name.lowercased() == "sql" })
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
