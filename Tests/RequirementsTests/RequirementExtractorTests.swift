import Foundation
import Requirements
import Testing
import Tokenization

/// What one phrasing must yield; parts not named are not checked unless the expectation is `.nothing`.
enum RequirementExpectation: Sendable {
  case years(min: Int, max: Int?, Importance)
  case degree(DegreeLevel, field: String?, Importance, equivalent: Bool = false)
  case certification(String, Importance)
  case salary(min: Double, max: Double?, currency: String, period: PayPeriod)
  case team(Int)
  case workplace(WorkArrangement, officeDays: Int?)
  case seniority(Seniority?)
  case noExperience
  case noDegree
  /// Every part of the requirements empty.
  case nothing
}

/// A phrasing of posting text with what it must yield.
struct RequirementPhrasing: Sendable, CustomTestStringConvertible {
  var title: String?
  var heading: String?
  var text: String
  var expected: [RequirementExpectation]

  var testDescription: String { title.map { "[\($0)] " + text } ?? text }

  init(title: String? = nil, heading: String? = nil, _ text: String, _ expected: RequirementExpectation...) {
    self.title = title
    self.heading = heading
    self.text = text
    self.expected = expected
  }
}

private let requirementPhrasings: [RequirementPhrasing] = [
  // Years of experience
  .init("10+ years of product management experience", .years(min: 10, max: nil, .required)),
  .init("10 + yrs experience in product", .years(min: 10, max: nil, .required)),
  .init("At least ten years of experience leading product teams", .years(min: 10, max: nil, .required)),
  .init("Minimum of 8 years in product management", .years(min: 8, max: nil, .required)),
  .init("7–10 years of experience in B2B SaaS", .years(min: 7, max: 10, .required)),
  .init("7-10 years of experience shipping software", .years(min: 7, max: 10, .required)),
  .init("7 to 10 years of relevant experience", .years(min: 7, max: 10, .required)),
  .init("A decade of experience building consumer products", .years(min: 10, max: nil, .required)),
  .init("Over a decade of product leadership experience", .years(min: 10, max: nil, .required)),
  .init("15 years or more of experience in enterprise software", .years(min: 15, max: nil, .required)),
  .init("Twelve years of experience in product roles", .years(min: 12, max: nil, .required)),
  .init("5+ years of product experience, of which 3 in leadership roles", .years(min: 5, max: nil, .required)),
  .init(
    "8+ years of product management experience, including 3+ years managing managers",
    .years(min: 8, max: nil, .required)),
  .init("10 years' experience in digital product", .years(min: 10, max: nil, .required)),
  .init(heading: "Nice to have", "3+ years in fintech or payments", .years(min: 3, max: nil, .preferred)),
  .init("2+ years of healthcare experience is a plus", .years(min: 2, max: nil, .preferred)),
  .init("Ideally 12+ years of experience across B2B and B2C", .years(min: 12, max: nil, .preferred)),
  .init(heading: "Requirements", "Twenty-five years of experience in retail", .years(min: 25, max: nil, .required)),
  .init("Acme was founded 25 years ago in Ohio.", .nothing),
  .init("We are proud of our 20-year history of innovation.", .nothing),
  .init("Within 2 years you will own the whole roadmap.", .nothing),
  .init("The app teaches children from 5 years old to read.", .nothing),
  .init("We've grown revenue 4x over the past 3 years.", .nothing),
  .init("10+ years of experience, ideally in fintech", .years(min: 10, max: nil, .required)),
  .init("For nearly thirty years, Acme has set the standard in logistics.", .nothing),
  .init("Must be at least 18 years of age", .nothing),

  // Degrees
  .init(
    "Bachelor's degree in Computer Science or a related field",
    .degree(.bachelor, field: "Computer Science", .required)),
  .init(
    "BA/BS required, MBA preferred", .degree(.bachelor, field: nil, .required),
    .degree(.mba, field: nil, .preferred)),
  .init(
    "B.S. in Engineering or equivalent practical experience",
    .degree(.bachelor, field: "Engineering", .required, equivalent: true)),
  .init(
    "MS or PhD in Statistics preferred",
    .degree(.master, field: "Statistics", .preferred), .degree(.phd, field: "Statistics", .preferred)),
  .init("An MBA is a plus", .degree(.mba, field: nil, .preferred)),
  .init(
    "Master's degree or MBA strongly preferred",
    .degree(.master, field: nil, .preferred), .degree(.mba, field: nil, .preferred)),
  .init(
    "Undergraduate degree required; MBA from a top-tier program desirable",
    .degree(.bachelor, field: nil, .required), .degree(.mba, field: nil, .preferred)),
  .init("A 4-year degree in Economics", .degree(.bachelor, field: "Economics", .required), .noExperience),
  .init("Doctorate in Human Factors", .degree(.phd, field: "Human Factors", .required)),
  .init("No degree required: we care about what you have built.", .nothing),
  .init("Our headquarters are in Boston, MA.", .nothing),
  .init("Proficiency with MS Office and Excel", .nothing),
  .init("You will work closely with the Scrum Master and designers", .noDegree),
  .init("A CS degree or equivalent", .degree(.bachelor, field: "Computer Science", .required, equivalent: true)),
  .init(
    "B.Tech/B.E. from a Tier-1 institute; MBA from IIM/ISB preferred",
    .degree(.bachelor, field: nil, .required), .degree(.mba, field: nil, .preferred)),
  .init("Nice to have\nMBA from a top program", .degree(.mba, field: nil, .preferred)),
  .init("Our 360-degree feedback culture", .nothing),
  .init(
    heading: "Preferred qualifications", "8+ years of experience in B2B SaaS; an MBA",
    .years(min: 8, max: nil, .preferred), .degree(.mba, field: nil, .preferred)),
  .init(
    heading: "Benefits", "Tuition support toward an MBA, PMP exam fees covered, and a 10 years' service award.",
    .nothing),

  // Certifications
  .init(
    "CSPO or PSPO certification preferred",
    .certification("CSPO", .preferred), .certification("Scrum.org PSPO", .preferred)),
  .init("PMP certification required", .certification("PMP", .required)),
  .init("Pragmatic Institute certification is a plus", .certification("Pragmatic Institute", .preferred)),
  .init("SAFe POPM certification", .certification("SAFe", .required)),
  .init(
    "Certified ScrumMaster (CSM) or PMI-ACP",
    .certification("CSM", .required), .certification("PMI-ACP", .required)),
  .init("AIPMM Certified Product Manager (CPM) credential", .certification("AIPMM CPM", .required)),
  .init("Partner with CSMs and Sales to drive adoption.", .nothing),
  .init("Create a safe environment for experimentation.", .nothing),
  .init(
    "Working knowledge of SAFe or a similar scaled agile framework; SAFe Product Owner/Product Manager certification is a plus",
    .certification("SAFe", .preferred)),
  .init("Experience with agile at scale; SAFe or similar framework experience is a plus", .nothing),

  // Salaries
  .init(
    "The base salary range for this role is $240,000 – $290,000 per year.",
    .salary(min: 240_000, max: 290_000, currency: "USD", period: .year)),
  .init("Compensation: $240K-$290K + equity", .salary(min: 240_000, max: 290_000, currency: "USD", period: .year)),
  .init("USD 180,000 to 220,000 annually", .salary(min: 180_000, max: 220_000, currency: "USD", period: .year)),
  .init(heading: "Compensation", "€150k–€180k", .salary(min: 150_000, max: 180_000, currency: "EUR", period: .year)),
  .init("£120,000 a year plus bonus", .salary(min: 120_000, max: nil, currency: "GBP", period: .year)),
  .init("Contract rate: £55–£65 per hour", .salary(min: 55, max: 65, currency: "GBP", period: .hour)),
  .init("Salary: CA$190,000 – CA$230,000", .salary(min: 190_000, max: 230_000, currency: "CAD", period: .year)),
  .init("A$170,000 base plus super", .salary(min: 170_000, max: nil, currency: "AUD", period: .year)),
  .init("CTC: ₹45 LPA", .salary(min: 4_500_000, max: nil, currency: "INR", period: .year)),
  .init("Pay: $18,000/month", .salary(min: 18_000, max: nil, currency: "USD", period: .month)),
  .init("CHF 160,000 – 190,000 base salary", .salary(min: 160_000, max: 190_000, currency: "CHF", period: .year)),
  .init("We raised a $40M Series B led by top investors.", .nothing),
  .init("We passed $2B in revenue last year.", .nothing),
  .init(heading: "Benefits", "$1,500 annual learning budget", .nothing),
  .init(heading: "Benefits", "$5,000 signing bonus", .nothing),
  .init("CTC: ₹35-45 LPA + ESOPs", .salary(min: 3_500_000, max: 4_500_000, currency: "INR", period: .year)),
  .init("Base pay: 120.000 - 140.000 EUR", .salary(min: 120_000, max: 140_000, currency: "EUR", period: .year)),
  .init("Two models will be priced under $30K in base trims.", .nothing),

  // Team sizes
  .init("You will lead a team of 40 across product and design", .team(40)),
  .init("Manage 12 product managers and 3 group leads", .team(12)),
  .init("Lead an organisation of 60+", .team(60)),
  .init("Build and grow a 25-person product team", .team(25)),
  .init("You'll have 8 direct reports", .team(8)),
  .init("Lead a team of twelve PMs", .team(12)),
  .init("Join a team of 40 passionate engineers.", .nothing),
  .init("We are a team of 200 people in 5 countries.", .nothing),
  .init("Lead a team of 5-7 PMs", .team(5)),
  .init("We partner with leading brands to support over 55,000 employees.", .nothing),

  // Workplaces
  .init("This is a fully remote position", .workplace(.remote, officeDays: nil)),
  .init("Remote (US)", .workplace(.remote, officeDays: nil)),
  .init(title: "Product Manager (Remote)", "", .workplace(.remote, officeDays: nil)),
  .init("Hybrid: 3 days a week in our Berlin office", .workplace(.hybrid, officeDays: 3)),
  .init(
    "We're a remote-first company, but this role is hybrid, with 2 days per week in the London office.",
    .workplace(.hybrid, officeDays: 2)),
  .init("This role is on-site in Austin, TX", .workplace(.onSite, officeDays: nil)),
  .init("Onsite 5 days a week at our HQ", .workplace(.onSite, officeDays: 5)),
  .init("In-office role based in NYC", .workplace(.onSite, officeDays: nil)),
  .init("Ship remote control features for smart TVs.", .nothing),
  .init("Experience leading remote teams across time zones", .nothing),
  .init("Deep knowledge of hybrid cloud platforms", .nothing),
  .init("Work from office, 5 days a week (Bengaluru)", .workplace(.onSite, officeDays: 5)),
  .init("Remote: No", .workplace(.onSite, officeDays: nil)),
  .init("Fully remote, with quarterly in-person offsites", .workplace(.remote, officeDays: nil)),
  .init("We run on-site training for enterprise customers.", .nothing),

  // Seniority from the title, then from the text
  .init(title: "VP, Product", "", .seniority(.vicePresident)),
  .init(title: "Chief Product Officer", "", .seniority(.chief)),
  .init(title: "CPO", "", .seniority(.chief)),
  .init(title: "Head of Product", "", .seniority(.head)),
  .init(title: "Director of Product Management", "", .seniority(.director)),
  .init(title: "Senior Product Manager", "", .seniority(.senior)),
  .init(title: "Product Manager", "", .seniority(.individual)),
  .init(title: "Group Product Manager", "", .seniority(.lead)),
  .init(title: "Principal PM", "", .seniority(.lead)),
  .init(title: "Engineering Manager", "", .seniority(.manager)),
  .init(title: "Product Management Intern", "", .seniority(.intern)),
  .init(title: "Associate Product Manager", "", .seniority(.entry)),
  .init(
    "Reporting to the CEO as our first Chief Product Officer, you will set the product vision.",
    .seniority(.chief)),
  .init("We're hiring a Director of Product to lead our platform group.", .seniority(.director)),
  .init("5+ years as a product manager in SaaS", .seniority(nil), .years(min: 5, max: nil, .required)),
  .init("Experience hiring senior product managers", .seniority(nil)),
]

