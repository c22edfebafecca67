import Foundation
import Tokenization
import Yams

/// The thresholds and cues that decide what a file reads as, loaded from `document-kinds.yaml` beside the
/// lexicon: every weight, cap and cue phrase is data.
public struct DocumentKindRules: Sendable, Equatable {
  /// When a file counts as the expected kind, and when it is set aside.
  public struct Thresholds: Sendable, Equatable {
    /// Points for the expected kind at which the file is kept whatever else it shows.
    public var keep: Double
    /// Points for another kind needed to set the file aside…
    public var setAside: Double
    /// …and by how much they must exceed the points for the expected kind.
    public var margin: Double
    /// Below this many points for the expected kind, the file is set aside even with little against it.
    public var minimum: Double

    /// Creates thresholds.
    public init(keep: Double, setAside: Double, margin: Double, minimum: Double) {
      self.keep = keep
      self.setAside = setAside
      self.margin = margin
      self.minimum = minimum
    }
  }

  /// One cue: the kind it points to, its points per observation and their cap, and its phrases.
  public struct CueRule: Sendable, Equatable {
    /// Which cue.
    public var cue: DocumentKindEvidence.Cue
    /// The kind it points to.
    public var side: DocumentKind
    /// Points per observation.
    public var weight: Double
    /// At most this many points in all.
    public var cap: Double
    /// Its phrases as token keys (stemmed, lowercase), for the cues read from text.
    public var phrases: [[String]]
    /// Its phrases as written, lowercase words (``RoleVocabulary/words(_:)``), for cues that compare whole words
    /// ("engineer" but not "engineers" in a title).
    public var words: [[String]] = []
    /// Words that keep a heading or sentence from counting (a question heading that says "you" is the
    /// employer's).
    public var except: Set<String>

    /// Creates a cue rule.
    public init(
      cue: DocumentKindEvidence.Cue, side: DocumentKind, weight: Double, cap: Double, phrases: [[String]] = [],
      except: Set<String> = []
    ) {
      self.cue = cue
      self.side = side
      self.weight = weight
      self.cap = cap
      self.phrases = phrases
      self.except = except
    }

    /// The points for `count` observations.
    public func points(_ count: Int) -> Double { min(cap, Double(count) * weight) }
  }

  /// Thresholds for files ranked as postings.
  public var posting: Thresholds
  /// Thresholds for files ranked as resumes.
  public var resume: Thresholds
  /// The cues by id; a cue missing here is not looked for.
  public var cues: [DocumentKindEvidence.Cue: CueRule]

  /// Creates rules.
  public init(posting: Thresholds, resume: Thresholds, cues: [DocumentKindEvidence.Cue: CueRule]) {
    self.posting = posting
    self.resume = resume
    self.cues = cues
  }

  /// No rules: every file is taken for what it was given as (no kind is read).
  public static let empty = DocumentKindRules(
    posting: Thresholds(keep: 0, setAside: .infinity, margin: 0, minimum: 0),
    resume: Thresholds(keep: 0, setAside: .infinity, margin: 0, minimum: 0), cues: [:])

  /// Whether there are no cues to read.
  public var isEmpty: Bool { cues.isEmpty }
}

/// Reads `document-kinds.yaml`.
public enum DocumentKindRulesLoader {
  /// The file name looked for beside a lexicon.
  public static let fileName = "document-kinds.yaml"

  /// Where the rules of the lexicon at `lexiconPath` are: `document-kinds.yaml` in the same folder.
  public static func path(besideLexicon lexiconPath: String) -> String {
    URL(fileURLWithPath: lexiconPath).deletingLastPathComponent().appendingPathComponent(fileName).path
  }

  /// Loads and checks the rules at `path`.
  ///
  /// - Throws: ``LexiconError`` naming the file, the line and the problem (unknown key or cue, a side that
  ///   is no kind, a missing or negative number).
  public static func load(path: String) throws -> DocumentKindRules {
    try load(yaml: LexiconLoader.readText(path: path), path: path)
  }

