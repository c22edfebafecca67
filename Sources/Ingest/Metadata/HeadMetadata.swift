import CLibXML2

/// What a page's `<head>` says about it: `<title>`, Open Graph and similar `<meta>` tags.
struct HeadMetadata {
  var title: String?
  var openGraphTitle: String?
  /// `og:site_name` and `application-name`, in the order found.
  var siteNames: [String] = []
  /// The `<meta>` dates of the page, most trusted first: when it was last modified, then when it was made.
  var dates: [DocumentDate] = []

  /// `<meta>` names (or properties, or `http-equiv`) that date a page, in order of trust: the last change
  /// first, then the publication.
  static let dateKeys = [
    "article:modified_time", "og:updated_time", "last-modified", "dcterms.modified", "dc.date.modified", "modified",
    "revised", "date", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "article:published_time",
  ]

  /// Reads the metadata from the `<head>` of a parsed page.
  init(tree: HTMLTree) {
    guard let root = tree.root else { return }
    var head: xmlNodePtr?
    var child = root.pointee.children
    while let node = child {
      if node.pointee.type == XML_ELEMENT_NODE, Tag(name: node.pointee.name) == .head {
        head = node
        break
      }
      child = node.pointee.next
    }
    guard let head else { return }
    var dated: [String: String] = [:]
    var node = head.pointee.children
    while let current = node {
      defer { node = current.pointee.next }
      guard current.pointee.type == XML_ELEMENT_NODE else { continue }
      switch Tag(name: current.pointee.name) {
      case .title:
        if title == nil { title = Self.nonEmpty(NodeAccess.text(of: current)) }
      case .meta:
        let key =
          (NodeAccess.attribute("property", of: current) ?? NodeAccess.attribute("name", of: current)
          ?? NodeAccess.attribute("http-equiv", of: current))?.lowercased()
        let content = NodeAccess.attribute("content", of: current).flatMap(Self.nonEmpty)
        switch key {
        case "og:title": openGraphTitle = openGraphTitle ?? content
        case "twitter:title": openGraphTitle = openGraphTitle ?? content
        case "og:site_name", "application-name":
          if let content, !siteNames.contains(content) { siteNames.append(content) }
        default:
          if let key, let content, dated[key] == nil, Self.dateKeys.contains(key) { dated[key] = content }
        }
      default: break
      }
    }
    dates = Self.dateKeys.compactMap { key in dated[key].flatMap { MetadataDate.parse($0, source: .htmlMeta, key: key) }
    }
  }

  private static func nonEmpty(_ text: String) -> String? {
    let collapsed = TextNormalizer.collapse(text)
    return collapsed.isEmpty ? nil : collapsed
  }
}
