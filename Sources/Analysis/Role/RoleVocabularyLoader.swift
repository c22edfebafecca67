import Foundation
import Yams

/// Reads `roles.yaml`: role families and their title phrases.
public enum RoleVocabularyLoader {
  /// The file name looked for beside a lexicon.
  public static let fileName = "roles.yaml"

  /// Where the role vocabulary of the lexicon at `lexiconPath` is: `roles.yaml` in the same folder.
  public static func path(besideLexicon lexiconPath: String) -> String {
    URL(fileURLWithPath: lexiconPath).deletingLastPathComponent().appendingPathComponent(fileName).path
  }

  /// Loads and checks the vocabulary at `path`.
  ///
  /// - Throws: ``LexiconError`` naming the file, the line and the problem (unknown key, missing id,
  ///   empty phrase list, a phrase claimed by two families).
  public static func load(path: String) throws -> RoleVocabulary {
    let root = try LexiconLoader.compose(yaml: LexiconLoader.readText(path: path), path: path)
    var problems: [LexiconProblem] = []
    var families: [RoleVocabulary.Family] = []
    var owner: [String: String] = [:]
    guard let mapping = root?.mapping, let list = mapping["families"]?.sequence else {
      throw LexiconError.invalid(
        path: path, problems: [LexiconProblem(line: 1, message: "expected a `families:` list")])
    }
    for (key, _) in mapping where key.string != "families" {
      problems.append(LexiconProblem(line: key.mark.map { $0.line } ?? 1, message: "unknown key `\(key.string ?? "")`"))
    }
    for node in list {
      let line = node.mark.map { $0.line } ?? 1
      guard let entry = node.mapping, let id = entry["id"]?.string, !id.isEmpty else {
        problems.append(LexiconProblem(line: line, message: "a family needs an `id`"))
        continue
      }
      for (key, _) in entry where !["id", "name", "phrases", "general", "specialisedBy"].contains(key.string ?? "") {
        problems.append(
          LexiconProblem(
            line: key.mark.map { $0.line } ?? line, message: "unknown key `\(key.string ?? "")` in family `\(id)`"))
      }
      let phrases = entry["phrases"]?.sequence?.compactMap { $0.string } ?? []
      if phrases.isEmpty {
        problems.append(LexiconProblem(line: line, message: "family `\(id)` has no phrases"))
      }
      var words: [[String]] = []
      for phrase in phrases {
        let split = RoleVocabulary.words(phrase)
        guard !split.isEmpty else { continue }
        let key = split.joined(separator: " ")
        if let other = owner[key], other != id {
          problems.append(LexiconProblem(line: line, message: "phrase `\(phrase)` is in both `\(other)` and `\(id)`"))
          continue
        }
        if owner[key] == nil { words.append(split) }
        owner[key] = id
      }
      var general: Set<String> = []
      for phrase in entry["general"]?.sequence?.compactMap({ $0.string }) ?? [] {
        let key = RoleVocabulary.words(phrase).joined(separator: " ")
        if owner[key] == id {
          general.insert(key)
        } else {
          problems.append(
            LexiconProblem(line: line, message: "general phrase `\(phrase)` is not a phrase of `\(id)`"))
        }
      }
      let specialisedBy = entry["specialisedBy"]?.sequence?.compactMap { $0.string } ?? []
      families.append(
        RoleVocabulary.Family(
          id: id, name: entry["name"]?.string ?? id, phrases: words, general: general, specialisedBy: specialisedBy))
    }
    let ids = Set(families.map(\.id))
    for family in families {
      for field in family.specialisedBy where !ids.contains(field) {
        problems.append(
          LexiconProblem(line: 1, message: "family `\(family.id)` is specialised by unknown family `\(field)`"))
      }
    }
    guard problems.isEmpty else { throw LexiconError.invalid(path: path, problems: problems) }
    return RoleVocabulary(families: families)
  }
}
