import Tokenization

/// Precision, recall and F1 of a lexicon's sentence tagging against a labelled set.
///
/// A sentence is tagged with every competency that has at least one match in it (a phrase, a weak
/// phrase, a pattern or a cue group), exactly as ``ProfileBuilder`` counts it.
public struct TaggingEvaluation: Sendable {
  /// Counts and scores of one competency, or of all of them pooled (micro average).
  public struct Score: Sendable, Equatable {
    /// Sentences tagged and labelled.
    public var truePositives = 0
    /// Sentences tagged but not labelled.
    public var falsePositives = 0
    /// Sentences labelled but not tagged.
    public var falseNegatives = 0

    /// Creates an empty score.
    public init() {}

    /// Sentences labelled with it.
    public var support: Int { truePositives + falseNegatives }
    /// Share of tags that are right (1 when nothing was tagged).
    public var precision: Double {
      truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    /// Share of labels that were found (1 when nothing was labelled).
    public var recall: Double { support == 0 ? 1 : Double(truePositives) / Double(support) }
    /// Harmonic mean of precision and recall.
    public var f1: Double {
      let sum = precision + recall
      return sum == 0 ? 0 : 2 * precision * recall / sum
    }

    static func += (lhs: inout Score, rhs: Score) {
      lhs.truePositives += rhs.truePositives
      lhs.falsePositives += rhs.falsePositives
      lhs.falseNegatives += rhs.falseNegatives
    }
  }

  /// A sentence whose tags differ from its labels.
  public struct Miss: Sendable, Equatable {
    /// The labelled sentence.
    public var sentence: LabelledSentence
    /// Competencies tagged but not labelled.
    public var extra: [String]
    /// Competencies labelled but not tagged.
    public var missing: [String]
  }

  /// Competency ids in lexicon order.
  public let competencies: [String]
  /// Per competency, in lexicon order.
  public let scores: [Score]
  /// All competencies pooled.
  public let micro: Score
  /// The sentences tagged wrongly, in set order.
  public let misses: [Miss]

  /// Macro-averaged F1 over the competencies with labels or tags.
  public var macroF1: Double {
    let used = scores.filter { $0.support + $0.falsePositives > 0 }
    return used.isEmpty ? 0 : used.reduce(0) { $0 + $1.f1 } / Double(used.count)
  }

  /// Tags every sentence of `sentences` with `matcher` and compares the tags with the labels.
  ///
  /// - Parameters:
  ///   - sentences: The labelled sentences to score (usually one split).
  ///   - lexicon: The lexicon whose competency ids the labels use.
  ///   - matcher: The matcher built from `lexicon`.
  ///   - path: The labelled set's file, named in errors.
  /// - Throws: ``TaggingSetError/unknownCompetency(path:id:competency:)`` for a label the lexicon lacks.
  public init(sentences: [LabelledSentence], lexicon: Lexicon, matcher: PhraseMatcher, path: String) throws {
    let ids = lexicon.competencies.map(\.id)
    let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    var scores = [Score](repeating: Score(), count: ids.count)
    var misses: [Miss] = []
    for item in sentences {
      var labels = Set<Int>()
      for label in item.labels {
        guard let position = index[label] else {
          throw TaggingSetError.unknownCompetency(path: path, id: item.id, competency: label)
        }
        labels.insert(position)
      }
      let tags = Set(matcher.matches(in: Tokenizer.tokenize(item.sentence)).map(\.competency))
      for position in tags.union(labels) {
        switch (tags.contains(position), labels.contains(position)) {
        case (true, true): scores[position].truePositives += 1
        case (true, false): scores[position].falsePositives += 1
        default: scores[position].falseNegatives += 1
        }
      }
      if tags != labels {
        misses.append(
          Miss(
            sentence: item, extra: tags.subtracting(labels).sorted().map { ids[$0] },
            missing: labels.subtracting(tags).sorted().map { ids[$0] }))
      }
    }
    var micro = Score()
    for score in scores { micro += score }
    self.competencies = ids
    self.scores = scores
    self.micro = micro
    self.misses = misses
  }
}
