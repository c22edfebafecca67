/// The competencies of one role family and the phrases that point to each, loaded from
/// `Lexicons/*.yaml`.
public struct Lexicon: Sendable {
  /// The lexicon's id (`cpo`).
  public var id: String
  /// Its display name.
  public var name: String
  /// What it covers.
  public var description: String
  /// Role titles this lexicon is for, lowercase.
  public var titles: [String]
  /// The competencies, in file order.
  public var competencies: [Competency]
  /// Words that mark a sentence as posting boilerplate (benefits, about us, equal-opportunity text):
  /// a sentence containing one gets no competency, whatever else it matches.
  public var boilerplate: [String] = []
  /// The file it was loaded from.
  public var source: String
  /// Role families by title (`roles.yaml` beside the lexicon file), for telling a product posting from a
  /// sales or engineering one; empty when there is no such file.
  public var roles: RoleVocabulary = .empty
  /// The general skills vocabulary (`skills/` beside the lexicon file: ESCO and technology names), ready
  /// to match; it matches nothing when there is no such folder.
  public var skills = SkillMatcher(vocabulary: .empty)
  /// What makes a file read as a posting, a resume or something else (`document-kinds.yaml` beside the
  /// lexicon file); with none, every file is taken for what it was given as.
  public var documentKinds: DocumentKindRules = .empty
  /// How much a phrase counts by the kind of section it is read in (`section-weights.json` beside the
  /// lexicon file); with none, every section counts once.
  public var sectionWeights: SectionWeights = .uniform

  /// Creates a lexicon.
  public init(
    id: String, name: String, description: String, titles: [String], competencies: [Competency], source: String
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.titles = titles
    self.competencies = competencies
    self.source = source
  }
}

/// One competency of a role.
public struct Competency: Sendable, Equatable {
  /// Unique id (`product-strategy`).
  public var id: String
  /// Display name (`Product strategy & vision`).
  public var name: String
  /// One line saying what it is.
  public var description: String
  /// Prior importance for the role (1.0 neutral).
  public var weight: Double
  /// The phrases that signal it.
  public var phrases: [LexiconPhrase]
  /// Verb + object patterns that signal it in sentences none of its phrases match.
  public var patterns: [CompetencyPattern]
  /// Weak words that signal it when enough of them share a sentence none of its phrases match.
  public var cues: CueGroup?
  /// A sentence that must match it and one that must not, used by validation.
  public var examples: (hit: String, miss: String)?

  /// Creates a competency.
  public init(
    id: String, name: String, description: String, weight: Double, phrases: [LexiconPhrase],
    patterns: [CompetencyPattern] = [], cues: CueGroup? = nil, examples: (hit: String, miss: String)?
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.weight = weight
    self.phrases = phrases
    self.patterns = patterns
    self.cues = cues
    self.examples = examples
  }

  public static func == (lhs: Competency, rhs: Competency) -> Bool {
    lhs.id == rhs.id && lhs.name == rhs.name && lhs.description == rhs.description && lhs.weight == rhs.weight
      && lhs.phrases == rhs.phrases && lhs.patterns == rhs.patterns && lhs.cues == rhs.cues
      && lhs.examples?.hit == rhs.examples?.hit && lhs.examples?.miss == rhs.examples?.miss
  }
}

/// A phrase of a lexicon and how strongly it signals its competency.
public struct LexiconPhrase: Sendable, Equatable {
  /// How much a match counts.
  public enum Strength: String, Sendable, Codable {
    /// A full signal (counts 1).
    case strong
    /// A weaker signal (counts half).
    case weak

    /// The count one match adds.
    public var value: Double { self == .strong ? 1 : 0.5 }
  }

  /// The phrase as written in the file.
  public var text: String
  /// Strong or weak.
  public var strength: Strength
  /// The line of the file it is on.
  public var line: Int

  /// Creates a phrase.
  public init(text: String, strength: Strength, line: Int) {
    self.text = text
    self.strength = strength
    self.line = line
  }
}
