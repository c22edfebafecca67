import Tokenization

/// Reads the hard requirements of a job posting: years of experience, degrees, certifications, seniority, team
/// size, workplace and salary.
public enum RequirementExtractor {
  /// Extracts the hard requirements of a posting.
  ///
  /// Requirements under preferring headings ("Nice to have") or in sentences that say "preferred", "a plus",
  /// "ideally"… are `.preferred`. Those a sentence hedges ("not always required", "is common", "can bolster")
  /// or that sentences about the role in general name ("CPOs typically hold…", "Most product leaders…",
  /// "How to become a CPO") are `.notRequired`; explicitly waived ones ("No degree required") are left out.
  /// Others are `.required`. Benefits and company blocks yield only salary, workplace and seniority.
  ///
  /// - Parameters:
  ///   - title: The job title, if known; it decides the seniority and may state the workplace.
  ///   - sections: The sections of the posting in reading order, tokenized with their parts (the same
  ///     tokenization the competency profile reads).
  ///   - context: Whether the sections are a posting's or a resume's (a resume's "Required Skills" lists skills).
  /// - Returns: What the posting asks for; parts it does not state are nil or empty.
  public static func extract(
    title: String?, sections: [TokenizedSection], context: SectionKind.Context = .posting
  ) -> Requirements {
    let sentences = PostingReader.sentences(in: sections, context: context)
    let titleSentence = title.flatMap(PostingReader.sentence(of:))
    let titleSeniority = titleSentence.flatMap { SeniorityClassifier.classify($0.tokens.map(\.text)) }
    return Requirements(
      experience: ExperienceExtractor.extract(from: sentences),
      degrees: DegreeExtractor.extract(from: sentences),
      certifications: CertificationExtractor.extract(from: sentences),
      seniority: titleSeniority ?? SeniorityExtractor.extract(from: sentences),
      teamSize: TeamSizeExtractor.extract(from: sentences),
      workplace: WorkplaceExtractor.extract(from: sentences, title: titleSentence),
      salary: SalaryExtractor.extract(from: sentences, title: titleSentence)
    )
  }

  /// Reads only the degrees and certifications of tokenized sections, as a resume's credentials are read:
  /// the other extractors' work would be thrown away.
  ///
  /// - Parameters:
  ///   - sections: The sections in reading order, tokenized with their parts.
  ///   - context: Whether the sections are a posting's or a resume's.
  /// - Returns: Requirements holding only degrees and certifications, as ``extract(title:sections:context:)``
  ///   would read them.
  public static func credentials(
    in sections: [TokenizedSection], context: SectionKind.Context = .resume
  ) -> Requirements {
    let sentences = PostingReader.sentences(in: sections, context: context)
    return Requirements(
      degrees: DegreeExtractor.extract(from: sentences),
      certifications: CertificationExtractor.extract(from: sentences))
  }

  /// Extracts the hard requirements of text under headings, tokenizing it first.
  ///
  /// - Parameters:
  ///   - title: The job title, if known.
  ///   - sections: Each section's heading (nil for text before any) and text, in reading order.
  ///   - context: Whether the sections are a posting's or a resume's.
  /// - Returns: What the text asks for.
  public static func extract(
    title: String?, sections: [(heading: String?, text: String)], context: SectionKind.Context = .posting
  ) -> Requirements {
    let tokenized = sections.map { TokenizedSection(heading: $0.heading, text: $0.text, in: context) }
    return extract(title: title, sections: tokenized, context: context)
  }
}
