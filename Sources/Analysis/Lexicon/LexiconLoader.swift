import Foundation
import Ingest
import Tokenization
import Yams

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads and checks lexicon files.
public enum LexiconLoader {
  /// Lexicon files larger than this are refused before parsing (the default one is about 40 KB).
  public static let maxBytes = 2 * 1_048_576

  /// The default lexicon's file name in `Lexicons/`.
  public static let defaultFileName = "cpo.yaml"

  /// Loads the lexicon at `path` and the files beside it, checking their structure (``validate(path:)`` also
  /// runs each competency's examples). It parses every file; a run reads them through Pipeline's
  /// `LexiconCache`, which keeps what this returns compiled.
  ///
  /// - Parameters:
  ///   - path: The lexicon file.
  ///   - sectionWeights: The section weights to read (`section-weights.json` beside the lexicon by
  ///     default); with none there, every section counts once.
  /// - Throws: ``LexiconError`` naming the file, the line and the problem.
  public static func load(path: String, sectionWeights: String? = nil) throws -> Lexicon {
    let (lexicon, problems) = try parse(yaml: readText(path: path), path: path, checkExamples: false)
    guard problems.isEmpty, var lexicon else { throw LexiconError.invalid(path: path, problems: problems) }
    let rolesPath = RoleVocabularyLoader.path(besideLexicon: path)
    if FileManager.default.fileExists(atPath: rolesPath) {
      lexicon.roles = try RoleVocabularyLoader.load(path: rolesPath)
    }
    let kindsPath = DocumentKindRulesLoader.path(besideLexicon: path)
    if FileManager.default.fileExists(atPath: kindsPath) {
      lexicon.documentKinds = try DocumentKindRulesLoader.load(path: kindsPath)
    }
    let skillsPath = SkillVocabularyLoader.path(besideLexicon: path)
    if FileManager.default.fileExists(atPath: skillsPath) {
      lexicon.skills = SkillMatcher(vocabulary: try SkillVocabularyLoader.load(folder: skillsPath))
    }
    let weightsPath = sectionWeights ?? SectionWeightsLoader.path(besideLexicon: path)
    if FileManager.default.fileExists(atPath: weightsPath) {
      lexicon.sectionWeights = try SectionWeightsLoader.load(path: weightsPath)
    }
    return lexicon
  }

  /// Every problem in the lexicon at `path`, in line order; empty when it is valid.
  ///
  /// - Throws: ``LexiconError`` when the file cannot be read or is not YAML.
  public static func validate(path: String) throws -> [LexiconProblem] {
    try parse(path: path).problems
  }

  /// Loads a lexicon from YAML text; `path` names it in errors.
  public static func load(yaml: String, path: String) throws -> Lexicon {
    let (lexicon, problems) = try parse(yaml: yaml, path: path)
    guard problems.isEmpty, let lexicon else { throw LexiconError.invalid(path: path, problems: problems) }
    return lexicon
  }

  static func parse(path: String) throws -> (lexicon: Lexicon?, problems: [LexiconProblem]) {
    try parse(yaml: readText(path: path), path: path)
  }

  /// The UTF-8 text of a regular file of at most ``maxBytes``, read by Ingest's ``FileReader`` like every
  /// other input (so a path swapped for a FIFO after the check cannot block the read).
  ///
  /// - Throws: ``LexiconError`` when it is missing, not a regular file, too large or not UTF-8.
  static func readText(path: String) throws -> String {
    let bytes: [UInt8]
    do {
      bytes = try FileReader.read(path, limit: maxBytes)
    } catch IngestError.empty {
      return ""  // an empty lexicon is reported as such by the reader, with the format's own message
    } catch IngestError.tooLarge(_, let size, let limit) {
      throw LexiconError.tooLarge(path: path, bytes: size, limit: limit)
    } catch IngestError.unreadable(_, let reason) {
      throw LexiconError.unreadable(path: path, reason: reason)
    } catch let error as IngestError {
      throw LexiconError.unreadable(path: path, reason: error.reason)
    }
    guard let yaml = String(validating: bytes, as: UTF8.self) else {
      throw LexiconError.notYAML(path: path, line: nil, reason: "the file is not UTF-8 text")
    }
    return yaml
  }

  static func parse(yaml: String, path: String, checkExamples: Bool = true) throws -> (
    lexicon: Lexicon?, problems: [LexiconProblem]
  ) {
    let root = try compose(yaml: yaml, path: path)
    var reader = LexiconReader()
    reader.checksExamples = checkExamples
    let lexicon = reader.read(root, path: path)
    return (lexicon, reader.problems.sorted { $0.line < $1.line })
  }

  /// The YAML node tree of `yaml`, refusing aliases and deep nesting.
  static func compose(yaml: String, path: String) throws -> Node? {
    if yaml.utf8.count > maxBytes {
      throw LexiconError.tooLarge(path: path, bytes: yaml.utf8.count, limit: maxBytes)
    }
    // Lexicons never need anchors and aliases; refusing them rules out alias bombs.
    if let line = aliasLine(in: yaml) {
      throw LexiconError.notYAML(path: path, line: line, reason: "YAML aliases (*name) are not allowed in lexicons")
    }
    if let line = YAMLNesting.tooDeepLine(in: yaml) {
      throw LexiconError.notYAML(
        path: path, line: line, reason: "nested more than \(YAMLNesting.limit) levels deep (lexicons need five)")
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw LexiconError.notYAML(path: path, line: line(of: error), reason: reason(of: error))
    } catch {
      throw LexiconError.notYAML(path: path, line: nil, reason: "\(error)")
    }
    return root
  }

  /// The line of the first alias (`*name` after an `&name` anchor) in the text, if any.
  private static func aliasLine(in yaml: String) -> Int? {
    guard yaml.contains("*"), yaml.contains("&") else { return nil }
    let anchors = Set(
      anchorPattern.matches(in: yaml, range: NSRange(yaml.startIndex..., in: yaml)).compactMap { match in
        Range(match.range(at: 2), in: yaml).map { String(yaml[$0]) }
      })
    for match in aliasPattern.matches(in: yaml, range: NSRange(yaml.startIndex..., in: yaml)) {
      guard let nameRange = Range(match.range(at: 2), in: yaml), anchors.contains(String(yaml[nameRange])) else {
        continue
      }
      return yaml[..<nameRange.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }
    return nil
  }

  private static let anchorPattern = try! NSRegularExpression(pattern: #"(^|[\s\[{,:-])&([A-Za-z0-9_-]+)"#)
  private static let aliasPattern = try! NSRegularExpression(pattern: #"(^|[\s\[{,:-])\*([A-Za-z0-9_-]+)"#)

  private static func line(of error: YamlError) -> Int? {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return mark.line
    default: return nil
    }
  }

  private static func reason(of error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
      return problem
    default: return "\(error)"
    }
  }
}
