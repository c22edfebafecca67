import Foundation
import Tokenization

/// How much a phrase counts by the kind of section it is read in, for each thing built from a document:
/// read from `section-weights.json` beside the lexicon (data, like the scoring model), so every weight a
/// score depends on is in a data file.
public struct SectionWeights: Sendable, Equatable {
  /// One weight per ``SectionKind``.
  public struct Table: Sendable, Equatable {
    /// The weights in ``SectionKind/allCases`` order.
    public private(set) var values: [Double]

    /// Creates a table from a weight for every kind.
    public init(_ weight: (SectionKind) -> Double) {
      values = SectionKind.allCases.map(weight)
    }

    /// Creates a table from its weights in ``SectionKind/allCases`` order (a compiled lexicon's).
    init(values: [Double]) {
      self.values = values
    }

    /// The weight of sections of `kind`.
    public subscript(kind: SectionKind) -> Double { values[Self.index[kind] ?? 0] }

    private static let index: [SectionKind: Int] = Dictionary(
      uniqueKeysWithValues: SectionKind.allCases.enumerated().map { ($1, $0) })
  }

  /// A posting's competency emphasis and its keywords.
  public var postingCompetencies: Table
  /// A resume's competency evidence: experience is evidence, a skills list or summary a claim.
  public var resumeCompetencies: Table
  /// The general skills a posting asks for.
  public var postingSkills: Table
  /// The general skills a resume shows.
  public var resumeSkills: Table
  /// A posting's whole-text vector.
  public var postingText: Table
  /// A resume's whole-text vector.
  public var resumeText: Table

  /// Every section counting once: what a lexicon read without its `section-weights.json` uses.
  public static let uniform = SectionWeights(
    postingCompetencies: Table { _ in 1 }, resumeCompetencies: Table { _ in 1 }, postingSkills: Table { _ in 1 },
    resumeSkills: Table { _ in 1 }, postingText: Table { _ in 1 }, resumeText: Table { _ in 1 })

  /// Creates weights.
  public init(
    postingCompetencies: Table, resumeCompetencies: Table, postingSkills: Table, resumeSkills: Table,
    postingText: Table, resumeText: Table
  ) {
    self.postingCompetencies = postingCompetencies
    self.resumeCompetencies = resumeCompetencies
    self.postingSkills = postingSkills
    self.resumeSkills = resumeSkills
    self.postingText = postingText
    self.resumeText = resumeText
  }

  /// The tables in a fixed order (the file's keys, and the compiled form's order).
  var tables: [(key: String, table: Table)] {
    [
      ("postingCompetencies", postingCompetencies), ("resumeCompetencies", resumeCompetencies),
      ("postingSkills", postingSkills), ("resumeSkills", resumeSkills), ("postingText", postingText),
      ("resumeText", resumeText),
    ]
  }

  /// Creates weights from six tables in ``tables`` order.
  init(tables: [Table]) {
    self.init(
      postingCompetencies: tables[0], resumeCompetencies: tables[1], postingSkills: tables[2],
      resumeSkills: tables[3], postingText: tables[4], resumeText: tables[5])
  }
}

/// Reads `section-weights.json`.
public enum SectionWeightsLoader {
  /// The file's name beside the lexicon.
  public static let fileName = "section-weights.json"

  /// Where the weights of the lexicon at `lexiconPath` are: `section-weights.json` in the same folder.
  public static func path(besideLexicon lexiconPath: String) -> String {
    URL(fileURLWithPath: lexiconPath).deletingLastPathComponent().appendingPathComponent(fileName).path
  }

  /// Loads and checks the weights at `path`: six tables, each giving every section kind a weight from 0
  /// to 3.
  ///
  /// - Throws: ``LexiconError`` naming the file and the table or kind that is missing or out of range.
  public static func load(path: String) throws -> SectionWeights {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LexiconError.unreadable(path: path, reason: "cannot be read")
    }
    return try decode(data, path: path)
  }

  /// Decodes and checks weights from JSON; `path` names the file in errors.
  public static func decode(_ data: Data, path: String) throws -> SectionWeights {
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw invalid(path, "not a JSON object")
    }
    var tables: [SectionWeights.Table] = []
    for key in SectionWeights.uniform.tables.map(\.key) {
      guard let table = object[key] as? [String: Any] else { throw invalid(path, "missing table `\(key)`") }
      let known = Set(SectionKind.allCases.map(\.rawValue))
      if let unknown = table.keys.sorted().first(where: { !known.contains($0) }) {
        throw invalid(path, "`\(key).\(unknown)` is no section kind")
      }
      var values: [SectionKind: Double] = [:]
      for kind in SectionKind.allCases {
        guard let value = (table[kind.rawValue] as? NSNumber)?.doubleValue, value.isFinite, (0...3).contains(value)
        else { throw invalid(path, "`\(key).\(kind.rawValue)` must be a number from 0 to 3") }
        values[kind] = value
      }
      tables.append(SectionWeights.Table { values[$0] ?? 0 })
    }
    return SectionWeights(tables: tables)
  }

  private static func invalid(_ path: String, _ reason: String) -> LexiconError {
    .unreadable(path: path, reason: reason)
  }
}
