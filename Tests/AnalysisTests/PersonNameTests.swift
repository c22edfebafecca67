import Ingest
import TestSupport
import Testing

@testable import Analysis

@Suite("The person's name at the top of a resume")
struct PersonNameTests {
  @Test(
    "a line that reads as a name is one; headings, job titles and contact lines are not",
    arguments: [
      ("Morgan Ellis", "Morgan Ellis"), ("PRIYA NATARAJAN", "Priya Natarajan"), ("Tomás Reyes", "Tomás Reyes"),
      ("Ludwig van Beethoven", "Ludwig van Beethoven"), ("Mary-Kate O'Neil", "Mary-Kate O'Neil"),
      ("Summary", nil), ("Professional Experience", nil), ("Chief Product Officer", nil), ("VP of Product", nil),
      ("Senior Product Manager", nil), ("Resume fixtures", nil), ("Oakhaven, Oregon (555) 014-2298", nil),
      ("Avery Quinn — Director of Product", nil),
    ] as [(String, String?)])
  func line(text: String, expected: String?) {
    #expect(PersonName.name(text) == expected)
  }

  @Test("a first line that runs on into contact details gives the words its e-mail address spells")
  func runOn() {
    #expect(
      PersonName.leadingName(
        "Jamie Lindqvist Ashbury Falls, Wisconsin - jamie.lindqvist@example.edu - (555) 012-9064")
        == "Jamie Lindqvist")
    #expect(PersonName.leadingName("Jamie Lindqvist Ashbury Falls, Wisconsin - jl@example.edu") == nil)
  }

  @Test("the fixture resumes' names; none when the top holds no name")
  func fixtures() throws {
    let expected: [(String, String?)] = [
      ("vp-product-morgan-ellis.md", "Morgan Ellis"), ("vp-product-morgan-ellis.pdf", "Morgan Ellis"),
      ("vp-product-morgan-ellis.docx", "Morgan Ellis"), ("senior-pm-priya-natarajan.txt", "Priya Natarajan"),
      ("new-grad-jamie-lindqvist.txt", "Jamie Lindqvist"), ("director-product-avery-quinn.json", "Avery Quinn"),
      ("marketing-lead-sade-okafor.md", "Sade Okafor"),
      // The page's header (with the name) is site furniture to the extractor; its title is "Summary".
      ("engineering-manager-tomas-reyes.html", nil),
    ]
    for (file, name) in expected {
      #expect(PersonName.read(try Ingestor().document(at: Fixtures.resume(file))) == name, "\(file)")
    }
  }
}
