import Requirements
import Testing

/// Negations, hedges and statements about the role at large that name a credential without asking for it;
/// sentences written for these tests, in the shapes postings and career articles use.
let negationHedgePhrasings: [ImportancePhrasing] = [
  // A negated ask waives what it names.
  .init(
    heading: "Requirements", "That doesn't mean you have to be a computer science PhD.", .degree(.phd),
    .notRequirement),
  .init(heading: "Requirements", "No degree required.", .degree(.bachelor), .notRequirement),
  .init("A bachelor's degree is not necessary for this role.", .degree(.bachelor), .notRequirement),
  .init("A master's degree isn't required.", .degree(.master), .notRequirement),
  .init("You don't have to hold an MBA to do well here.", .degree(.mba), .notRequirement),
  // "have to" un-negated is an ask.
  .init(heading: "Requirements", "You have to hold a bachelor's degree in engineering.", .degree(.bachelor), .required),
  // About the role in general: mentioned, not asked.
  .init("The majority of CPOs have an MBA.", .degree(.mba), .notRequirement),
  .init("The typical CPO has 15 years of experience in product management.", .years(15), .notRequirement),
  .init("An average product leader has a master's degree.", .degree(.master), .notRequirement),
  .init(
    "An MBA from a well-known business school is a common credential among CPOs.", .degree(.mba), .notRequirement),
  // Softened asks.
  .init(
    heading: "Requirements", "A bachelor's degree in business or a related field, or be willing to earn one.",
    .degree(.bachelor), .preferred),
  .init(
    heading: "Requirements", "The ideal candidate has an MBA and 10 years of product leadership experience.",
    .degree(.mba), .preferred),
  .init(
    heading: "Requirements", "The ideal candidate has an MBA and 10 years of product leadership experience.",
    .years(10), .preferred),
  .init(
    heading: "About you",
    "Where you went to school matters less to us than what you have shipped; an MBA won't hurt.", .degree(.mba),
    .preferred),
  .init("A PhD matters less to us than a record of shipped products.", .degree(.phd), .notRequirement),
  // What must stay an ask.
  .init(
    heading: "Requirements", "5+ years of product management experience; must be willing to travel monthly.",
    .years(5), .required),
  .init(heading: "Requirements", "A bachelor's degree in computer science is required.", .degree(.bachelor), .required),
  .init(
    heading: "Requirements", "The ideal candidate must have 8+ years of experience leading product teams.", .years(8),
    .required),
]

@Suite("Negations and hedges in requirements")
struct NegationHedgeTests {
  @Test("each phrasing gets the importance its sentence gives", arguments: negationHedgePhrasings)
  func phrasing(_ phrasing: ImportancePhrasing) {
    #expect(phrasing.predicted == phrasing.label, "\(phrasing.testDescription)")
  }
}