@Suite("RequirementExtractor")
struct RequirementExtractorTests {
  @Test("phrasings yield the expected requirement", arguments: requirementPhrasings)
  func phrasing(_ phrasing: RequirementPhrasing) {
    let requirements = RequirementExtractor.extract(
      title: phrasing.title, sections: [(heading: phrasing.heading, text: phrasing.text)])
    for expected in phrasing.expected {
      check(requirements, expected)
    }
  }

  @Test(
    "titles classify to their seniority",
    arguments: [
      ("VP, Product", Seniority.vicePresident), ("SVP of Product", .vicePresident),
      ("Senior Vice President, Product", .vicePresident), ("Chief Product Officer", .chief), ("CPO", .chief),
      ("Head of Product", .head), ("Director of Product Management", .director),
      ("Sr. Director, Product", .director), ("Senior Product Manager", .senior), ("Sr PM, Growth", .senior),
      ("Product Manager", .individual), ("Technical Product Manager", .individual),
      ("Group Product Manager", .lead), ("Principal PM", .lead), ("Staff Product Manager", .lead),
      ("Lead Product Manager", .lead), ("Engineering Manager", .manager),
      ("Manager, Product Management", .manager), ("Senior Engineering Manager", .manager),
      ("Intern", .intern), ("Product Management Intern", .intern), ("Associate Product Manager", .entry),
      ("Junior Product Owner", .entry), ("Graduate Product Analyst", .entry),
      ("Research Assistant", .entry), ("Undergraduate Teaching Assistant", .entry),
      ("Assistant Professor", .individual), ("Associate Professor of Physics", .individual),
      ("Postdoc", .individual), ("Research Fellow", .individual), ("Shift Supervisor", .manager),
      ("IT Specialist (GS-13)", .senior), ("Program Analyst, GS-9", .individual), ("GS-15 Branch Chief", .chief),
    ] as [(String, Seniority)])
  func title(_ title: String, _ seniority: Seniority) {
    #expect(Seniority.classify(title: title) == seniority)
  }

