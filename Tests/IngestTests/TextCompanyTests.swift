import Testing

@testable import Ingest

/// The employer a posting's own words name when no markup does.
@Suite("Company from the posting's words")
struct TextCompanyTests {
  private func company(_ text: String, name: String = "posting.md") throws -> String? {
    try Ingestor().document(bytes: Array(text.utf8), source: name).company
  }

  @Test("an organisation that defines its acronym is named in full, and 'At ACRONYM, we' counts for it")
  func acronym() throws {
    let found = try company(
      """
      # Service Designer

      The Harbor Digital Service (HDS) is changing how the port authority delivers its services.

      At HDS, designers work in teams with developers and researchers.

      ## What you will do

      - Map the services people use to register a boat.
      """)
    #expect(found == "Harbor Digital Service")
  }

  @Test("'About X' over the employer's description, and 'Join X'")
  func aboutAndJoin() throws {
    let found = try company(
      """
      # Head of Product

      ## About Quillfeather

      We make accounting software for bakeries.

      ## The role

      Join Quillfeather as our first Head of Product and own the roadmap.
      """)
    #expect(found == "Quillfeather")
  }

  @Test("a careers template's 'Org: Position Title' names the organisation; a role before the dash does not")
  func titlePrefix() throws {
    #expect(
      try company("# Tidemark Labs: Data Analyst\n\nYou will build dashboards for the tide team.\n") == "Tidemark Labs")
    #expect(try company("# Team Lead - Notify\n\nYou will lead a team of developers.\n") == nil)
  }

  @Test("one passing mention is not an employer")
  func tooLittle() throws {
    let found = try company(
      """
      # Backend Engineer

      Python is a must. Kubernetes is a plus.

      - Build services in Go.
      """)
    #expect(found == nil)
  }
}
