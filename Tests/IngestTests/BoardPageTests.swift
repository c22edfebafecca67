import Foundation
import TestSupport
import Testing

@testable import Ingest

/// Job-board saves, app shells and odd pages in `Fixtures/boards`: each yields a specific fact, or a
/// specific error.
@Suite("Board pages, app shells and pages with little or no text")
struct BoardPageTests {
  private func document(_ name: String) throws -> Document {
    try Ingestor().document(at: Fixtures.board(name))
  }

  @Test("a page whose article the furniture rules drop still gives its text (fallback with furniture kept)")
  func formWrappedStory() throws {
    let text = try document("form-wrapped-news-story.html").text
    #expect(text.contains("The Larkspur Bay council voted on Tuesday night to extend ferry services into the evening"))
    #expect(text.contains("welcomed the decision at a packed public gallery."))
    #expect(!text.contains("We use cookies"))
  }

  @Test("a page with no text fails as no main text, even though it has a title")
  func noText() throws {
    let path = Fixtures.board("script-shell-no-text.html")
    #expect(throws: IngestError.noMainText(path: path)) { try Ingestor().document(at: path) }
    #expect(IngestError.noMainText(path: path).description == "\(path): no main text found")
  }

  @Test("a body of empty elements is no main text too")
  func emptyBody() throws {
    let html = "<html><head><title>Head of Product</title></head><body><div><span> </span></div></body></html>"
    #expect(throws: IngestError.noMainText(path: "shell.html")) {
      try Ingestor().document(bytes: Array(html.utf8), source: "shell.html")
    }
  }

  /// One fixture's expected metadata; nil means the field must be nil.
  struct Expected: Sendable, CustomTestStringConvertible {
    var name: String
    var title: String?
    var company: String?
    var location: String?
    var testDescription: String { name }
  }

  static let metadataCases: [Expected] = [
    // og:site_name is the board; the advertiser element names the employer; the og:title gives the place.
    Expected(
      name: "board-save-senior-product-manager-wattlebird.html", title: "Senior Product Manager",
      company: "Wattlebird Analytics", location: "Melbourne VIC"),
    // "X hiring Y in Z | Board".
    Expected(
      name: "public-page-hiring-senior-engineer-kookaburra.html",
      title: "Senior Software Engineer - Developer Experience",
      company: "Kookaburra Health", location: "Melbourne, Victoria, Australia"),
    // <title> is the board's name; the posting is JSON in hidden <code>; the company box holds counters.
    Expected(
      name: "app-shell-json-in-code-lead-pm-bilby.html", title: "Lead Product Manager - Payments",
      company: "Bilby Money",
      location: "Sydney, New South Wales, Australia"),
    // Two location elements side by side with no space between them.
    Expected(
      name: "glued-locations-product-ops-ostrava.html", title: "Product Operations Manager",
      company: "Ostrava Robotics",
      location: "Germany; United Kingdom"),
    // The first line is the title, before a "Job Description:" label.
    // No markup names the employer; the text does ("At Harrowgate Mutual, the CPO reports…").
    Expected(
      name: "titled-cpo-job-description.txt", title: "Chief Product Officer (CPO)", company: "Harrowgate Mutual",
      location: nil),
    // A PDF printed with the label in its title line.
    Expected(
      name: "printed-job-description-label-product-manager.pdf", title: "Product Manager", company: nil, location: nil),
    // The first line is a section heading: never the title.
    Expected(name: "heading-first-line-product-lead.txt", title: nil, company: nil, location: nil),
  ]

  @Test("title, company and location", arguments: metadataCases)
  func metadata(expected: Expected) throws {
    let document = try document(expected.name)
    #expect(document.title == expected.title)
    #expect(document.company == expected.company)
    #expect(document.location == expected.location)
  }

  @Test("the board's sign-in, alert and referral prompts are left out; the posting is kept")
  func boardChrome() throws {
    let text = try document("public-page-hiring-senior-engineer-kookaburra.html").text
    #expect(text.contains("Cut the time from a merged pull request to production from forty minutes to under ten."))
    #expect(text.contains("an annual learning budget of $3,000"))
    for chrome in [
      "Referrals increase your chances", "Sign in to create job alert", "Show more", "Show less", "Join now",
    ] {
      #expect(!text.contains(chrome), "keeps: \(chrome)")
    }
  }

  @Test("the app shell's text is the posting from its JSON, not counters or JSON")
  func appShellText() throws {
    let document = try document("app-shell-json-in-code-lead-pm-bilby.html")
    #expect(document.text.contains("We are looking for a Lead Product Manager to own our payments acceptance products"))
    #expect(document.text.contains("Coach and grow two product managers, and hire a third this year."))
    #expect(document.text.contains("What you will do"))
    for noise in ["Total employees", "applicants", "$type", "urn:pn:", "Loading job details"] {
      #expect(!document.text.contains(noise), "keeps: \(noise)")
    }
  }

  @Test(
    "an app page that rendered the posting keeps its text, with the JSON's employer and place; the <title> is no company"
  )
  func renderedAppPage() throws {
    let shell = try String(contentsOfFile: Fixtures.board("app-shell-json-in-code-lead-pm-bilby.html"), encoding: .utf8)
    let paragraph =
      "<p>You will own card-present payments, online checkout and settlement for sixty thousand merchants, "
      + "working with risk, compliance and three engineering squads to launch new payment methods safely.</p>"
    let rendered = shell.replacingOccurrences(
      of: "<span>Loading job details…</span>",
      with: "<h1>Lead Product Manager - Payments</h1>" + String(repeating: paragraph, count: 8))
    let document = try Ingestor().document(bytes: Array(rendered.utf8), source: "rendered.html")
    #expect(document.text.contains("You will own card-present payments"))
    #expect(!document.text.contains("Coach and grow two product managers"))
    #expect(document.title == "Lead Product Manager - Payments")
    #expect(document.company == "Bilby Money")
    #expect(document.location == "Sydney, New South Wales, Australia")
  }

  @Test("the board save keeps the advert and drops the board's furniture")
  func boardSaveText() throws {
    let text = try document("board-save-senior-product-manager-wattlebird.html").text
    #expect(text.contains("Wattlebird Analytics builds the forecasting platform"))
    #expect(text.contains("two days a week in our Collins Street office"))
    #expect(!text.contains("Quick apply"))
    #expect(!text.contains("We use cookies"))
  }

  static let boardTitleShapes: [(String, String, String?, String?)] = [
    ("Acme Freight hiring Product Lead in Leeds, England | Board", "Product Lead", "Acme Freight", "Leeds, England"),
    ("Product Lead Job in Perth WA - Board", "Product Lead", nil, "Perth WA"),
    ("Product Lead job in Leeds at Acme Freight | Board", "Product Lead", "Acme Freight", "Leeds"),
    ("Product Lead - Acme Freight - Leeds | Board", "Product Lead", "Acme Freight", "Leeds"),
    ("Product Lead at Acme Freight | Board", "Product Lead", "Acme Freight", nil),
    ("(3) Acme Freight is hiring a Product Lead | Board", "Product Lead", "Acme Freight", nil),
  ]

  @Test("board title shapes", arguments: boardTitleShapes)
  func boardTitles(title: String, role: String, company: String?, location: String?) {
    let parsed = BoardTitle.parse(title, siteNames: ["board"])
    #expect(parsed == BoardTitle(role: role, company: company, location: location))
  }

  @Test(
    "titles that are not board shapes are left alone",
    arguments: [
      "We're hiring a Chief Product Officer – The Northwind Blog", "Director of Product - Cobalt Freight - Careers",
      "Product in Healthcare", "Tidewater Logistics - VP of Product",
    ])
  func notBoardTitles(title: String) {
    #expect(BoardTitle.parse(title, siteNames: []) == nil)
  }

  @Test(
    "a company name is never counters or glued text",
    arguments: [
      ("271Total employees Applicants are mostly senior level", false), ("1,204 followers", false),
      ("Over 200 applicants", false), ("Wattlebird Analytics", true), ("23andMe", true), ("3M", true),
    ])
  func companyNames(text: String, plausible: Bool) {
    #expect(CompanyName.isPlausible(text) == plausible)
  }

  @Test("a generic <title> is never the posting's title: the main h1 is, or nothing")
  func genericPageTitle() throws {
    let withHeading = """
      <html><head><title>ProNet</title><meta name="application-name" content="ProNet"></head><body>
      <main><h1>Staff Product Designer</h1><p>Design the tools our merchants use every day, with a team of four \
      designers and twelve engineers, and help us set the direction for the design system.</p></main></body></html>
      """
    let document = try Ingestor().document(bytes: Array(withHeading.utf8), source: "a.html")
    #expect(document.title == "Staff Product Designer")
    #expect(document.company == nil)
    let withoutHeading = withHeading.replacingOccurrences(of: "<h1>Staff Product Designer</h1>", with: "")
    #expect(try Ingestor().document(bytes: Array(withoutHeading.utf8), source: "b.html").title == nil)
  }

  @Test(
    "labels before or after the role are not part of the title",
    arguments: [
      ("Job Description: Product Manager", "Product Manager"), ("Job Title: Head of Growth", "Head of Growth"),
      ("Position: Director of Product", "Director of Product"),
      ("Chief Product Officer (CPO) Job Description: Duties and Skills", "Chief Product Officer (CPO)"),
    ])
  func labelledTitles(line: String, title: String) {
    #expect(TitleParser.role(from: line) == title)
    #expect(TextTitle.title(of: [ContentBlock(kind: .paragraph, text: line)]) == title)
  }
}
