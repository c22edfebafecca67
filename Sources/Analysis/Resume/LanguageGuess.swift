import Foundation

/// Guesses the language of a text from its most common short words, the way a reader does at a glance.
enum LanguageGuess {
  /// Frequent function words that are not also English words, per language.
  static let markers: [String: Set<String>] = [
    "en": ["the", "and", "of", "with", "for", "in", "to", "on", "at", "as", "by", "from", "my", "i", "is"],
    "de": ["und", "der", "die", "das", "mit", "für", "von", "bei", "im", "zur", "zum", "ich", "sowie", "eines"],
    "fr": ["et", "les", "des", "du", "avec", "pour", "dans", "une", "sur", "je", "aux", "chez", "au"],
    "es": ["y", "los", "las", "del", "con", "para", "en", "una", "por", "el", "como", "mi", "desarrollo"],
    "pt": ["e", "os", "das", "dos", "com", "para", "em", "uma", "por", "na", "no", "desenvolvimento", "não"],
    "nl": ["en", "het", "van", "met", "voor", "een", "bij", "ik", "naar", "ontwikkeling", "zijn", "werkzaamheden"],
  ]

  /// The ISO 639-1 code of the language whose markers are most frequent; "en" when none is clearly ahead.
  static func language(of words: [Substring]) -> String {
    var counts: [String: Int] = [:]
    for word in words {
      let lowered = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
      for (language, set) in markers where set.contains(lowered) { counts[language, default: 0] += 1 }
    }
    let english = counts["en"] ?? 0
    let best = counts.filter { $0.key != "en" }.max { ($0.value, $1.key) < ($1.value, $0.key) }
    guard let best, best.value >= 20, best.value > 2 * english else { return "en" }
    return best.key
  }
}
