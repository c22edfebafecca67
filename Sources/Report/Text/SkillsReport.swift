import Analysis
import Foundation
import Tokenization

/// `jdmatch skills` output: the skills found in each line of a text, as JSON Lines or a table.
public enum SkillsReport {
  /// One skill found, as reported.
  public struct Found: Codable, Sendable, Equatable {
    /// The skill's id (ESCO short id or technology id).
    public var id: String
    /// Its preferred label.
    public var label: String
    /// `esco` or `technology`.
    public var source: String
    /// The words of the line that named it.
    public var text: String
  }

  /// One line of input and its skills.
  public struct Line: Codable, Sendable, Equatable {
    /// The 1-based line number.
    public var line: Int
    /// The skills found, in order; a technology with an ESCO counterpart is followed by that concept.
    public var skills: [Found]
  }

  /// The skills of each line of `text` (an empty line gets an empty list).
  ///
  /// - Parameters:
  ///   - text: The text, one sentence per line.
  ///   - matcher: The skill matcher.
  public static func lines(of text: String, matcher: SkillMatcher) -> [Line] {
    let vocabulary = matcher.vocabulary
    var lines: [Line] = []
    var all = text.split(separator: "\n", omittingEmptySubsequences: false)
    if all.count > 1, all.last?.isEmpty == true { all.removeLast() }  // the file's final line feed
    for (number, line) in all.enumerated() {
      let tokenized = Tokenizer.tokenize(String(line))
      var found: [Found] = []
      var seen = Set<Int32>()
      for match in matcher.matches(in: tokenized) {
        let words = tokenized.slice(
          tokenized.tokens[match.firstToken].start..<tokenized.tokens[match.endToken - 1].end)
        for index in [match.skill] + vocabulary.skills[Int(match.skill)].esco where seen.insert(index).inserted {
          let skill = vocabulary.skills[Int(index)]
          found.append(Found(id: skill.id, label: skill.name, source: skill.source.rawValue, text: words))
        }
      }
      lines.append(Line(line: number + 1, skills: found))
    }
    return lines
  }

  /// One JSON object per line.
  public static func jsonLines(_ lines: [Line]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try lines.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
  }

  /// A plain table: line number, then each skill as `label [source]`.
  public static func table(_ lines: [Line]) -> String {
    lines.filter { !$0.skills.isEmpty }.map { line in
      "\(line.line): " + line.skills.map { "\($0.label) [\($0.source)] ← \"\($0.text)\"" }.joined(separator: "; ")
        + "\n"
    }.joined()
  }
}
