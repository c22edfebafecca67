import Foundation
import Tokenization

/// The skills of the general vocabulary a posting asks for, or a resume shows, with evidence.
///
/// Each mention counts its section's weight: in a posting, requirements fully, responsibilities and text
/// under no heading a little less, what is merely preferred half, the company's own description,
/// benefits and how-to-apply text not at all; in a resume, roles and summary fully, a skills list and
/// education less. A skill's strength saturates: 1 − e^(−weight), so the first mention counts most.
public struct SkillProfile: Codable, Sendable, Equatable {
  /// One skill found.
  public struct Entry: Codable, Sendable, Equatable {
    /// Its index in the vocabulary.
    public var skill: Int32
    /// Its id (ESCO short id or technology id).
    public var id: String
    /// Its preferred label.
    public var name: String
    /// Σ section weight over its mentions.
    public var weight: Double
    /// How many times it was found.
    public var mentions: Int
    /// Mentions in a section of requirements.
    public var requiredMentions: Int
    /// Mentions in a section of what is preferred.
    public var preferredMentions: Int
    /// The first sentence it was found in, from its heaviest section, with the words as written.
    public var evidence: String?
    /// The words as written there.
    public var phrase: String?

    /// Creates an entry.
    public init(
      skill: Int32, id: String, name: String, weight: Double, mentions: Int, requiredMentions: Int = 0,
      preferredMentions: Int = 0, evidence: String? = nil, phrase: String? = nil
    ) {
      self.skill = skill
      self.id = id
      self.name = name
      self.weight = weight
      self.mentions = mentions
      self.requiredMentions = requiredMentions
      self.preferredMentions = preferredMentions
      self.evidence = evidence
      self.phrase = phrase
    }

    /// 1 − e^(−weight): one full mention 0.63, two 0.86.
    public var strength: Double { 1 - exp(-weight) }

    /// Whether the posting states it as required: it is named under requirements and not only under
    /// what is preferred.
    public var isRequired: Bool { requiredMentions > 0 }
  }

  /// The skills found, by vocabulary index.
  public var entries: [Entry]

  /// Creates a profile.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// No skill.
  public static let empty = SkillProfile(entries: [])

  /// The entry of skill `index`, if found.
  public func entry(_ index: Int32) -> Entry? {
    var low = 0
    var high = entries.count
    while low < high {
      let middle = (low + high) / 2
      if entries[middle].skill < index { low = middle + 1 } else { high = middle }
    }
    return low < entries.count && entries[low].skill == index ? entries[low] : nil
  }

  /// How much a posting section's mention of a skill counts as an ask.
  public static func postingWeight(_ kind: SectionKind) -> Double {
    switch kind {
    case .requirements: return 1
    case .responsibilities, .skills, .experience: return 0.8
    case .general, .summary: return 0.7
    case .preferred: return 0.5
    case .roleInGeneral, .education: return 0.3
    case .about, .benefits, .application, .location: return 0
    }
  }

  /// Whether a section of this kind lists what is asked or known.
  static func listsSkills(_ kind: SectionKind) -> Bool {
    switch kind {
    case .requirements, .responsibilities, .preferred, .skills, .experience: return true
    default: return false
    }
  }

  /// How much a resume section's mention of a skill counts as shown.
  public static func resumeWeight(_ kind: SectionKind) -> Double {
    switch kind {
    case .experience, .summary, .general, .responsibilities, .requirements: return 1
    case .skills, .preferred: return 0.7
    case .education, .roleInGeneral: return 0.4
    case .about: return 0.3
    case .benefits, .application, .location: return 0.2
    }
  }

  /// The profile of tokenized sections.
  ///
  /// - Parameters:
  ///   - sections: The document's tokenized sections.
  ///   - matcher: The skill matcher.
  ///   - weight: How much a mention in a section of each kind counts.
  ///   - evidence: Whether to quote sentences.
  ///   - onlyListedSingleWords: Whether a one-word ESCO label counts only in a section of requirements,
  ///     responsibilities, preferences or skills (postings).
  public static func build(
    _ sections: [TokenizedSection], matcher: SkillMatcher, weight: (SectionKind) -> Double, evidence: Bool = true,
    onlyListedSingleWords: Bool = false
  ) -> SkillProfile {
    guard !matcher.vocabulary.isEmpty else { return .empty }
    var found: [Int32: Entry] = [:]
    var evidenceWeight: [Int32: Double] = [:]
    for section in sections {
      let sectionWeight = weight(section.kind)
      for match in matcher.matches(in: section.text) {
        let skill = matcher.vocabulary.skills[Int(match.skill)]
        // A lone everyday word ("pregnancy", "journalism") names a skill only where a list of asks or
        // skills is expected, not in a posting's prose about the company or its benefits.
        if onlyListedSingleWords, skill.source == .esco, match.endToken - match.firstToken == 1,
          !Self.listsSkills(section.kind)
        {
          continue
        }
        var entry =
          found[match.skill] ?? Entry(skill: match.skill, id: skill.id, name: skill.name, weight: 0, mentions: 0)
        entry.weight += sectionWeight
        entry.mentions += 1
        if section.kind == .requirements { entry.requiredMentions += 1 }
        if section.kind == .preferred { entry.preferredMentions += 1 }
        if evidence, sectionWeight > (evidenceWeight[match.skill] ?? 0) {
          evidenceWeight[match.skill] = sectionWeight
          let tokens = section.text.tokens
          entry.evidence = section.text.sentence(match.sentence)
          entry.phrase = section.text.slice(tokens[match.firstToken].start..<tokens[match.endToken - 1].end)
        }
        found[match.skill] = entry
      }
    }
    return SkillProfile(entries: found.values.filter { $0.weight > 0 }.sorted { $0.skill < $1.skill })
  }
}
