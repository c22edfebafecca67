import Foundation

/// What a job board's page title says about the posting: "Acme hiring Product Lead in Leeds, England |
/// Board", "Product Lead Job in Leeds - Board", "Product Lead job in Leeds at Acme | Board",
/// "Product Lead at Acme | Board" or "Product Lead - Acme - Leeds | Board".
///
/// Boards put the employer, the role and the place into the title in a few fixed shapes; the board's own
/// name comes last, after " | " or " - ", and is never the employer.
struct BoardTitle: Equatable {
  var role: String?
  var company: String?
  var location: String?

  /// First words of "… hiring …" titles that are not an employer's name.
  private static let notEmployers: Set<String> = [
    "we", "we're", "we’re", "we are", "now", "currently", "still", "urgently", "is", "are", "i'm", "i’m", "who's",
    "who’s", "who", "they're", "they’re",
  ]

  /// Separators before a trailing site name, most specific first.
  private static let siteSeparators = [" | ", " – ", " — ", " - ", " · "]

  /// Parses a page title; nil when it has none of the board shapes.
  ///
  /// - Parameter siteNames: names the page gives itself (`og:site_name`, `application-name`), lowercased;
  ///   a trailing part equal to one of them (or a prefix of one) is taken for the board's name.
  static func parse(_ title: String, siteNames: Set<String>) -> BoardTitle? {
    // Most titles have none of the shapes' words: leave them at once.
    guard ["hiring", " in ", " at ", " - "].contains(where: { ASCIIBytes.range(of: $0, in: title) != nil }) else {
      return nil
    }
    let title = TitleParser.withoutCounter(title)
    let (main, hadSuffix) = withoutSiteSuffix(title, siteNames: siteNames)
    if let parsed = hiring(main) ?? jobIn(main) { return parsed }
    // The looser shapes only count when a board's name was seen at the end of the title.
    guard hadSuffix else { return nil }
    return roleCompanyPlace(main) ?? roleAtCompany(main)
  }

  /// "Acme hiring Product Lead in Leeds" and "Acme is hiring a Product Lead in Leeds".
  private static func hiring(_ text: String) -> BoardTitle? {
    for marker in [" is hiring a ", " is hiring an ", " is hiring ", " hiring a ", " hiring an ", " hiring "] {
      guard let range = ASCIIBytes.range(of: marker, in: text) else { continue }
      let company = TextNormalizer.trimmingSpaces(text[..<range.lowerBound])
      var rest = String(text[range.upperBound...])
      var location: String?
      if let split = placeSplit(rest) {
        rest = split.before
        location = split.place
      }
      let role = TextNormalizer.trimmingSpaces(rest)
      // "We're hiring a…" and "Now hiring…" announce a role; they name no employer.
      let subject = company.split(separator: " ").first.map { $0.lowercased() } ?? ""
      guard isName(company), !notEmployers.contains(subject), !role.isEmpty, role.count <= 120 else { return nil }
      return BoardTitle(role: role, company: company, location: location)
    }
    return nil
  }

  /// "Product Lead Job in Leeds", "Product Lead jobs in Leeds at Acme".
  private static func jobIn(_ text: String) -> BoardTitle? {
    for marker in [" job in ", " jobs in ", " vacancy in ", " position in "] {
      guard let range = ASCIIBytes.range(of: marker, in: text, backwards: true) else { continue }
      let role = TextNormalizer.trimmingSpaces(text[..<range.lowerBound])
      var place = TextNormalizer.trimmingSpaces(text[range.upperBound...])
      var company: String?
      if let at = ASCIIBytes.range(of: " at ", in: place, backwards: true) {
        let named = TextNormalizer.trimmingSpaces(place[at.upperBound...])
        if isName(named) {
          company = named
          place = String(place[..<at.lowerBound])
        }
      }
      guard !role.isEmpty, role.count <= 120, isPlace(place) else { return nil }
      return BoardTitle(role: role, company: company, location: place)
    }
    return nil
  }