  @Test("titles without a role or level classify to nil", arguments: ["Product", "Chief of Staff", "Join us!", ""])
  func titleWithoutLevel(_ title: String) {
    #expect(Seniority.classify(title: title) == nil)
  }

  @Test("levels are ordered from intern to chief")
  func ordering() {
    #expect(Seniority.intern < Seniority.individual)
    #expect(Seniority.director < Seniority.vicePresident)
    #expect(DegreeLevel.bachelor < DegreeLevel.mba)
    #expect(DegreeLevel.mba < DegreeLevel.phd)
  }

  @Test("credentials alone are the degrees and certifications the full extraction reads")
  func credentials() {
    let resume: [(heading: String?, text: String)] = [
      (heading: "Education", text: "MBA, Wharton, 2012\nB.S. in Computer Science, 2006"),
      (heading: "Certifications", text: "Certified Scrum Product Owner (CSPO); PMP"),
      (heading: "Experience", text: "VP of Product, Acme, 2018 – Present\nLed a team of 40 across 3 countries."),
    ]
    let sections = resume.map { TokenizedSection(heading: $0.heading, text: $0.text, in: .resume) }
    let full = RequirementExtractor.extract(title: nil, sections: sections, context: .resume)
    let credentials = RequirementExtractor.credentials(in: sections, context: .resume)
    #expect(!credentials.degrees.isEmpty)
    #expect(credentials.degrees == full.degrees)
    #expect(credentials.certifications == full.certifications)
    #expect(credentials.teamSize == nil && credentials.experience == nil)
  }

