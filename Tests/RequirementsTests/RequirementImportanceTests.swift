import Requirements
import Testing

/// What a phrasing is, read as a person would: demanded, wished for, or not asked of the candidate at all.
enum ImportanceLabel: String, Sendable {
  case required
  case preferred
  /// Waived, hedged, or said of the role in general; the extractor may leave it out or mark it `.notRequired`.
  case notRequirement
}

/// The requirement a phrasing is about.
enum ImportanceItem: Sendable, CustomStringConvertible {
  case years(Int)
  case degree(DegreeLevel)
  case certification(String)

  var description: String {
    switch self {
    case .years(let years): "\(years) years"
    case .degree(let level): level.displayName
    case .certification(let name): name
    }
  }

  /// The importance the extractor gave the item, or nil when it did not report it.
  func importance(in requirements: Requirements) -> Importance? {
    switch self {
    case .years(let years):
      requirements.experience.flatMap { $0.minYears == years ? $0.importance : nil }
    case .degree(let level):
      requirements.degrees.first { $0.level == level }?.importance
    case .certification(let name):
      requirements.certifications.first { $0.name == name }?.importance
    }
  }
}

/// A phrasing written in the shape of a real posting or career article, with its label.
struct ImportancePhrasing: Sendable, CustomTestStringConvertible {
  var heading: String?
  var text: String
  var item: ImportanceItem
  var label: ImportanceLabel

  var testDescription: String { (heading.map { "[\($0)] " } ?? "") + text + " → \(item): \(label.rawValue)" }

  init(heading: String? = nil, _ text: String, _ item: ImportanceItem, _ label: ImportanceLabel) {
    self.heading = heading
    self.text = text
    self.item = item
    self.label = label
  }

  /// What the extractor makes of the phrasing, in the terms of the label.
  var predicted: ImportanceLabel {
    let requirements = RequirementExtractor.extract(title: nil, sections: [(heading: heading, text: text)])
    switch item.importance(in: requirements) {
    case .required: return .required
    case .preferred: return .preferred
    case .notRequired, nil: return .notRequirement
    }
  }
}

