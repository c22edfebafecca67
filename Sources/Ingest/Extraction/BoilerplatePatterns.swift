/// Class, id and role words that mark page furniture rather than content, in the manner of
/// Readability's "unlikely candidates": general words, never site names.
enum BoilerplatePatterns {
  /// Words in a class or id that make an element page furniture.
  static let furniture: [String] = [
    "cookie", "consent", "gdpr", "banner", "breadcrumb", "combx", "comment-form", "commentform", "respond",
    "disqus", "footer", "masthead", "menu", "navbar", "navigation", "topnav", "subnav", "skip-link", "skiplink",
    "sidebar", "side-bar", "widget", "related", "recent-post", "recent_post", "recentpost", "popular-post",
    "share", "sharing", "social", "newsletter", "subscribe", "signup", "sign-up", "sponsor", "advert", "-ad-",
    "ad-slot", "adslot", "ads-", "promo", "popup", "modal", "overlay", "pagination", "pager", "tagcloud",
    "tag-cloud", "categories", "category-list", "archive-list", "archives", "author-bio", "authorbio",
    "about-author", "shoutbox", "skyscraper", "supplemental", "print-only", "visually-hidden", "screen-reader",
    "sr-only", "offscreen", "toolbar", "login", "search-form", "searchform", "site-header", "site-footer",
    "page-header-nav", "legal", "copyright", "feedback-", "rating",
  ]

  /// Words that keep an element even when a furniture word also matches ("main-content-sidebar" is
  /// rare; "content" is common), as in Readability's `okMaybeItsACandidate`.
  static let keep: [String] = ["article", "body", "content", "main", "post-text", "entry", "story", "job", "posting"]

  /// Words in a class or id that make an element more likely to be the content.
  static let positive: [String] = [
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
    "job", "posting", "description", "vacancy",
  ]

  /// Words in a class or id that make an element less likely to be the content.
  static let negative: [String] = [
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr",
    "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
    "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "nav", "menu", "social", "cookie",
  ]

  /// ARIA roles of page furniture.
  static let furnitureRoles: Set<String> = [
    "navigation", "menu", "menubar", "complementary", "banner", "contentinfo", "alert", "alertdialog", "dialog",
    "search", "toolbar", "tablist",
  ]

  /// Whether the lowercased class-and-id string names page furniture.
  static func isFurniture(_ classAndID: String) -> Bool {
    guard furniture.contains(where: classAndID.contains) else { return false }
    return !keep.contains(where: classAndID.contains)
  }

  /// Readability's class weight: +25 for a content word, −25 for a furniture word.
  static func classWeight(_ classAndID: String) -> Double {
    guard !classAndID.isEmpty else { return 0 }
    var weight = 0.0
    if negative.contains(where: classAndID.contains) { weight -= 25 }
    if positive.contains(where: classAndID.contains) { weight += 25 }
    return weight
  }
}