  @Test("a whole posting yields every part")
  func wholePosting() throws {
    let requirements = RequirementExtractor.extract(title: samplePostingTitle, sections: samplePostingBlocks)

    let experience = try #require(requirements.experience)
    #expect(experience.minYears == 12)
    #expect(experience.maxYears == nil)
    #expect(experience.importance == .required)
    #expect(experience.evidence == "12+ years in product management, including 5+ years leading managers of PMs")

    #expect(requirements.degrees.map(\.level) == [.bachelor, .mba])
    #expect(requirements.degrees.map(\.importance) == [.required, .preferred])
    #expect(requirements.degrees.first?.field == "Computer Science")
    #expect(requirements.degrees.first?.acceptsEquivalentExperience == true)

    #expect(requirements.certifications.map(\.name) == ["PMP", "CSPO"])
    #expect(requirements.certifications.map(\.importance) == [.required, .preferred])

    #expect(requirements.seniority == .vicePresident)

    let team = try #require(requirements.teamSize)
    #expect(team.people == 45)
    #expect(team.evidence.contains("organisation of 45"))

    let workplace = try #require(requirements.workplace)
    #expect(workplace.arrangement == .hybrid)
    #expect(workplace.officeDaysPerWeek == 3)

    let salary = try #require(requirements.salary)
    #expect(salary.min == 265_000)
    #expect(salary.max == 310_000)
    #expect(salary.currency == "USD")
    #expect(salary.period == .year)
    #expect(salary.evidence.hasPrefix("The base salary for this role"))
  }