  /// "Product Lead - Acme - Leeds, England" (the board's name already cut off).
  private static func roleCompanyPlace(_ text: String) -> BoardTitle? {
    let parts = ASCIIBytes.components(of: text, separatedBy: " - ").map { TextNormalizer.trimmingSpaces($0) }
    guard parts.count == 3, !parts[0].isEmpty, isName(parts[1]), isPlace(parts[2]),
      !TitleParser.isGeneric(parts[1]), !TitleParser.isGeneric(parts[2])
    else { return nil }
    return BoardTitle(role: parts[0], company: parts[1], location: parts[2])
  }

  /// "Product Lead at Acme" and "Product Lead at Acme in Leeds" (the board's name already cut off).
  private static func roleAtCompany(_ text: String) -> BoardTitle? {
    guard let at = ASCIIBytes.range(of: " at ", in: text, backwards: true) else { return nil }
    let role = TextNormalizer.trimmingSpaces(text[..<at.lowerBound])
    var company = TextNormalizer.trimmingSpaces(text[at.upperBound...])
    var location: String?
    if let split = placeSplit(company) {
      company = split.before
      location = split.place
    }
    guard !role.isEmpty, role.count <= 120, isName(company), !TitleParser.isGeneric(company) else { return nil }
    return BoardTitle(role: role, company: company, location: location)
  }

  /// The title without a trailing " | Board" or " - Board" part, and whether one was cut: a part that
  /// names the site, or any last part after " | " when the rest has a board shape.
  static func withoutSiteSuffix(_ title: String, siteNames: Set<String>) -> (main: String, cut: Bool) {
    for separator in siteSeparators {
      guard let range = ASCIIBytes.range(of: separator, in: title, backwards: true) else { continue }
      let last = TextNormalizer.trimmingSpaces(title[range.upperBound...]).lowercased()
      let main = String(title[..<range.lowerBound])
      if SiteNames.matches(last, siteNames) { return (main, true) }
      if separator == " | " && (hiring(main) != nil || jobIn(main) != nil) { return (main, true) }
    }
    return (title, false)
  }

  /// "Product Lead in Leeds, England" split at its last " in " before a place.
  private static func placeSplit(_ text: String) -> (before: String, place: String)? {
    guard let range = ASCIIBytes.range(of: " in ", in: text, backwards: true) else { return nil }
    let place = TextNormalizer.trimmingSpaces(text[range.upperBound...])
    let before = TextNormalizer.trimmingSpaces(text[..<range.lowerBound])
    guard !before.isEmpty, isPlace(place) else { return nil }
    return (before, place)
  }

  /// A place as titles write it: short, capitalised words ("Melbourne VIC", "Leeds, England", "New York,
  /// NY"), with no job words.
  static func isPlace(_ text: String) -> Bool {
    guard text.count >= 2, text.count <= 80, let first = text.unicodeScalars.first,
      CharacterSet.uppercaseLetters.contains(first)
    else { return false }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" }).map(String.init)
    guard !words.isEmpty, words.count <= 8 else { return false }
    let small: Set<String> = ["and", "or", "of", "the", "de", "la", "upon", "on", "am", "im"]
    for word in words where !small.contains(word) {
      guard let initial = word.unicodeScalars.first,
        CharacterSet.uppercaseLetters.contains(initial) || CharacterSet.decimalDigits.contains(initial)
          || word.hasPrefix("(")
      else { return false }
      if TitleParser.isRoleWord(word) { return false }
    }
    return true
  }

  /// An employer's name: short, starting with a capital or digit, and not a sentence.
  private static func isName(_ text: String) -> Bool {
    guard text.count >= 2, text.count <= 60, let first = text.unicodeScalars.first,
      CharacterSet.uppercaseLetters.contains(first) || CharacterSet.decimalDigits.contains(first)
    else { return false }
    return text.split(separator: " ").count <= 6 && !text.hasSuffix(".")
  }
}
