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
    /// In a resume, the month (year × 12 + month − 1) of the latest dated role it was shown in, when every
    /// mention lies in a dated role; nil when a mention stands outside one (a skills list, a summary), which
    /// claims the skill now.
    public var lastUsed: Int?

    /// Creates an entry.
    public init(
      skill: Int32, id: String, name: String, weight: Double, mentions: Int, requiredMentions: Int = 0,
      preferredMentions: Int = 0, evidence: String? = nil, phrase: String? = nil, lastUsed: Int? = nil
    ) {
      self.lastUsed = lastUsed
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

  /// Whether a section of this kind lists what is asked or known.
  static func listsSkills(_ kind: SectionKind) -> Bool {
    switch kind {
    case .requirements, .responsibilities, .preferred, .skills, .experience: return true
    default: return false
    }
  }

  /// The month each line of each section was last worked in: a line belongs to the latest role line at or
  /// above it (a role's heading or dated line), until a section that is not employment; nil before any.
  ///
  /// - Parameters:
  ///   - sections: The resume's tokenized sections.
  ///   - roleMonths: Each role's line (as the career reader read it) and the month it ended (the as-of month
  ///     for a current role).
  /// - Returns: Per section, the start byte of each line and its month.
  static func lineMonths(_ sections: [TokenizedSection], roleMonths: [String: Int]) -> [[(start: Int, month: Int?)]] {
    var current: Int?
    return sections.map { section in
      switch section.kind {
      case .experience, .general, .responsibilities, .roleInGeneral: break
      default: current = nil
      }
      if let heading = section.heading?.trimmingCharacters(in: .whitespaces), let month = roleMonths[heading] {
        current = month
      }
      var lines: [(start: Int, month: Int?)] = []
      var start = 0
      let bytes = section.text.utf8
      while start <= bytes.count {
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        // Spaces and tabs trimmed on the bytes; Foundation's trimming only where a line starts or ends with
        // another byte that may be white space (a no-break space, an ideographic space).
        var lower = start
        var upper = end
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        let line =
          lower < upper && (bytes[lower] >= 0x80 || bytes[upper - 1] >= 0x80)
          ? String(decoding: bytes[lower..<upper], as: UTF8.self).trimmingCharacters(in: .whitespaces)
          : String(decoding: bytes[lower..<upper], as: UTF8.self)
        if let month = roleMonths[line] { current = month }
        lines.append((start, current))
        start = end + 1
      }
      return lines
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
  ///   - roleMonths: A resume's role lines and the month each ended, to date each skill's last use
  ///     (``Entry/lastUsed``); empty for a posting.
  public static func build(
    _ sections: [TokenizedSection], matcher: SkillMatcher, weight: (SectionKind) -> Double, evidence: Bool = true,
    onlyListedSingleWords: Bool = false, roleMonths: [String: Int] = [:]
  ) -> SkillProfile {
    guard !matcher.vocabulary.isEmpty else { return .empty }
    var found: [Int32: Entry] = [:]
    var evidenceWeight: [Int32: Double] = [:]
    // Per skill: the latest month of a dated role it was shown in, and whether it was also shown outside one.
    var latest: [Int32: Int] = [:]
    var undated = Set<Int32>()
    let months = roleMonths.isEmpty ? [] : lineMonths(sections, roleMonths: roleMonths)
    var wordHashes = WordMemo<SkillMatcher.EdgeHashes>()
    for (sectionIndex, section) in sections.enumerated() {
      let sectionWeight = weight(section.kind)
      let lines = sectionIndex < months.count ? months[sectionIndex] : []
      for match in matcher.matches(in: section.text, wordHashes: &wordHashes) {
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
        if !roleMonths.isEmpty, sectionWeight > 0 {
          let start = section.text.tokens[match.firstToken].start
          var low = 0
          var high = lines.count
          while low < high {
            let middle = (low + high) / 2
            if lines[middle].start <= start { low = middle + 1 } else { high = middle }
          }
          if low > 0, let month = lines[low - 1].month {
            latest[match.skill] = max(latest[match.skill] ?? month, month)
          } else {
            undated.insert(match.skill)
          }
        }
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
    if !roleMonths.isEmpty {
      for (skill, month) in latest where !undated.contains(skill) { found[skill]?.lastUsed = month }
    }
    return SkillProfile(entries: found.values.filter { $0.weight > 0 }.sorted { $0.skill < $1.skill })
  }
}