let importancePhrasings: [ImportancePhrasing] = [
  // Degrees
  .init(
    heading: "Requirements", "- Bachelor's degree in Computer Science or a related field", .degree(.bachelor),
    .required),
  .init(heading: "Nice to have", "- MBA from a top-tier program", .degree(.mba), .preferred),
  .init("An MBA is a plus.", .degree(.mba), .preferred),
  .init("A Master of Business Administration (MBA) is particularly common.", .degree(.mba), .notRequirement),
  .init("Many CPOs hold an MBA, though it is rarely a hard requirement.", .degree(.mba), .notRequirement),
  .init(
    "Most product leaders have a bachelor's degree in business, engineering or computer science.",
    .degree(.bachelor), .notRequirement),
  .init("CPOs typically hold a bachelor's degree and often an MBA.", .degree(.bachelor), .notRequirement),
  .init("CPOs typically hold a bachelor's degree and often an MBA.", .degree(.mba), .notRequirement),
  .init(heading: "What you bring", "- BA/BS degree required", .degree(.bachelor), .required),
  .init(
    "A bachelor's degree is not always required if you can show equivalent experience.", .degree(.bachelor),
    .notRequirement),
  .init("Master's degree preferred.", .degree(.master), .preferred),
  .init("Ideally, you hold an MBA or a master's in a quantitative field.", .degree(.mba), .preferred),
  .init(
    heading: "How to become a CPO", "Earn a bachelor's degree in business or computer science.", .degree(.bachelor),
    .notRequirement),
  .init("A PhD in HCI would be a bonus.", .degree(.phd), .preferred),
  .init(
    "An advanced degree can bolster a candidate's credibility with the board.", .degree(.master), .notRequirement),
  .init(
    heading: "Qualifications", "Bachelor's degree or equivalent practical experience", .degree(.bachelor), .required),
  .init("It is common for chief product officers to hold an MBA.", .degree(.mba), .notRequirement),
  .init("You must have a bachelor's degree in engineering.", .degree(.bachelor), .required),
  .init("An MBA is helpful but not necessary.", .degree(.mba), .preferred),
  .init("A degree in Computer Science is nice to have.", .degree(.bachelor), .preferred),
  .init(heading: "Education", "Bachelor's degree in a relevant field", .degree(.bachelor), .required),
  .init("Many employers prefer candidates with an MBA.", .degree(.mba), .notRequirement),
  .init("Graduate degree preferred but not required.", .degree(.master), .preferred),
  .init(
    "A CPO usually comes from a product management background and often has an MBA.", .degree(.mba),
    .notRequirement),
  .init(heading: "Requirements", "- MBA or advanced degree strongly preferred", .degree(.mba), .preferred),
  .init("Advanced degrees are common among product executives.", .degree(.master), .notRequirement),
  .init("A degree is not required.", .degree(.bachelor), .notRequirement),
  .init("MBA required.", .degree(.mba), .required),
  .init("A PhD is not required but is a plus.", .degree(.phd), .preferred),
  .init(
    heading: "Typical qualifications", "- Bachelor's degree in business or a technical field\n- MBA",
    .degree(.bachelor), .notRequirement),
  .init(
    "A Chief Product Officer is responsible for the product vision and generally holds a master's degree.",
    .degree(.master), .notRequirement),
  .init(
    heading: "Who you are", "- You hold a BS in Computer Science, Engineering or similar", .degree(.bachelor),
    .required),

  // Certifications
  .init(
    "Certifications such as Certified Scrum Product Owner (CSPO) or Project Management Professional (PMP) can bolster a CPO's credibility.",
    .certification("CSPO"), .notRequirement),
  .init(
    "Some CPOs also pursue certifications such as CSPO or PMP. While these certifications are not always required, they can bolster a CPO's credibility.",
    .certification("PMP"), .notRequirement),
  .init(
    "Certifications like CSPO and PMP show commitment to the craft. While these certifications are not always required, they can bolster a CPO's credibility.",
    .certification("CSPO"), .notRequirement),
  .init(heading: "Requirements", "- PMP certification", .certification("PMP"), .required),
  .init(heading: "Nice to have", "- CSPO or PSPO certification", .certification("CSPO"), .preferred),
  .init("PMP certification is a plus.", .certification("PMP"), .preferred),
  .init("PMP certification is not required.", .certification("PMP"), .notRequirement),
  .init("PMP is not always required, but many leaders hold it.", .certification("PMP"), .notRequirement),
  .init("Pragmatic Institute certification preferred.", .certification("Pragmatic Institute"), .preferred),
  .init(
    "SAFe POPM certification is common among product leaders in large enterprises.", .certification("SAFe"),
    .notRequirement),
  .init("You must hold an active PMP certification.", .certification("PMP"), .required),
  .init("A CSPO credential is helpful.", .certification("CSPO"), .preferred),
  .init("Holding a PMP can help product leaders stand out.", .certification("PMP"), .notRequirement),
  .init(
    "Certified Scrum Product Owner (CSPO) certification required.", .certification("CSPO"), .required),
  .init("Many product leaders hold a CSPO certification.", .certification("CSPO"), .notRequirement),
  .init(heading: "Bonus points", "- PMI-ACP or SAFe certification", .certification("PMI-ACP"), .preferred),
  .init("Ideally you hold a CSPO certification.", .certification("CSPO"), .preferred),
  .init("CPOs often have certifications such as PMP or CSPO.", .certification("PMP"), .notRequirement),
  .init(heading: "Minimum qualifications", "Active PMP certification", .certification("PMP"), .required),
  .init("A PMP certification is nice to have, not a must.", .certification("PMP"), .preferred),
  .init(
    "Experience with SAFe is a plus; SAFe certification is not necessary.", .certification("SAFe"),
    .notRequirement),
  .init(
    heading: "Requirements", "- 10+ years in product management\n- PMP or CSPO certification required",
    .certification("CSPO"), .required),
  .init(
    heading: "How to become a CPO", "Consider a certification such as the CSPO to show agile depth.",
    .certification("CSPO"), .notRequirement),

  // Years of experience
  .init(heading: "Requirements", "- 10+ years of product management experience", .years(10), .required),
  .init("Most CPOs have 15+ years of experience before taking the role.", .years(15), .notRequirement),
  .init(
    "Chief Product Officers typically have 15 or more years of experience.", .years(15), .notRequirement),
  .init("You have 8+ years of experience in product management.", .years(8), .required),
  .init("5+ years in B2B SaaS is a plus.", .years(5), .preferred),
  .init(heading: "Nice to have", "- 3+ years in healthcare", .years(3), .preferred),
  .init("Successful candidates typically have 10+ years of experience.", .years(10), .preferred),
  .init(
    "A CPO needs at least 15 years of experience across product and engineering.", .years(15), .notRequirement),
  .init(
    "Product leaders often have a decade of experience before moving into the C-suite.", .years(10),
    .notRequirement),
  .init("At least 12 years of experience leading product teams is required.", .years(12), .required),
  .init("Ideally 7+ years of experience in fintech.", .years(7), .preferred),
  .init(
    heading: "How to become a CPO", "Gain 10 to 15 years of experience in product roles.", .years(10),
    .notRequirement),
  .init("Minimum 8 years of experience in product management.", .years(8), .required),
  .init(
    "Experience requirements vary, but many CPOs have over 15 years in product.", .years(15), .notRequirement),
  .init(heading: "About you", "- 12+ years in product, including 5+ leading leaders", .years(12), .required),
  .init("10+ years of experience, typically in SaaS", .years(10), .required),
  .init(
    "While not always required, 10+ years of product leadership experience is common for this level.", .years(10),
    .notRequirement),
  .init("It's not uncommon for CPOs to have 20 years of experience.", .years(20), .notRequirement),
  .init(heading: "Requirements", "- 7-10 years of experience in product", .years(7), .required),
  .init("Typically requires 10+ years of related experience.", .years(10), .preferred),
  .init("We'd love it if you had 5+ years in marketplaces.", .years(5), .preferred),
  .init(
    "A Head of Product is responsible for the roadmap and usually has 8+ years of experience.", .years(8),
    .notRequirement),
  .init(heading: "Preferred qualifications", "- 6+ years in enterprise software", .years(6), .preferred),
  .init("10+ years of experience is not required; we hire for potential.", .years(10), .notRequirement),
]

