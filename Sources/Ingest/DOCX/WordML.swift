import CLibXML2

/// Reading WordprocessingML elements out of a libxml2 tree: names in the Word namespace, `w:val`
/// attributes and on/off switches.
enum WordML {
  /// The local name of `node` when it is an element in the WordprocessingML namespace (transitional or
  /// strict), else nil.
  static func name(of node: xmlNodePtr) -> String? {
    guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name,
      let namespace = node.pointee.ns?.pointee.href,
      NodeAccess.equals(namespace, "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
        || NodeAccess.equals(namespace, "http://purl.oclc.org/ooxml/wordprocessingml/main")
    else { return nil }
    return String(cString: name)
  }

  /// Whether `node` is the markup-compatibility element `local` (`AlternateContent`, `Choice`, `Fallback`).
  static func isCompatibility(_ node: xmlNodePtr, _ local: StaticString) -> Bool {
    guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name,
      let namespace = node.pointee.ns?.pointee.href
    else { return false }
    return NodeAccess.equals(name, local)
      && NodeAccess.equals(namespace, "http://schemas.openxmlformats.org/markup-compatibility/2006")
  }

  /// The alternative of an `mc:AlternateContent` to read: the first `mc:Choice`, else the `mc:Fallback`.
  /// Both hold the same content, so reading one avoids doubling it.
  static func chosenAlternative(of node: xmlNodePtr) -> xmlNodePtr? {
    let children = elements(of: node)
    return children.first { isCompatibility($0, "Choice") } ?? children.first { isCompatibility($0, "Fallback") }
  }

  /// The element children of `node`, in order.
  static func elements(of node: xmlNodePtr) -> [xmlNodePtr] {
    var children: [xmlNodePtr] = []
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE { children.append(current) }
      child = current.pointee.next
    }
    return children
  }

  /// The first Word element child of `node` called `name`.
  static func child(_ name: String, of node: xmlNodePtr) -> xmlNodePtr? {
    var child = node.pointee.children
    while let current = child {
      if self.name(of: current) == name { return current }
      child = current.pointee.next
    }
    return nil
  }

  /// The `w:val` attribute of `node`.
  static func value(of node: xmlNodePtr) -> String? {
    NodeAccess.attribute("val", of: node)
  }

  /// An on/off property such as `<w:b/>` or `<w:b w:val="false"/>`: present without a value means on.
  static func isOn(_ node: xmlNodePtr) -> Bool {
    switch value(of: node)?.lowercased() {
    case "0", "false", "off", "none": return false
    default: return true
    }
  }

  /// The on/off property `name` of a `w:rPr`, or nil when the properties do not set it.
  static func toggle(_ name: String, in properties: xmlNodePtr?) -> Bool? {
    guard let properties, let node = child(name, of: properties) else { return nil }
    return isOn(node)
  }

  /// Appends the text children of `node` (a `w:t`) to `bytes`. Entity references are skipped, not read:
  /// Word never writes them, and an external one must not pull in a file.
  static func appendText(of node: xmlNodePtr, to bytes: inout [UInt8]) {
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
        let content = current.pointee.content
      {
        var index = 0
        while content[index] != 0 {
          bytes.append(content[index])
          index += 1
        }
      }
      child = current.pointee.next
    }
  }

  /// The `w:txbxContent` elements (text boxes) inside a drawing, picture or object, skipping
  /// `mc:Fallback` copies of the same box.
  static func textBoxes(in node: xmlNodePtr) -> [xmlNodePtr] {
    var boxes: [xmlNodePtr] = []
    TreeWalker.walk(
      node,
      enter: { current in
        guard current.pointee.type == XML_ELEMENT_NODE, !isCompatibility(current, "Fallback") else { return false }
        if name(of: current) == "txbxContent" {
          boxes.append(current)
          return false
        }
        return true
      }, exit: { _ in })
    return boxes
  }
}
