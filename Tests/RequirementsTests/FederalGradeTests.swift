import Testing

@testable import Requirements

@Suite("Federal grades in titles")
struct FederalGradeTests {
  @Test(
    "read in titles that hold their capitals, passed over in others before either pattern is compiled",
    arguments: [
      ("IT Specialist (GS-13)", Seniority.senior), ("GS 7 Clerk", .entry), ("GS11 Analyst", .individual),
      ("GS-14", .lead), ("Director (SES)", .director), ("gs-13 Analyst", nil), ("Senior Engineer", nil),
      ("GS-16", nil), ("SESAME Lead", nil), ("BOGS-13", nil), ("", nil), ("G", nil),
    ] as [(String, Seniority?)])
  func federalGrade(title: String, expected: Seniority?) {
    #expect(SeniorityClassifier.federalGrade(in: title) == expected)
  }
}
