import Foundation

/// Reads the job title and company out of page titles such as "VP of Product - Tidewater Logistics",
/// "Job Application for X at Y" or "Quarry Labs :: Jobs :: VP of Product".
enum TitleParser {
  private static let separators = [" :: ", " | ", " – ", " — ", " - ", " · ", " • "]
  private static let rolePrefixes = [
    "job application for ", "apply for ", "we're hiring a ", "we’re hiring a ", "we're hiring an ", "we’re hiring an ",
    "we're hiring our ", "we’re hiring our ", "we're hiring: ", "we’re hiring: ", "we are hiring a ", "we are hiring an ",
    "now hiring: ", "now hiring ", "hiring: ", "job opening: ", "careers: ", "job: ",
  ]
  private static let siteSuffixes = [" careers", " jobs", " job board", " career site", " blog", " hiring"]
  private static let genericParts: Set<String> = [
    "careers", "jobs", "job board", "job", "career site", "open positions", "open roles", "home", "blog", "apply",
  ]

  /// The role named by a heading or page title, without "Job Application for", "We're hiring a" and the
  /// like.
  static func role(from title: String) -> String {
    var role = title
    let lowered = role.lowercased()
    for prefix in rolePrefixes where lowered.hasPrefix(prefix) && role.count > prefix.count + 2 {
      role = String(role.dropFirst(prefix.count))
      break
    }
    if let range = role.range(of: " at ", options: .backwards), role.count > 8 {
      role = String(role[..<range.lowerBound])
    }
    while let last = role.last, last == "!" || last == "." || last == " " { role.removeLast() }
    return role.isEmpty ? title : role
  }

  /// The company named in a page title beside the job title, if any.
  static func company(in pageTitle: String, role: String?) -> String? {
    let role = role?.lowercased()
    if let range = pageTitle.range(of: " at ", options: .backwards) {
      let candidate = cleanSiteName(String(pageTitle[range.upperBound...]))
      if let candidate, candidate.count >= 2 { return split(candidate).first ?? candidate }
    }
    for part in split(pageTitle) {
      let lowered = part.lowercased()
      if genericParts.contains(lowered) { continue }
      if let role, lowered == role || lowered.contains(role) || role.contains(lowered) { continue }
      if let cleaned = cleanSiteName(part), cleaned.count <= 60 { return cleaned }
    }
    return nil
  }

  /// A site name without a trailing "Careers", "Jobs" or "Blog".
  static func cleanSiteName(_ name: String) -> String? {
    var cleaned = name.trimmingCharacters(in: .whitespaces)
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
      parts = parts.flatMap { $0.components(separatedBy: separator) }
    }
    return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }
}
