import Foundation

/// A general skills vocabulary: ESCO's skills and knowledge (with their alternative labels and how many
/// occupations list each) and a technology vocabulary with aliases, loaded from `Lexicons/skills/`
/// (``SkillVocabularyLoader``) and matched in text by ``SkillMatcher``.
///
/// It is the layer under the role's own lexicon: every posting and resume gets a ``SkillProfile`` from it,
/// whatever its field.
public struct SkillVocabulary: Sendable {
  /// Where a skill comes from.
  public enum Source: String, Codable, Sendable {
    /// The ESCO classification (skills and knowledge).
    case esco
    /// The technology vocabulary (languages, frameworks, tools, practices).
    case technology
  }

  /// One skill.
  public struct Skill: Sendable, Equatable {
    /// ESCO's short concept id, or the technology entry's id.
    public var id: String
    /// The preferred label.
    public var name: String
    /// Where it comes from.
    public var source: Source
    /// ESCO's type (`skill`, `knowledge`, `language`, `transversal`) or the technology category
    /// (`frontend`, `database`, …).
    public var kind: String
    /// How many ESCO occupations list it as essential or optional (for a technology entry, the ESCO
    /// concept it shares a label with, if any); 0 when unknown.
    public var occupations: Int
    /// ESCO concepts that share one of this technology entry's labels (their ids), for reporting ESCO labels.
    public var esco: [Int32] = []

    /// Creates a skill.
    public init(id: String, name: String, source: Source, kind: String, occupations: Int) {
      self.id = id
      self.name = name
      self.source = source
      self.kind = kind
      self.occupations = occupations
    }
  }

  /// One label, as the matcher compares it.
  public struct Label: Sendable, Equatable {
    /// The skill's index in ``SkillVocabulary/skills``.
    public var skill: Int32
    /// The label as written.
    public var text: String
    /// Whether only this exact capitalisation counts (`Go`, `R`, `Swift`).
    public var exactCase: Bool
    /// Whether its words are compared as written rather than stemmed (names of technologies).
    public var literal: Bool

    /// Creates a label.
    public init(skill: Int32, text: String, exactCase: Bool, literal: Bool = false) {
      self.skill = skill
      self.text = text
      self.exactCase = exactCase
      self.literal = literal
    }
  }

  /// The skills, ESCO's first, in file order.
  public let skills: [Skill]
  /// Every label of every skill.
  public let labels: [Label]
  /// How many ESCO occupations there are (the base of the specificity).
  public let occupationCount: Int
  /// The files it was loaded from, for attribution and errors.
  public let sources: [String]

  /// A vocabulary with no skill.
  public static let empty = SkillVocabulary(skills: [], labels: [], occupationCount: 0, sources: [])

  /// Creates a vocabulary.
  public init(skills: [Skill], labels: [Label], occupationCount: Int, sources: [String]) {
    self.skills = skills
    self.labels = labels
    self.occupationCount = occupationCount
    self.sources = sources
  }

  /// Whether it holds no skill.
  public var isEmpty: Bool { skills.isEmpty }

  /// How specific skill `index` is: ln((1 + occupations) / (1 + the occupations listing it)) + 1, the
  /// inverse document frequency of the skill over ESCO's occupations. A skill every occupation needs
  /// ("communication") weighs about 1; one a single occupation lists weighs about ln(N). A technology
  /// entry with no ESCO counterpart takes `unlinked` occupations.
  ///
  /// - Parameters:
  ///   - index: The skill's index.
  ///   - unlinked: The occupation count assumed for a skill ESCO does not link.
  public func specificity(_ index: Int, unlinked: Double) -> Double {
    let total = Double(max(1, occupationCount))
    let linked = skills[index].occupations
    let count = linked > 0 ? Double(linked) : unlinked
    return log((1 + total) / (1 + count)) + 1
  }
}
