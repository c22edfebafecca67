import Foundation
import Ingest
import Tokenization

/// Builds a ``CompetencyProfile`` from a document's sections with a lexicon's phrases.
///
/// Each match counts its phrase's strength (1 strong, ½ weak) times its section's weight; a
/// competency's raw emphasis is its lexicon weight × ln(1 + weighted hits), so the tenth mention adds
/// far less than the first; shares are normalised to sum to 1.
public struct ProfileBuilder: Sendable {
  /// The lexicon in use.
  public let lexicon: Lexicon
  private let matcher: PhraseMatcher
  /// Finds the general skills vocabulary's labels.
  public let skills: SkillMatcher
  /// Reads whether a file is a posting, a resume or something else.
  public let kinds: DocumentKindClassifier

  /// Most evidence sentences kept per competency.
  public static let evidenceLimit = 3

  /// Creates a builder for `lexicon`.
  public init(lexicon: Lexicon) {
    self.init(lexicon: lexicon, matcher: PhraseMatcher(lexicon: lexicon))
  }

  /// Creates a builder for a compiled lexicon, with the phrase matcher it holds.
  public init(compiled: CompiledLexicon) {
    self.init(lexicon: compiled.lexicon, matcher: compiled.matcher)
  }

  private init(lexicon: Lexicon, matcher: PhraseMatcher) {
    self.lexicon = lexicon
    self.matcher = matcher
    self.skills = lexicon.skills
    self.kinds = DocumentKindClassifier(rules: lexicon.documentKinds, roles: lexicon.roles)
  }

  /// The tokenized sections of a document with their kinds, tokenized once for every later use.
  ///
  /// - Parameters:
  ///   - document: The posting or resume.
  ///   - context: Whether it is a posting or a resume, which decides what its headings mean.
  public func tokenize(_ document: Document, in context: SectionKind.Context = .posting) -> [TokenizedSection] {
    // One word table for the whole document: a word is decided once however many sections repeat it.
    var words = WordTable()
    return document.sections.map { section in
      TokenizedSection(
        heading: section.heading, kind: SectionKind.classify(section.heading, in: context),
        text: Tokenizer.tokenize(section.text, parts: true, words: &words))
    }
  }

  /// The profile of already tokenized sections; `sectionWeight` says how much each kind counts.
  /// Without `evidence`, no sentence is quoted (batch ranking keeps only the numbers).
  public func profile(
    of sections: [TokenizedSection], sectionWeight: ((SectionKind) -> Double)? = nil,
    evidence collectEvidence: Bool = true
  ) -> CompetencyProfile {
    let count = lexicon.competencies.count
    var weighted = [Double](repeating: 0, count: count)
    var mentions = [Int](repeating: 0, count: count)
    var bySection = [[String: Int]](repeating: [:], count: count)
    var required = [Int](repeating: 0, count: count)
    var preferred = [Int](repeating: 0, count: count)
    var candidates = [[(rank: Double, order: Int, evidence: Evidence)]](repeating: [], count: count)
    var order = 0
    var wordLabels = WordMemo<TrieLabels.TokenLabels>()
    var scratch = matcher.makeScratch()
    for section in sections {
      let weight = sectionWeight?(section.kind) ?? lexicon.sectionWeights.postingCompetencies[section.kind]
      var seenSentences = Set<Int>()
      for match in matcher.matches(in: section.text, wordLabels: &wordLabels, scratch: &scratch) {
        let competency = match.competency
        let strength = matcher.phrase(match.phrase).strength.value
        weighted[competency] += strength * weight
        mentions[competency] += 1
        bySection[competency][section.kind.rawValue, default: 0] += 1
        if section.kind == .requirements { required[competency] += 1 }
        if section.kind == .preferred { preferred[competency] += 1 }
        // One evidence sentence per competency and sentence.
        let sentenceKey = match.sentence * count + competency
        guard collectEvidence, weight > 0, !seenSentences.contains(sentenceKey) else { continue }
        seenSentences.insert(sentenceKey)
        let tokens = section.text.tokens
        let phrase = section.text.slice(tokens[match.firstToken].start..<tokens[match.endToken - 1].end)
        let evidence = Evidence(
          sentence: section.text.sentence(match.sentence), phrase: phrase, section: section.heading,
          sectionKind: section.kind)
        candidates[competency].append((weight * strength, order, evidence))
        order += 1
      }
    }
    var raw = [Double](repeating: 0, count: count)
    for index in 0..<count where weighted[index] > 0 {
      raw[index] = lexicon.competencies[index].weight * log(1 + weighted[index])
    }
    let total = raw.reduce(0, +)
    var entries: [CompetencyProfile.Entry] = []
    for (index, competency) in lexicon.competencies.enumerated() {
      let evidence = candidates[index].sorted { ($0.rank, -$0.order) > ($1.rank, -$1.order) }
        .prefix(Self.evidenceLimit).map(\.evidence)
      entries.append(
        CompetencyProfile.Entry(
          id: competency.id, name: competency.name, emphasis: total > 0 ? raw[index] / total : 0,
          weightedHits: weighted[index], mentions: mentions[index], mentionsBySection: bySection[index],
          requiredMentions: required[index], preferredMentions: preferred[index], evidence: Array(evidence)))
    }
    entries.sort { ($0.emphasis, $1.id) > ($1.emphasis, $0.id) }
    return CompetencyProfile(entries: entries)
  }
}
