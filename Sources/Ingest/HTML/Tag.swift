import CLibXML2

/// The HTML elements the extractor treats specially; everything else is `.other`.
enum Tag: UInt8 {
  case other
  case html, head, body, title, meta
  case script, style, noscript, template, svg, iframe, object, embed, canvas, map, audio, video, picture
  case button, select, option, input, textarea, label, form, fieldset, legend, dialog
  case nav, aside, header, footer, menu
  case main, article, section, div, p, pre, blockquote, address, center, details, summary, figure, figcaption
  case h1, h2, h3, h4, h5, h6
  case ul, ol, li, dl, dt, dd
  case table, thead, tbody, tfoot, tr, td, th, caption
  case br, hr
  case a, b, strong, span, em, i, img, code

  /// The tag of a libxml2 element name (lowercase, as the HTML parser stores it).
  init(name: UnsafePointer<xmlChar>?) {
    guard let name else {
      self = .other
      return
    }
    var key: UInt64 = 0
    var length = 0
    while name[length] != 0 {
      if length == 8 { break }
      key |= UInt64(name[length]) << (8 * UInt64(length))
      length += 1
    }
    if length == 8 && name[8] != 0 {
      // Longer than eight bytes: only `blockquote` and `figcaption` matter.
      let longKey = key ^ UInt64(name[8]) << 1
      self = Tag.longNames[longKey] ?? .other
      return
    }
    self = Tag.names[key] ?? .other
  }

  var isHeading: Bool { self.rawValue >= Tag.h1.rawValue && self.rawValue <= Tag.h6.rawValue }

  /// The heading level 1–6, or nil.
  var headingLevel: Int? { isHeading ? Int(self.rawValue - Tag.h1.rawValue) + 1 : nil }

  /// Elements that never hold page content: their whole subtree is dropped.
  var isNeverContent: Bool {
    switch self {
    case .head, .title, .meta, .script, .style, .template, .svg, .iframe, .object, .embed, .canvas, .map, .audio,
      .video, .button, .select, .option, .input, .textarea, .dialog:
      return true
    default: return false
    }
  }

  /// Elements that are page furniture unless they hold most of the page: navigation, asides, menus, and
  /// the fallback text for script-less browsers (which a few sites fill with the whole page).
  var isUsuallyFurniture: Bool {
    switch self {
    case .nav, .aside, .menu, .noscript: return true
    default: return false
    }
  }

  /// Elements that start a new line of text.
  var isBlock: Bool {
    switch self {
    case .html, .body, .main, .article, .section, .div, .p, .pre, .blockquote, .address, .center, .details, .summary,
      .figure, .figcaption, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .table, .thead, .tbody,
      .tfoot, .tr, .td, .th, .caption, .br, .hr, .header, .footer, .form, .fieldset, .legend, .nav, .aside, .menu,
      .label:
      return true
    default: return false
    }
  }

  private static func pack(_ name: String) -> UInt64 {
    var key: UInt64 = 0
    for (index, byte) in name.utf8.prefix(8).enumerated() { key |= UInt64(byte) << (8 * UInt64(index)) }
    return key
  }

  private static let names: [UInt64: Tag] = {
    var table: [UInt64: Tag] = [:]
    let all: [(String, Tag)] = [
      ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta), ("script", .script),
      ("style", .style), ("noscript", .noscript), ("template", .template), ("svg", .svg), ("iframe", .iframe),
      ("object", .object), ("embed", .embed), ("canvas", .canvas), ("map", .map), ("audio", .audio),
      ("video", .video), ("picture", .picture), ("button", .button), ("select", .select), ("option", .option),
      ("input", .input), ("textarea", .textarea), ("label", .label), ("form", .form), ("fieldset", .fieldset),
      ("legend", .legend), ("dialog", .dialog), ("nav", .nav), ("aside", .aside), ("header", .header),
      ("footer", .footer), ("menu", .menu), ("main", .main), ("article", .article), ("section", .section),
      ("div", .div), ("p", .p), ("pre", .pre), ("address", .address), ("center", .center), ("details", .details),
      ("summary", .summary), ("figure", .figure), ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5),
      ("h6", .h6), ("ul", .ul), ("ol", .ol), ("li", .li), ("dl", .dl), ("dt", .dt), ("dd", .dd), ("table", .table),
      ("thead", .thead), ("tbody", .tbody), ("tfoot", .tfoot), ("tr", .tr), ("td", .td), ("th", .th),
      ("caption", .caption), ("br", .br), ("hr", .hr), ("a", .a), ("b", .b), ("strong", .strong), ("span", .span),
      ("em", .em), ("i", .i), ("img", .img), ("code", .code),
    ]
    for (name, tag) in all { table[pack(name)] = tag }
    return table
  }()

  private static let longNames: [UInt64: Tag] = [
    pack("blockquote") ^ UInt64(UInt8(ascii: "t")) << 1: .blockquote,
    pack("figcaption") ^ UInt64(UInt8(ascii: "o")) << 1: .figcaption,
  ]
}