  /// Loads and checks rules from YAML text; `path` names it in errors.
  public static func load(yaml: String, path: String) throws -> DocumentKindRules {
    let root = try LexiconLoader.compose(yaml: yaml, path: path)
    var problems: [LexiconProblem] = []
    func line(_ node: Node?) -> Int { node?.mark.map { $0.line } ?? 1 }
    guard let mapping = root?.mapping else {
      throw LexiconError.invalid(
        path: path, problems: [LexiconProblem(line: 1, message: "expected `postings`, `resumes` and `cues`")])
    }
    for (key, _) in mapping where !["postings", "resumes", "cues"].contains(key.string ?? "") {
      problems.append(LexiconProblem(line: line(key), message: "unknown key `\(key.string ?? "")`"))
    }
    func number(_ node: Node?, _ name: String, in owner: String, at ownerLine: Int) -> Double {
      guard let node else {
        problems.append(LexiconProblem(line: ownerLine, message: "`\(owner)` needs `\(name)`"))
        return 0
      }
      guard let value = node.float ?? node.int.map(Double.init), value >= 0 else {
        problems.append(
          LexiconProblem(line: line(node), message: "`\(name)` of `\(owner)` must be a number of at least 0"))
        return 0
      }
      return value
    }
    func thresholds(_ name: String) -> DocumentKindRules.Thresholds {
      let node = mapping[name]
      guard let entry = node?.mapping else {
        problems.append(LexiconProblem(line: line(node), message: "expected a `\(name)` mapping of thresholds"))
        return DocumentKindRules.empty.posting
      }
      let keys = ["keep", "setAside", "margin", "minimum"]
      for (key, _) in entry where !keys.contains(key.string ?? "") {
        problems.append(LexiconProblem(line: line(key), message: "unknown key `\(key.string ?? "")` in `\(name)`"))
      }
      let at = line(node)
      return DocumentKindRules.Thresholds(
        keep: number(entry["keep"], "keep", in: name, at: at),
        setAside: number(entry["setAside"], "setAside", in: name, at: at),
        margin: number(entry["margin"], "margin", in: name, at: at),
        minimum: number(entry["minimum"], "minimum", in: name, at: at))
    }
    let posting = thresholds("postings")
    let resume = thresholds("resumes")
    var cues: [DocumentKindEvidence.Cue: DocumentKindRules.CueRule] = [:]
    if let list = mapping["cues"]?.mapping {
      for (key, value) in list {
        let name = key.string ?? ""
        guard let cue = DocumentKindEvidence.Cue(rawValue: name) else {
          problems.append(LexiconProblem(line: line(key), message: "unknown cue `\(name)`"))
          continue
        }
        guard let entry = value.mapping else {
          problems.append(LexiconProblem(line: line(key), message: "cue `\(name)` needs a mapping"))
          continue
        }
        for (field, _) in entry where !["side", "weight", "cap", "phrases", "except"].contains(field.string ?? "") {
          problems.append(
            LexiconProblem(line: line(field), message: "unknown key `\(field.string ?? "")` in cue `\(name)`"))
        }
        guard let sideName = entry["side"]?.string, let side = DocumentKind(rawValue: sideName) else {
          problems.append(
            LexiconProblem(
              line: line(key),
              message: "cue `\(name)` needs a `side`: one of "
                + DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")))
          continue
        }
        let at = line(key)
        let weight = number(entry["weight"], "weight", in: name, at: at)
        let cap = number(entry["cap"], "cap", in: name, at: at)
        var phrases: [[String]] = []
        var words: [[String]] = []
        for phrase in entry["phrases"]?.sequence ?? [] {
          let keys = Tokenizer.keys(of: phrase.string ?? "")
          if keys.isEmpty {
            problems.append(LexiconProblem(line: line(phrase), message: "an empty phrase in cue `\(name)`"))
          } else {
            phrases.append(keys)
            words.append(RoleVocabulary.words(phrase.string ?? ""))
          }
        }
        let except = Set((entry["except"]?.sequence ?? []).flatMap { Tokenizer.keys(of: $0.string ?? "") })
        var rule = DocumentKindRules.CueRule(
          cue: cue, side: side, weight: weight, cap: cap, phrases: phrases, except: except)
        rule.words = words
        cues[cue] = rule
      }
    } else {
      problems.append(LexiconProblem(line: line(mapping["cues"]), message: "expected a `cues` mapping"))
    }
    guard problems.isEmpty else {
      throw LexiconError.invalid(path: path, problems: problems.sorted { $0.line < $1.line })
    }
    return DocumentKindRules(posting: posting, resume: resume, cues: cues)
  }
}
