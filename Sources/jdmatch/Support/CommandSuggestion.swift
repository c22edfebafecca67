import ArgumentParser

/// "Did you mean 'score'?" for a misspelt subcommand, which the argument parser reports only as an
/// unexpected argument.
enum CommandSuggestion {
  /// The subcommand closest to a first argument that names none: within two edits of it, or one it begins
  /// (when only one does); nil when the argument is an option or a subcommand, or nothing is close.
  static func suggestion(for arguments: [String]) -> String? {
    guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
    let names = JDMatch.configuration.subcommands.map { $0._commandName } + ["help"]
    guard !names.contains(first) else { return nil }
    let word = first.lowercased()
    let prefixed = names.filter { $0.hasPrefix(word) }
    if prefixed.count == 1 { return prefixed[0] }
    let distances = names.map { (name: $0, distance: editDistance(word, $0)) }
    guard let best = distances.min(by: { ($0.distance, $0.name) < ($1.distance, $1.name) }), best.distance <= 2
    else { return nil }
    return best.name
  }

  /// The Levenshtein distance between two words.
  static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let left = Array(lhs)
    let right = Array(rhs)
    guard !left.isEmpty else { return right.count }
    var previous = Array(0...right.count)
    for (i, character) in left.enumerated() {
      var current = [i + 1] + Array(repeating: 0, count: right.count)
      for (j, other) in right.enumerated() {
        current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (character == other ? 0 : 1))
      }
      previous = current
    }
    return previous[right.count]
  }
}
