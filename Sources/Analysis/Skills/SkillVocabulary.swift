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
  public let skills: Skills
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
    self.init(skills: Skills(skills), labels: labels, occupationCount: occupationCount, sources: sources)
  }

  /// Creates a vocabulary from skills already stored by column (a compiled lexicon's).
  package init(skills: Skills, labels: [Label], occupationCount: Int, sources: [String]) {
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
    let linked = skills.occupations(at: index)
    let count = linked > 0 ? Double(linked) : unlinked
    return log((1 + total) / (1 + count)) + 1
  }
}

extension SkillVocabulary {
  /// The skills, stored by column (their ids and names in one run of UTF-8, the rest in arrays of numbers):
  /// a skill is made when it is read, so a vocabulary of 15,000 skills loads without making 45,000 strings,
  /// and a compiled lexicon reads it back in a few copies.
  public struct Skills: RandomAccessCollection, Sendable {
    /// Every skill's id then name, back to back.
    package let text: [UInt8]
    /// Where skill `i`'s id (`2i`) and name (`2i + 1`) start in ``text``, and where the text ends (last).
    package let bounds: [UInt32]
    /// Each skill's kind, as an index into ``kinds``.
    package let kindIndices: [UInt32]
    /// The kinds, in the order the skills first name them.
    package let kinds: [String]
    /// Each skill's source: 0 for ESCO, 1 for the technology list.
    package let sources: [UInt8]
    /// Each skill's occupation count.
    package let occupationCounts: [Int32]
    /// Where skill `i`'s ESCO links start in ``escoLinks`` (and, last, where they end).
    package let escoBounds: [UInt32]
    /// The ESCO links of every skill, back to back.
    package let escoLinks: [Int32]

    /// Stores `skills` by column.
    public init(_ skills: [Skill]) {
      var text: [UInt8] = []
      var bounds: [UInt32] = []
      var kindIndices: [UInt32] = []
      var kinds: [String] = []
      var kindIndex: [String: UInt32] = [:]
      var escoBounds: [UInt32] = []
      var escoLinks: [Int32] = []
      bounds.reserveCapacity(skills.count * 2 + 1)
      for skill in skills {
        bounds.append(UInt32(text.count))
        text.append(contentsOf: skill.id.utf8)
        bounds.append(UInt32(text.count))
        text.append(contentsOf: skill.name.utf8)
        if let index = kindIndex[skill.kind] {
          kindIndices.append(index)
        } else {
          kindIndex[skill.kind] = UInt32(kinds.count)
          kindIndices.append(UInt32(kinds.count))
          kinds.append(skill.kind)
        }
        escoBounds.append(UInt32(escoLinks.count))
        escoLinks.append(contentsOf: skill.esco)
      }
      bounds.append(UInt32(text.count))
      escoBounds.append(UInt32(escoLinks.count))
      self.text = text
      self.bounds = bounds
      self.kindIndices = kindIndices
      self.kinds = kinds
      sources = skills.map { $0.source == .esco ? 0 : 1 }
      occupationCounts = skills.map { Int32($0.occupations) }
      self.escoBounds = escoBounds
      self.escoLinks = escoLinks
    }

    /// Skills from their columns, or nil when the columns do not fit together (a damaged compiled lexicon):
    /// every bound in order and in range, every kind, source and ESCO link a valid one.
    package init?(
      text: [UInt8], bounds: [UInt32], kindIndices: [UInt32], kinds: [String], sources: [UInt8],
      occupationCounts: [Int32], escoBounds: [UInt32], escoLinks: [Int32]
    ) {
      let count = occupationCounts.count
      guard bounds.count == 2 * count + 1, kindIndices.count == count, sources.count == count,
        escoBounds.count == count + 1, bounds.first == 0, Int(bounds[2 * count]) == text.count,
        escoBounds.first == 0, Int(escoBounds[count]) == escoLinks.count,
        bounds.isNondecreasing(), escoBounds.isNondecreasing(), kindIndices.allWithin(0, below: kinds.count),
        sources.allWithin(0, below: 2), escoLinks.allWithin(0, below: count)
      else { return nil }
      self.text = text
      self.bounds = bounds
      self.kindIndices = kindIndices
      self.kinds = kinds
      self.sources = sources
      self.occupationCounts = occupationCounts
      self.escoBounds = escoBounds
      self.escoLinks = escoLinks
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { occupationCounts.count }

    public subscript(index: Int) -> Skill {
      var skill = Skill(
        id: string(bounds[2 * index], bounds[2 * index + 1]),
        name: string(bounds[2 * index + 1], bounds[2 * index + 2]), source: sources[index] == 0 ? .esco : .technology,
        kind: kinds[Int(kindIndices[index])], occupations: Int(occupationCounts[index]))
      skill.esco = Array(escoLinks[Int(escoBounds[index])..<Int(escoBounds[index + 1])])
      return skill
    }

    /// Skill `index`'s occupation count, without making the skill.
    package func occupations(at index: Int) -> Int { Int(occupationCounts[index]) }

    private func string(_ start: UInt32, _ end: UInt32) -> String {
      String(decoding: text[Int(start)..<Int(end)], as: UTF8.self)
    }
  }
}
