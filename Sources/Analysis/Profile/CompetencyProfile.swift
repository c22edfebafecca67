import Tokenization

/// How much a text (a posting or a resume) speaks to each competency of a lexicon, with evidence.
public struct CompetencyProfile: Codable, Sendable, Equatable {
  /// One competency's share, count and evidence.
  public struct Entry: Codable, Sendable, Equatable {
    /// The competency's id.
    public var id: String
    /// Its display name.
    public var name: String
    /// Its share of the text's emphasis; the shares of a profile sum to 1 (0 when it has no hits).
    public var emphasis: Double
    /// Phrase hits weighted by section and phrase strength (before the logarithm).
    public var weightedHits: Double
    /// Number of phrase matches.
    public var mentions: Int
    /// Matches in sections of each kind that had any (`requirements`: 4).
    public var mentionsBySection: [String: Int]
    /// Matches in sections saying the thing is required / preferred.
    public var requiredMentions: Int
    /// Matches in "nice to have" sections.
    public var preferredMentions: Int
    /// The best sentences showing it, strongest section first.
    public var evidence: [Evidence]
  }

  /// Entries for every competency of the lexicon, by emphasis (highest first), ties by id.
  public var entries: [Entry]

  /// Creates a profile.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// The entry for competency `id`.
  public func entry(_ id: String) -> Entry? {
    entries.first { $0.id == id }
  }

  /// The entries with at least one match.
  public var matched: [Entry] {
    entries.filter { $0.mentions > 0 }
  }
}

/// A sentence that shows a competency, and the phrase in it that matched.
public struct Evidence: Codable, Sendable, Equatable {
  /// The sentence, as written.
  public var sentence: String
  /// The matched words, as written in the sentence.
  public var phrase: String
  /// The heading of the section it is in, if any.
  public var section: String?
  /// What kind of section that is.
  public var sectionKind: SectionKind

  /// Creates evidence.
  public init(sentence: String, phrase: String, section: String?, sectionKind: SectionKind) {
    self.sentence = sentence
    self.phrase = phrase
    self.section = section
    self.sectionKind = sectionKind
  }
}
