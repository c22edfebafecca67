import CLibXML2

/// What a page's `<head>` says about it: `<title>`, Open Graph and similar `<meta>` tags.
struct HeadMetadata {
  var title: String?
  var openGraphTitle: String?
  /// `og:site_name` and `application-name`, in the order found.
  var siteNames: [String] = []

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
    var node = head.pointee.children
    while let current = node {
      defer { node = current.pointee.next }
      guard current.pointee.type == XML_ELEMENT_NODE else { continue }
      switch Tag(name: current.pointee.name) {
      case .title:
        if title == nil { title = Self.nonEmpty(NodeAccess.text(of: current)) }
      case .meta:
        let key = (NodeAccess.attribute("property", of: current) ?? NodeAccess.attribute("name", of: current))?
          .lowercased()
        let content = NodeAccess.attribute("content", of: current).flatMap(Self.nonEmpty)
        switch key {
        case "og:title": openGraphTitle = openGraphTitle ?? content
        case "twitter:title": openGraphTitle = openGraphTitle ?? content
        case "og:site_name", "application-name":
          if let content, !siteNames.contains(content) { siteNames.append(content) }
        default: break
        }
      default: break
      }
    }
  }

  private static func nonEmpty(_ text: String) -> String? {
    let collapsed = TextNormalizer.collapse(text)
    return collapsed.isEmpty ? nil : collapsed
  }
}