/// Phrasings written after the rules were frozen and never tuned for: the figures over these are the honest
/// ones. Misses are recorded as known issues, not fixed by special cases.
let heldOutImportancePhrasings: [ImportancePhrasing] = [
  .init(heading: "What we're looking for", "- 8+ years of product experience in B2B", .years(8), .required),
  .init(heading: "What we're looking for", "- An MBA or similar graduate degree", .degree(.mba), .required),
  .init("Strong candidates will typically have an MBA.", .degree(.mba), .preferred),
  .init(
    "The majority of chief product officers have at least a bachelor's degree.", .degree(.bachelor),
    .notRequirement),
  .init("Having a PMP is an advantage.", .certification("PMP"), .preferred),
  .init("PMP certification: not mandatory.", .certification("PMP"), .notRequirement),
  .init("Degree: BS/BA in a technical discipline (required)", .degree(.bachelor), .required),
  .init("CSPO certification would be a strong plus.", .certification("CSPO"), .preferred),
  .init("In many organizations, the CPO holds an MBA from a leading business school.", .degree(.mba), .notRequirement),
  .init("Product executives frequently have 12+ years of experience.", .years(12), .notRequirement),
  .init(heading: "Preferred", "- Master's degree in HCI or Design", .degree(.master), .preferred),
  .init("Requires 10+ years of experience in product leadership.", .years(10), .required),
  .init("We don't require a degree.", .degree(.bachelor), .notRequirement),
  .init(
    "Some experience in regulated industries is desirable, and a PMP is welcome.", .certification("PMP"),
    .preferred),
  .init("Most VPs of Product come up through product management over 10 years or more.", .years(10), .notRequirement),
  .init(heading: "Must haves", "- 15+ years building software products", .years(15), .required),
  .init("An MBA is valued but not essential.", .degree(.mba), .notRequirement),
  .init("A bachelor's degree is the minimum; a master's is preferred.", .degree(.master), .preferred),
  .init("A bachelor's degree is the minimum; a master's is preferred.", .degree(.bachelor), .required),
  .init("CPOs can benefit from certifications like SAFe POPM.", .certification("SAFe"), .notRequirement),
  .init("Many hiring managers look for candidates with a CSPO certification.", .certification("CSPO"), .notRequirement),
  .init(heading: "Qualifications", "PhD in Computer Science, Statistics or a related field.", .degree(.phd), .required),
  .init("Experience: 5-8 years in product management (required).", .years(5), .required),
  .init("Prior certifications (CSPO, PMP) are a bonus, not a requirement.", .certification("CSPO"), .preferred),
  .init("An MBA isn't necessary for this role.", .degree(.mba), .notRequirement),
  .init("The typical CPO has 15 years of experience.", .years(15), .notRequirement),
  .init(heading: "Your profile", "- University degree in economics or engineering", .degree(.bachelor), .required),
  .init("Executives in this role often pursue an MBA mid-career.", .degree(.mba), .notRequirement),
  .init("A relevant bachelor's degree is expected.", .degree(.bachelor), .required),
  .init("Certifications such as the PMP may strengthen your application.", .certification("PMP"), .notRequirement),
]

