/// Class, id and role words that mark page furniture rather than content, in the manner of
/// Readability's "unlikely candidates": general words, never site names.
enum BoilerplatePatterns {
  /// Words in a class or id that make an element page furniture.
  static let furniture: [String] = [
    "cookie", "consent", "gdpr", "banner", "breadcrumb", "combx", "comment-form", "commentform", "respond",
    "disqus", "footer", "masthead", "menu", "navbar", "navigation", "topnav", "subnav", "skip-link", "skiplink",
    "sidebar", "side-bar", "widget", "related", "similar", "recent-post", "recent_post", "recentpost", "popular-post",
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

  /// Words in a class or id that name a comment section: content, but not the page's main content.
  static let comments: [String] = ["comment", "disqus"]

  /// Whole class names (not parts of longer names) that hide an element in common CSS frameworks.
  static let hiddenClasses: [String] = ["hide", "hidden", "d-none", "is-hidden", "invisible", "u-hidden"]

  /// ARIA roles of page furniture.
  static let furnitureRoles: Set<String> = [
    "navigation", "menu", "menubar", "complementary", "banner", "contentinfo", "alert", "alertdialog", "dialog",
    "search", "toolbar", "tablist",
  ]

  /// Whole lines that are a board's calls to action, never a posting's words ("Show more", "Apply now").
  static let chromeLines: Set<String> = [
    "show more", "show less", "see more", "see less", "read more", "read less", "apply", "apply now", "easy apply",
    "quick apply", "apply for this job", "apply on company website", "save", "save job", "saved", "share",
    "share this job", "report this job", "report this job advert", "see who you know", "back to search results",
  ]

  /// Starts of lines that prompt a visitor to sign in, set an alert or ask for a referral: a job board's
  /// chrome around the posting ("Sign in to create job alert for …", "Referrals increase your chances of
  /// interviewing at …").
  static let chromeLinePrefixes: [String] = [
    "sign in to ", "log in to ", "join now to ", "join to apply", "sign up to see", "create job alert",
    "create a job alert", "set up a job alert", "set alert for ", "get notified about new ", "get notified when new ",
    "referrals increase your chances", "be an early applicant", "report this job", "you may also apply directly on",
  ]

  /// The longest line checked against the chrome patterns: longer lines are prose.
  static let chromeLineMaxLength = 160

  /// The chrome lines and prefixes filed under their first byte: (bytes, whether the whole line must match).
  private static let chromeTable: [[(bytes: [UInt8], whole: Bool)]] = {
    var table = [[(bytes: [UInt8], whole: Bool)]](repeating: [], count: 256)
    for line in chromeLines { table[Int(line.utf8.first ?? 0)].append((Array(line.utf8), true)) }
    for prefix in chromeLinePrefixes { table[Int(prefix.utf8.first ?? 0)].append((Array(prefix.utf8), false)) }
    return table
  }()

  /// Whether a whole line of text is job-board chrome: a call to action or a sign-in, alert or referral
  /// prompt. Compared in place on ASCII-lowercased bytes: this runs for every line a page writes.
  static func isChromeLine(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count <= chromeLineMaxLength, let first = bytes.first else { return false }
      let candidates = chromeTable[Int(first >= 0x41 && first <= 0x5A ? first | 0x20 : first)]
      guard !candidates.isEmpty else { return false }
      // Trailing ".", "!" and spaces, and the arrows "›" (E2 80 BA) and "→" (E2 86 92) some buttons end with.
      var end = bytes.count
      while end > 0 {
        let last = bytes[end - 1]
        if last == 0x2E || last == 0x21 || last == 0x20 {
          end -= 1
        } else if end >= 3, bytes[end - 3] == 0xE2,
          (bytes[end - 2] == 0x80 && last == 0xBA) || (bytes[end - 2] == 0x86 && last == 0x92)
        {
          end -= 3
        } else {
          break
        }
      }
      for candidate in candidates {
        let pattern = candidate.bytes
        guard candidate.whole ? pattern.count == end : pattern.count <= end else { continue }
        var index = 0
        while index < pattern.count {
          let byte = bytes[index]
          if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != pattern[index] { break }
          index += 1
        }
        if index == pattern.count { return true }
      }
      return false
    }
  }

  /// What the words of one class-and-id string say about its element.
  struct Verdict {
    var furniture = false
    var comments = false
    var hidden = false
    /// Readability's class weight: +25 for a content word, −25 for a furniture word.
    var classWeight = 0.0
  }

  /// Reads a lowercased class-and-id string (class names, a space, the id) in one pass over its bytes.
  static func verdict(_ bytes: [UInt8]) -> Verdict {
    var found: UInt8 = 0
    bytes.withUnsafeBufferPointer { buffer in
      let count = buffer.count
      for start in 0..<count {
        for entry in table[Int(buffer[start])]
        where entry.bytes.count <= count - start && found & entry.flags != entry.flags {
          var matches = true
          for offset in 1..<entry.bytes.count where buffer[start + offset] != entry.bytes[offset] {
            matches = false
            break
          }
          if matches { found |= entry.flags }
        }
      }
    }
    var verdict = Verdict()
    verdict.furniture = found & Flag.furniture != 0 && found & Flag.keep == 0
    verdict.comments = found & Flag.comments != 0
    if found & Flag.negative != 0 { verdict.classWeight -= 25 }
    if found & Flag.positive != 0 { verdict.classWeight += 25 }
    // Whole names between spaces, compared in place.
    var start = 0
    while start < bytes.count && !verdict.hidden {
      var end = start
      while end < bytes.count && bytes[end] != 0x20 { end += 1 }
      if end > start { verdict.hidden = hiddenClassBytes.contains { $0.elementsEqual(bytes[start..<end]) } }
      start = end + 1
    }
    return verdict
  }

  private enum Flag {
    static let furniture: UInt8 = 1
    static let keep: UInt8 = 2
    static let positive: UInt8 = 4
    static let negative: UInt8 = 8
    static let comments: UInt8 = 16
  }

  /// Every word, filed under its first byte, with the lists it belongs to.
  private static let table: [[(bytes: [UInt8], flags: UInt8)]] = {
    var flagsByWord: [String: UInt8] = [:]
    for (words, flag) in [
      (furniture, Flag.furniture), (keep, Flag.keep), (positive, Flag.positive), (negative, Flag.negative),
      (comments, Flag.comments),
    ] {
      for word in words { flagsByWord[word, default: 0] |= flag }
    }
    var table = [[(bytes: [UInt8], flags: UInt8)]](repeating: [], count: 256)
    for (word, flags) in flagsByWord.sorted(by: { $0.key < $1.key }) {
      let bytes = Array(word.utf8)
      table[Int(bytes[0])].append((bytes, flags))
    }
    return table
  }()

  private static let hiddenClassBytes: [[UInt8]] = hiddenClasses.map { Array($0.utf8) }
}
