import Ingest
import Requirements
import Tokenization

/// Turns a posting ``Document`` into a ``PostingAnalysis``.
public struct PostingAnalyzer: Sendable {
  /// The profile builder, which holds the lexicon.
  public let builder: ProfileBuilder

  /// Creates an analyzer for `lexicon`.
  public init(lexicon: Lexicon) {
    self.init(builder: ProfileBuilder(lexicon: lexicon))
  }

  /// Creates an analyzer that shares `builder` (and its phrase matcher) with others.
  public init(builder: ProfileBuilder) {
    self.builder = builder
  }

  /// Analyses one posting.
  public func analyze(_ document: Document) -> PostingAnalysis {
    analyze(document, sections: builder.tokenize(document))
  }

  /// Analyses one posting whose sections are already tokenized; without `evidence`, no sentences are
  /// quoted (same numbers, less work and memory for batch ranking).
  public func analyze(_ document: Document, sections: [TokenizedSection], evidence: Bool = true) -> PostingAnalysis {
    let profile = builder.profile(of: sections, evidence: evidence)
    let requirements = Self.requirements(of: document, sections: sections)
    let role = RoleReader(vocabulary: builder.lexicon.roles).posting(document, requirements: requirements)
    return PostingAnalysis(
      source: document.source, title: role.title ?? document.title, company: document.company,
      location: document.location, lexicon: builder.lexicon.id, competencies: profile.entries,
      requirements: requirements, role: role,
      skills: SkillProfile.build(
        Self.titled(sections, title: role.title ?? document.title), matcher: builder.skills,
        weight: { [weights = builder.lexicon.sectionWeights] in weights.postingSkills[$0] }, evidence: evidence,
        onlyListedSingleWords: true),
      kind: builder.kinds.posting(document, sections: sections, requirements: requirements, roleTitle: role.title))
  }

  /// The sections with the posting's title before them, as a line of its own: "Full Stack Developer" names
  /// the kind of work the posting asks for.
  static func titled(_ sections: [TokenizedSection], title: String?) -> [TokenizedSection] {
    guard let title, !title.isEmpty else { return sections }
    return [TokenizedSection(heading: nil, kind: .general, text: Tokenizer.tokenize(title))] + sections
  }

  /// The hard requirements from the text, completed from the page's JSON-LD where the text is silent.
  public static func requirements(of document: Document) -> Requirements {
    requirements(of: document, sections: document.sections.map { TokenizedSection(heading: $0.heading, text: $0.text) })
  }

  /// The hard requirements from the posting's sections as already tokenized (with their parts), completed
  /// from the page's JSON-LD where the text is silent.
  public static func requirements(of document: Document, sections: [TokenizedSection]) -> Requirements {
    var sections = sections
    let posting = document.jobPosting
    let structured = [posting?.experienceRequirements, posting?.educationRequirements].compactMap { $0 }
    if !structured.isEmpty {
      sections.append(TokenizedSection(heading: "Requirements", text: structured.joined(separator: "\n")))
    }
    var requirements = RequirementExtractor.extract(title: document.title, sections: sections)
    // A row of a file of postings gives these in its columns, not in JSON-LD.
    let fromFeed = PostingFeed.row(of: document.source) != nil
    if requirements.salary == nil, let salary = posting?.baseSalary, let minimum = salary.minValue,
      let currency = salary.currency
    {
      let period = PayPeriod(schemaUnit: salary.unitText)
      requirements.salary = SalaryRange(
        min: minimum, max: salary.maxValue, currency: currency.uppercased(), period: period,
        evidence: fromFeed ? "pay columns (min_amount, max_amount, interval, currency)" : "JSON-LD baseSalary")
    }
    if requirements.workplace == nil, posting?.jobLocationType?.uppercased().contains("TELECOMMUTE") == true {
      requirements.workplace = Workplace(
        arrangement: .remote, evidence: fromFeed ? "is_remote column" : "JSON-LD jobLocationType TELECOMMUTE")
    }
    return requirements
  }
}
