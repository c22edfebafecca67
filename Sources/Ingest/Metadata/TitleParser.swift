import Foundation

/// Reads the job title and company out of page titles such as "VP of Product - Tidewater Logistics",
/// "Job Application for X at Y" or "Quarry Labs :: Jobs :: VP of Product".
enum TitleParser {
  private static let separators = [" :: ", " | ", " – ", " — ", " - ", " · ", " • "]
  private static let rolePrefixes = [
    "job application for ", "apply for ", "we're hiring a ", "we’re hiring a ", "we're hiring an ", "we’re hiring an ",
    "we're hiring our ", "we’re hiring our ", "we're hiring: ", "we’re hiring: ", "we are hiring a ",
    "we are hiring an ",
    "now hiring: ", "now hiring ", "hiring: ", "job opening: ", "careers: ", "job: ", "job description: ",
    "job description - ", "job title: ", "position title: ", "position: ", "role: ", "vacancy: ",
  ]
  /// Words that end a title line before the posting's own text: "Chief Product Officer (CPO) Job
  /// Description: …".
  private static let roleSuffixes = [
    " job description", " - job description", " – job description", " role description",
    " position description", " job profile",
  ]
  /// Words of job titles, which a place or an employer's name does not contain.
  private static let roleWords: Set<String> = [
    "manager", "engineer", "director", "officer", "product", "designer", "lead", "head", "developer", "analyst",
    "specialist", "job", "jobs", "role", "vacancy", "senior", "junior", "intern", "consultant", "executive",
    "coordinator", "nurse", "vp", "president", "architect", "scientist", "administrator", "assistant", "associate",
    "principal", "staff", "owner", "marketing", "sales", "recruiter", "technician", "chief",
  ]
  private static let siteSuffixes = [" careers", " jobs", " job board", " career site", " blog", " hiring"]
  private static let genericParts: Set<String> = [
    "careers", "jobs", "job board", "job", "career site", "open positions", "open roles", "home", "blog", "apply",
  ]

  /// The role named by a heading or page title, without "Job Application for", "We're hiring a" and the
  /// like.
  static func role(from title: String) -> String {
    var role = withoutCounter(title)
    let lowered = role.lowercased()
    for prefix in rolePrefixes where lowered.hasPrefix(prefix) && role.count > prefix.count + 2 {
      role = TextNormalizer.trimmingSpaces(role.dropFirst(prefix.count))
      break
    }
    if let before = roleBeforeLabel(role) { role = before }
    if let range = ASCIIBytes.characterRange(of: " at ", in: role, backwards: true), role.count > 8 {
      role = String(role[..<range.lowerBound])
    }
    while let last = role.last, last == "!" || last == "." || last == " " { role.removeLast() }
    return role.isEmpty ? title : role
  }

  /// The role named before a "Job Description" label: "Chief Product Officer (CPO) Job Description:
  /// duties and skills" gives "Chief Product Officer (CPO)"; nil when the text has no such label.
  static func roleBeforeLabel(_ text: String) -> String? {
    for suffix in roleSuffixes {
      guard let range = ASCIIBytes.characterRange(of: suffix, in: text, ignoringCase: true),
        range.lowerBound > text.startIndex
      else {
        continue
      }
      let after = TextNormalizer.trimmingSpaces(text[range.upperBound...])
      if after.isEmpty || after.hasPrefix(":") || after.hasPrefix("-") || after.hasPrefix("–") || after.hasPrefix("|") {
        let before = TextNormalizer.trimmingSpaces(text[..<range.lowerBound])
        return before.isEmpty ? nil : before
      }
    }
    return nil
  }

  /// The company named in a page title beside the job title, if any; parts that are the site's own
  /// name (`siteNames`, a job board's) are skipped.
  static func company(in pageTitle: String, role: String?, siteNames: SiteNames? = nil) -> String? {
    let pageTitle = withoutCounter(pageTitle)
    let role = role?.lowercased()
    if let range = ASCIIBytes.characterRange(of: " at ", in: pageTitle, backwards: true) {
      let candidate = cleanSiteName(String(pageTitle[range.upperBound...]))
      if let candidate, candidate.count >= 2 { return split(candidate).first ?? candidate }
    }
    let parts = split(pageTitle)
    // A title of one part names the role or the site ("LinkedIn"), never the employer beside the role.
    guard parts.count >= 2 else { return nil }
    for part in parts {
      let lowered = part.lowercased()
      if genericParts.contains(lowered) { continue }
      if let siteNames, siteNames.contains(part) {
        // A careers site's name ("Fernway Careers") still names its employer; a bare name may be a board's.
        if let owner = SiteNames.owner(of: part) { return owner }
        continue
      }
      if let role, lowered == role || ASCIIBytes.contains(lowered, role) || ASCIIBytes.contains(role, lowered) {
        continue
      }
      if let cleaned = cleanSiteName(part), cleaned.count <= 60 { return cleaned }
    }
    return nil
  }

  /// The title without the unread-notification count some sites put first: "(3) Product Lead | Board".
  static func withoutCounter(_ title: String) -> String {
    guard title.hasPrefix("("), let close = title.firstIndex(of: ")") else { return title }
    let inside = title[title.index(after: title.startIndex)..<close]
    guard !inside.isEmpty, inside.count <= 4, inside.allSatisfy({ $0.isNumber || $0 == "+" }) else { return title }
    let rest = TextNormalizer.trimmingSpaces(title[title.index(after: close)...])
    return rest.isEmpty ? title : rest
  }

  /// Whether a title part is a generic word such as "Careers" or "Jobs".
  static func isGeneric(_ part: String) -> Bool {
    genericParts.contains(part.lowercased())
  }

  /// Whether `word` is a word of job titles ("Manager", "Engineer", "Product").
  static func isRoleWord(_ word: String) -> Bool {
    roleWords.contains(word.lowercased())
  }

  /// Whether a page title says nothing about the posting: the site's own name, a generic word, or too
  /// short to name a role.
  static func isGenericTitle(_ title: String, siteNames: SiteNames) -> Bool {
    let cleaned = TextNormalizer.trimmingSpaces(withoutCounter(title))
    return cleaned.filter(\.isLetter).count < 3 || isGeneric(cleaned) || siteNames.contains(cleaned)
      || cleanSiteName(cleaned).map { siteNames.contains($0) || isGeneric($0) } ?? true
  }

  /// A site name without a trailing "Careers", "Jobs" or "Blog".
  static func cleanSiteName(_ name: String) -> String? {
    var cleaned = TextNormalizer.trimmingSpaces(name)
    for suffix in siteSuffixes where cleaned.lowercased().hasSuffix(suffix) && cleaned.count > suffix.count + 1 {
      cleaned = String(cleaned.dropLast(suffix.count))
      break
    }
    if cleaned.lowercased().hasPrefix("the ") && cleaned.count > 6 && name.lowercased().hasSuffix(" blog") {
      cleaned = String(cleaned.dropFirst(4))
    }
    return cleaned.isEmpty || genericParts.contains(cleaned.lowercased()) ? nil : cleaned
  }

  private static func split(_ title: String) -> [String] {
    var parts = [title]
    for separator in separators {
      parts = parts.flatMap { ASCIIBytes.components(of: $0, separatedBy: separator) }
    }
    return parts.map { TextNormalizer.trimmingSpaces($0) }.filter { !$0.isEmpty }
  }
}
