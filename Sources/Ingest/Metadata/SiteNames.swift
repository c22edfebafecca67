/// The names a page gives its own site (`og:site_name`, `application-name`): the site that shows the
/// posting, which on a job board is never the employer.
///
/// Only a name that announces an employer's own site ("Cobalt Freight Careers", "Careers at Brightfield",
/// "The Northwind Blog") gives a company, and only when nothing on the page names one.
struct SiteNames {
  /// The names, lowercased and whitespace-collapsed.
  let names: Set<String>
  /// The names as the page writes them, in the order found.
  let original: [String]

  /// Reads the names from a page's head.
  init(head: HeadMetadata) {
    original = head.siteNames
    names = Set(original.map { TextNormalizer.collapse($0).lowercased() })
  }

  /// Whether `text` (any case) is one of the site's names, or the name without a trailing word ("Deck"
  /// for "Deck Australia") or with one.
  func contains(_ text: String) -> Bool {
    Self.matches(TextNormalizer.collapse(text).lowercased(), names)
  }

  /// Whether the lowercased `part` is one of `names`, or one of them with a trailing word added or
  /// dropped.
  static func matches(_ part: String, _ names: Set<String>) -> Bool {
    guard !part.isEmpty else { return false }
    return names.contains { name in
      name == part || name.hasPrefix(part + " ") || part.hasPrefix(name + " ")
    }
  }

  /// The employer that a site's own name announces, or nil for a bare name (which may be a job board's).
  static func owner(of siteName: String) -> String? {
    let name = TextNormalizer.collapse(siteName)
    let lowered = name.lowercased()
    for prefix in ["careers at ", "jobs at ", "working at ", "life at "] where lowered.hasPrefix(prefix) {
      let rest = String(name.dropFirst(prefix.count))
      return rest.count >= 2 ? rest : nil
    }
    for suffix in [" careers", " career site", " jobs", " blog", " careers blog"] where lowered.hasSuffix(suffix) {
      return TitleParser.cleanSiteName(name)
    }
    return nil
  }

  /// The company announced by the first of the site's names that announces one.
  var owner: String? {
    original.lazy.compactMap { Self.owner(of: $0) }.first
  }
}
