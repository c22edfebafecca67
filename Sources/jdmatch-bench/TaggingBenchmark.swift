import Analysis
import ArgumentParser
import Foundation
import Tokenization

/// `jdmatch-bench tagging`: precision, recall and F1 of competency tagging on a labelled sentence set,
/// for the lexicon in use and a baseline lexicon side by side.
struct TaggingBenchmark: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tagging",
    abstract: "Score competency tagging against labelled sentences (test half, then dev half).",
    discussion: """
      Tags each sentence of the set with every competency the lexicon matches in it and prints \
      per-competency precision, recall and F1 and their micro average, for the baseline lexicon \
      (before) and the lexicon (after), then the lexicon with its patterns and cues turned off. \
      --misses lists the dev sentences the lexicon tags wrongly; the test half is never listed.
      """)

  @Argument(help: "The labelled set (TSV: id, split, labels, sentence).")
  var set: String = "Benchmarks/tagging/sentences.tsv"

  @Option(help: "The lexicon to score.")
  var lexicon: String = "Lexicons/cpo.yaml"

  @Option(help: "The lexicon to compare with (the 'before' columns).")
  var baseline: String = "Benchmarks/tagging/cpo-before-issue-12.yaml"

  @Option(help: "Print only this half (dev or test); both when not given.")
  var split: String?

  @Option(help: "Tag one sentence and show each match, its source and its words (for lexicon authors).")
  var sentence: String?

  @Flag(help: "List the dev sentences the lexicon tags wrongly (for tuning; never the test half).")
  var misses = false

  func run() async throws {
    let sentences: [LabelledSentence]
    let after: Lexicon
    let before: Lexicon
    do {
      sentences = try LabelledSentence.load(path: set)
      after = try LexiconLoader.load(path: lexicon)
      before = try LexiconLoader.load(path: baseline)
    } catch let error as CustomStringConvertible {
      throw ValidationError(error.description)
    }
    if let sentence {
      let text = Tokenizer.tokenize(sentence)
      print(text.tokens.map { "\($0.surface)→\($0.key)" }.joined(separator: " "))
      let matcher = PhraseMatcher(lexicon: after)
      for match in matcher.matches(in: text) {
        let words = text.slice(text.tokens[match.firstToken].start..<text.tokens[match.endToken - 1].end)
        let id = after.competencies[match.competency].id
        print("\(id)\t\(match.source)\t\(matcher.phrase(match.phrase).text)\t\"\(words)\"")
      }
      return
    }
    let matchers = [
      PhraseMatcher(lexicon: before), PhraseMatcher(lexicon: after),
      PhraseMatcher(lexicon: after, extensions: false),
    ]
    print("Competency tagging: \(sentences.count) sentences from \(set)")
    print("before: \(baseline); after: \(lexicon)")
    let splits: [LabelledSentence.Split]
    if let name = self.split {
      guard let only = LabelledSentence.Split(rawValue: name) else { throw ValidationError("--split is dev or test") }
      splits = [only]
    } else {
      splits = [.test, .dev]
    }
    for split in splits {
      let part = sentences.filter { $0.split == split }
      let results = try matchers.map {
        try TaggingEvaluation(sentences: part, lexicon: after, matcher: $0, path: set)
      }
      print("")
      print("\(split.rawValue) half: \(part.count) sentences, \(part.filter { $0.labels.isEmpty }.count) with no label")
      print("")
      print(TaggingTable.markdown(before: results[0], after: results[1]))
      let plain = results[2].micro
      print("")
      print(
        String(
          format: "after with patterns and cues off: micro P %.3f R %.3f F1 %.3f", plain.precision, plain.recall,
          plain.f1))
      if misses, split == .dev {
        print("")
        print("dev sentences tagged wrongly (+ extra, - missing):")
        for miss in results[1].misses {
          let marks = miss.extra.map { "+\($0)" } + miss.missing.map { "-\($0)" }
          print("  \(miss.sentence.id)\t\(marks.joined(separator: " "))\t\(miss.sentence.sentence)")
        }
      }
    }
  }
}

/// The side-by-side table, in Markdown so it can go into the README as printed.
enum TaggingTable {
  static func markdown(before: TaggingEvaluation, after: TaggingEvaluation) -> String {
    var lines = [
      "| competency | n | P before | R before | F1 before | P after | R after | F1 after |",
      "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    func cells(_ score: TaggingEvaluation.Score) -> String {
      String(format: "%.2f | %.2f | %.2f", score.precision, score.recall, score.f1)
    }
    for (index, id) in after.competencies.enumerated() {
      let support = after.scores[index].support
      lines.append("| \(id) | \(support) | \(cells(before.scores[index])) | \(cells(after.scores[index])) |")
    }
    func bold(_ score: TaggingEvaluation.Score) -> String {
      String(format: "**%.3f** | **%.3f** | **%.3f**", score.precision, score.recall, score.f1)
    }
    lines.append("| **micro** | \(after.micro.support) | \(bold(before.micro)) | \(bold(after.micro)) |")
    lines.append(String(format: "| macro F1 | | | | %.3f | | | %.3f |", before.macroF1, after.macroF1))
    return lines.joined(separator: "\n")
  }
}
