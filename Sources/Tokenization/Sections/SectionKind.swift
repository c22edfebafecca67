/// What a section of a posting or resume is about, read from its heading: the one section model every stage
/// uses (how much a section's phrases count, whether requirements are read from it).
public enum SectionKind: String, Codable, Sendable, CaseIterable {
  /// Text before any heading, or under a heading of no known kind.
  case general
  /// What the candidate must have ("Requirements", "What you bring", "Must have"; in a posting also "Skills").
  case requirements
  /// What the job involves ("Responsibilities", "What you'll do", "The role").
  case responsibilities
  /// What is merely welcome ("Nice to have", "Preferred", "Bonus points").
  case preferred
  /// The company ("About us", "Who we are", "Our mission", equal-opportunity statements).
  case about
  /// Pay and perks ("Benefits", "What we offer", "Compensation").
  case benefits
  /// How to apply.
  case application
  /// Posting: where the work happens ("Location", "Workplace").
  case location
  /// Posting: the kind of role in general rather than this opening ("How to become a CPO", "Typical
  /// qualifications"): what it names is mentioned, never asked for.
  case roleInGeneral
  /// Resume: experience, roles held.
  case experience
  /// Resume: summary or profile.
  case summary
  /// Resume: skills.
  case skills
  /// Resume: education and certifications.
  case education

  /// Which kind of document a heading is read in: the same words can mean different things in each.
  public enum Context: Sendable {
    /// A job posting: "Required Skills" is what the job asks for.
    case posting
    /// A resume: "Required Skills" is a list of the candidate's skills.
    case resume
  }

  /// Whether what the section asks for is required (not merely preferred).
  public var isRequired: Bool { self == .requirements }

  /// The kind of a section under `heading` in a document of the given context.
  ///
  /// - Parameters:
  ///   - heading: The heading as written; nil for text before the first heading.
  ///   - context: Whether the heading is in a posting or a resume.
  /// - Returns: The first kind, in order of precedence, with a phrase in the heading; `.general` when none.
  public static func classify(_ heading: String?, in context: Context) -> SectionKind {
    guard let heading else { return .general }
    let words = HeadingWords.of(heading)
    return (context == .posting ? postingRules : resumeRules).firstKind(in: words) ?? .general
  }

  /// Whether a resume section's dates are not employment: education, activities, volunteering, projects,
  /// awards, publications, interests, certifications, courses.
  ///
  /// - Parameter heading: The heading as written; nil for text before the first heading.
  public static func isOutsideEmployment(_ heading: String?) -> Bool {
    guard let heading else { return false }
    if classify(heading, in: .resume) == .education { return true }
    return outsideEmploymentRules.firstKind(in: HeadingWords.of(heading)) != nil
  }

  private static let outsideEmploymentRules = HeadingRules([
    (
      .education,
      [
        "activit*", "volunteer*", "project*", "award*", "honor*", "honour*", "publication*", "interest*",
        "certific*", "course*", "leadership", "extracurricular*", "clubs", "societies", "involvement",
        "supervision", "supervised", "mentoring", "grant*", "funding", "editorial", "reviewing", "membership*",
        "committee*", "teaching", "service",
        "open source", "talk*", "presentation*", "patent*", "hackathon*", "competition*",
      ]
    )
  ])

  private static let preferredPhrases = [
    "nice to have", "nice to haves", "preferred", "preferen*", "bonus", "plus", "pluses", "desired", "desirable",
    "ideally", "good to have", "great to have", "extra credit", "even better", "stand out", "would be great",
    "would be nice", "advantage*", "optional", "nice if", "extra points",
  ]
  private static let benefitsPhrases = [
    "benefit*", "perks", "perk", "what we offer", "we offer", "compensation", "salary", "salaries", "pay", "package",
    "rewards", "remuneration", "ote", "wage", "wages", "why join", "why work", "why you ll love",
    "what s in it for you", "what you get", "what you ll get", "our offer", "in return",
  ]
  private static let applicationPhrases = [
    "how to apply", "application process", "next steps", "interview process", "to apply", "hiring process",
  ]
  private static let requirementsPhrases = [
    "requirement*", "qualification*", "what you bring", "you bring", "you ll bring", "you will bring", "you have",
    "you ll have", "must have", "must haves", "about you", "who you are", "looking for", "what you need",
    "you should have", "skills and experience", "experience and skills", "what we need", "ideal candidate", "you are",
    "competencies", "what it takes",
  ]
  /// What only a posting's requirements headings say: in a resume these name the candidate's own sections.
  private static let postingRequirementsPhrases = [
    "skills", "experience", "you ll need", "essential", "minimum", "basic", "criteria", "profile",
    "your background", "you might be",
  ]
  private static let responsibilitiesPhrases = [
    "responsibilit*", "what you ll do", "what you will do", "the role", "your role", "in this role", "your impact",
    "what you ll own", "you will", "day to day", "duties", "the job", "the opportunity", "the position",
    "what you ll be doing", "key accountabilities", "your mission", "what you ll work on", "scope", "this role",
    "this job", "this position", "this opportunity",
  ]
  private static let aboutPhrases = [
    "about us", "about the company", "about the organisation", "about the organization", "who we are",
    "our mission", "our story", "our values", "culture", "equal opportunity", "diversity", "eeo", "company overview",
    "company description", "our company", "the company", "life at", "about",
  ]
  private static let locationPhrases = [
    "location", "locations", "workplace", "work arrangement", "working model", "work model", "where you ll work",
    "remote policy", "where",
  ]
  private static let roleInGeneralPhrases = [
    "how to become", "typical", "typically", "career path", "what does a", "what is a", "what do cpos", "common",
    "commonly", "in general",
  ]
  private static let experiencePhrases = [
    "experience", "employment", "work history", "career history",
    "professional history",
  ]
  private static let summaryPhrases = ["summary", "profile", "objective", "highlights"]
  private static let skillsPhrases = ["skill*", "expertise", "tools", "technologies"]
  private static let educationPhrases = ["education", "degree*", "certification*", "training", "academic*"]

  /// Posting headings, in order of precedence: "Preferred qualifications" is preferred, not required.
  private static let postingRules = HeadingRules([
    (.roleInGeneral, roleInGeneralPhrases), (.preferred, preferredPhrases), (.benefits, benefitsPhrases),
    (.application, applicationPhrases), (.location, locationPhrases),
    (.requirements, requirementsPhrases + postingRequirementsPhrases), (.responsibilities, responsibilitiesPhrases),
    (.about, aboutPhrases), (.summary, summaryPhrases), (.skills, skillsPhrases), (.education, educationPhrases),
  ])

  /// Resume headings, in order of precedence.
  private static let resumeRules = HeadingRules([
    (.preferred, preferredPhrases), (.benefits, benefitsPhrases), (.application, applicationPhrases),
    (.requirements, requirementsPhrases), (.responsibilities, responsibilitiesPhrases), (.about, aboutPhrases),
    (.experience, experiencePhrases), (.summary, summaryPhrases), (.skills, skillsPhrases),
    (.education, educationPhrases),
  ])
}
