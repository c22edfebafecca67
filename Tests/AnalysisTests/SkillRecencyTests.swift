import Foundation
import Ingest
import Testing

@testable import Analysis

/// A resume's skills carry when they were last used: the latest dated role they are shown in, or none when
/// a skills list or summary claims them now.
@Suite("When a resume's skills were last used")
struct SkillRecencyTests {
  /// 2024-06-01.
  static let june2024 = Date(timeIntervalSince1970: 1_717_200_000)
  static let analyzer = ResumeAnalyzer(lexicon: DefaultLexiconTests.lexicon, today: june2024)

  private static func month(_ year: Int, _ month: Int) -> Int { year * 12 + month - 1 }

  static let text = """
    # Dana Whitfield

    ## Experience

    ### Backend Engineer, Lanternfish Logistics — March 2020 – Present

    - Built the routing services in Go on PostgreSQL.

    ### Web Developer, Quillmark Press — January 2012 – August 2016

    - Kept the catalogue site running in Perl and PostgreSQL.

    ## Skills

    Python, Terraform
    """

  @Test("a skill of an old role is dated by that role's end, one of the current role by the resume's date")
  func lastUsed() throws {
    let document = try Ingestor().document(bytes: Array(Self.text.utf8), source: "dana.md")
    let reading = Self.analyzer.reading(document)
    let skills = Dictionary(reading.skills.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(skills["perl"]?.lastUsed == Self.month(2016, 8))
    #expect(skills["go"]?.lastUsed == Self.month(2024, 6))
    // Shown in both roles: the later one counts.
    #expect(skills["postgresql"]?.lastUsed == Self.month(2024, 6))
    // Claimed in the skills list: used now, not dated.
    #expect(skills["python"] != nil)
    #expect(skills["python"]?.lastUsed == nil)
    #expect(skills["terraform"]?.lastUsed == nil)
  }
}