@Suite("Requirement importance")
struct RequirementImportanceTests {
  @Test("each phrasing gets the importance its sentence gives", arguments: importancePhrasings)
  func phrasing(_ phrasing: ImportancePhrasing) {
    #expect(phrasing.predicted == phrasing.label)
  }

  @Test("held-out phrasings (misses are known issues)", arguments: heldOutImportancePhrasings)
  func heldOut(_ phrasing: ImportancePhrasing) {
    withKnownIssue("a phrasing the rules do not read yet", isIntermittent: true) {
      #expect(phrasing.predicted == phrasing.label)
    } when: {
      phrasing.predicted != phrasing.label
    }
  }

  /// Precision and recall of "required" over both tables: `make bench-requirements` (or `swift test --filter
  /// RequirementImportanceTests`) prints them.
  @Test("required is found with high precision and recall")
  func precisionAndRecall() {
    let table = Self.score(importancePhrasings)
    let heldOut = Self.score(heldOutImportancePhrasings)
    print("importance, table: " + table.summary)
    print("importance, held out: " + heldOut.summary)
    #expect(importancePhrasings.count >= 60)
    #expect(table.precision >= 0.95 && table.recall >= 0.95)
  }

  private static func score(_ phrasings: [ImportancePhrasing]) -> (precision: Double, recall: Double, summary: String) {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var agreement = 0
    for phrasing in phrasings {
      let predicted = phrasing.predicted
      if predicted == phrasing.label { agreement += 1 }
      switch (predicted == .required, phrasing.label == .required) {
      case (true, true): truePositives += 1
      case (true, false): falsePositives += 1
      case (false, true): falseNegatives += 1
      case (false, false): break
      }
    }
    let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
    let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
    let summary =
      "\(phrasings.count) phrasings, \(agreement) labelled as expected (3 labels); required: "
      + "precision \(rounded(precision)) (\(truePositives)/\(truePositives + falsePositives)), "
      + "recall \(rounded(recall)) (\(truePositives)/\(truePositives + falseNegatives))"
    return (precision, recall, summary)
  }

  @Test("the issue's paragraph lists nothing as required")
  func issueParagraph() {
    let text = """
      Education: Most CPOs hold a bachelor's degree in business, computer science or engineering. A Master of \
      Business Administration (MBA) is particularly common.
      Certifications: Some CPOs also pursue certifications such as Certified Scrum Product Owner (CSPO) or \
      Project Management Professional (PMP). While these certifications are not always required, they can \
      bolster a CPO's credibility.
      """
    let requirements = RequirementExtractor.extract(title: nil, sections: [(heading: nil, text: text)])
    #expect(!requirements.degrees.isEmpty)
    #expect(requirements.degrees.allSatisfy { $0.importance == .notRequired })
    #expect(requirements.certifications.map(\.name) == ["CSPO", "PMP"])
    #expect(requirements.certifications.allSatisfy { $0.importance == .notRequired })
  }

  @Test("a requirement asked for anywhere wins over the same one only mentioned")
  func strongestAskWins() {
    let blocks: [(heading: String?, text: String)] = [
      (heading: nil, text: "Many CPOs hold an MBA."),
      (heading: "Requirements", text: "- MBA required\n- 10+ years of product experience"),
    ]
    let requirements = RequirementExtractor.extract(title: nil, sections: blocks)
    #expect(requirements.degrees.first { $0.level == .mba }?.importance == .required)
  }

}

private func rounded(_ value: Double) -> String {
  String(Double(Int((value * 100).rounded())) / 100)
}
