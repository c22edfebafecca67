import Testing
import Tokenization

@Suite("One section model for postings and resumes")
struct SectionKindTests {
  @Test("\"Required Skills\" asks in a posting and lists in a resume")
  func requiredSkills() {
    #expect(SectionKind.classify("Required Skills", in: .posting) == .requirements)
    #expect(SectionKind.classify("Required Skills", in: .resume) == .skills)
  }

  @Test(
    "posting headings",
    arguments: [
      ("Requirements", SectionKind.requirements), ("Skills", .requirements), ("Experience", .requirements),
      ("Nice-to-have", .preferred), ("Preferred Qualifications", .preferred), ("Compensation", .benefits),
      ("Location", .location), ("How to become a CPO", .roleInGeneral), ("Typical qualifications", .roleInGeneral),
      ("About Acme", .about), ("About this role", .responsibilities), ("About the team", .about),
      ("About the role", .responsibilities), ("How to apply", .application),
      ("Surplus stock", .general),
      // The kind first in precedence wins wherever its phrase sits, a prefix ("benefit*") as well as a word.
      ("Skills and experience (preferred)", .preferred), ("Our benefits", .benefits),
      ("Your team and what you'll bring", .requirements),
    ])
  func posting(heading: String, kind: SectionKind) {
    #expect(SectionKind.classify(heading, in: .posting) == kind)
  }

  @Test(
    "resume headings",
    arguments: [
      ("Professional Experience", SectionKind.experience), ("Summary", .summary), ("Profile", .summary),
      ("Technical Skills", .skills), ("Education", .education), ("Certifications", .education),
      ("About me", .about), (nil, .general),
    ] as [(String?, SectionKind)])
  func resume(heading: String?, kind: SectionKind) {
    #expect(SectionKind.classify(heading, in: .resume) == kind)
  }
}