  @Test("requirements round-trip through Codable")
  func codable() throws {
    let requirements = RequirementExtractor.extract(title: samplePostingTitle, sections: samplePostingBlocks)
    let data = try JSONEncoder().encode(requirements)
    #expect(try JSONDecoder().decode(Requirements.self, from: data) == requirements)
  }
}

private func check(_ requirements: Requirements, _ expected: RequirementExpectation) {
  switch expected {
  case .years(let min, let max, let importance):
    #expect(requirements.experience?.minYears == min)
    #expect(requirements.experience?.maxYears == max)
    #expect(requirements.experience?.importance == importance)
  case .degree(let level, let field, let importance, let equivalent):
    let degree = requirements.degrees.first { $0.level == level }
    #expect(degree != nil, "no \(level) degree in \(requirements.degrees)")
    #expect(degree?.field == field)
    #expect(degree?.importance == importance)
    #expect(degree?.acceptsEquivalentExperience == equivalent)
  case .certification(let name, let importance):
    let certification = requirements.certifications.first { $0.name == name }
    #expect(certification?.importance == importance, "certifications: \(requirements.certifications)")
  case .salary(let min, let max, let currency, let period):
    #expect(requirements.salary?.min == min)
    #expect(requirements.salary?.max == max)
    #expect(requirements.salary?.currency == currency)
    #expect(requirements.salary?.period == period)
  case .team(let people):
    #expect(requirements.teamSize?.people == people)
  case .workplace(let arrangement, let officeDays):
    #expect(requirements.workplace?.arrangement == arrangement)
    #expect(requirements.workplace?.officeDaysPerWeek == officeDays)
  case .seniority(let seniority):
    #expect(requirements.seniority == seniority)
  case .noExperience:
    #expect(requirements.experience == nil)
  case .noDegree:
    #expect(requirements.degrees.isEmpty)
  case .nothing:
    #expect(requirements == Requirements())
  }
}

private let samplePostingTitle = "VP of Product, Payments Platform"

private let samplePostingBlocks: [(heading: String?, text: String)] = [
  (
    heading: "About Ledgerline",
    text: """
    Ledgerline builds payment infrastructure for mid-sized marketplaces. Founded 11 years ago in Chicago, \
    we raised a $60M Series C last spring and now process $9B in payments a year. We're a remote-first \
    company with hubs in Chicago and Toronto.
    """
  ),
  (
    heading: "About the role",
    text: """
    As VP of Product, you will report to the CEO and lead a product organisation of 45 people, including \
    9 product managers and 4 group product managers. Within 2 years you will have taken the platform into \
    three new markets.
    """
  ),
  (
    heading: "What you bring",
    text: """
    - 12+ years in product management, including 5+ years leading managers of PMs
    - Bachelor's degree in Computer Science, Engineering, or equivalent experience
    - PMP certification or an equivalent program-management credential
    - A track record of shipping payments or fintech products at scale
    """
  ),
  (
    heading: "Nice to have",
    text: """
    - MBA from a top program
    - CSPO certification
    - Experience with card-network rules (Visa, Mastercard)
    """
  ),
  (
    heading: "Where you'll work",
    text: "This role is hybrid: 3 days a week in our Chicago office, the rest from home."
  ),
  (
    heading: "Compensation",
    text: """
    The base salary for this role is $265,000–$310,000 per year, plus equity and an annual bonus. Final \
    offers depend on location and experience.
    """
  ),
  (
    heading: "Benefits",
    text: """
    - 401(k) with 4% match
    - $2,000 yearly learning budget
    - 25 days of paid time off
    """
  ),
]
