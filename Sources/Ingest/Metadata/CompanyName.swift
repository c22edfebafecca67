/// Checks that text taken for an employer's name is a name, not the counters and prompts that share its
/// box on a job board ("271Total employees", "Applicants are mostly senior", "1,204 followers").
enum CompanyName {
  /// Words of counters and prompts, never of a company's name.
  private static let counterWords = [
    "employees", "applicants", "applicant", "followers", "connections", "alumni", "clicked apply", "reviews",
    "ratings", "open jobs", "see all", "show more",
  ]

  /// The longest name taken for a company.
  static let maxLength = 80

  /// Whether `text` can be an employer's name.
  static func isPlausible(_ text: String) -> Bool {
    guard text.count >= 2, text.count <= maxLength, text.contains(where: \.isLetter) else { return false }
    guard text.split(separator: " ").count <= 8, !text.hasSuffix(":"), !text.contains("…") else { return false }
    let lowered = text.lowercased()
    if counterWords.contains(where: { ASCIIBytes.characterRange(of: $0, in: lowered) != nil }) { return false }
    return !hasGluedNumber(text)
  }

  /// Two or more digits run straight into a capitalised word ("271Total"): counters glued together by a
  /// page that lays them out with CSS instead of spaces.
  private static func hasGluedNumber(_ text: String) -> Bool {
    var digits = 0
    for character in text {
      if character.isNumber {
        digits += 1
        continue
      }
      if digits >= 2 && character.isUppercase { return true }
      digits = 0
    }
    return false
  }
}
