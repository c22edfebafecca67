import CLibXML2

/// Small, allocation-light readers over libxml2 nodes.
enum NodeAccess {
  /// The value of attribute `name` (ASCII, lowercase) on `node`, or nil. Reads the attribute's text
  /// children directly instead of `xmlGetProp`, so nothing needs freeing.
  static func attribute(_ name: StaticString, of node: xmlNodePtr) -> String? {
    find(name, on: node).map(value(of:))
  }

  /// Appends the value of attribute `name` (ASCII, lowercase) on `node` to `buffer` with ASCII letters
  /// lowercased, without building a string; returns whether the attribute was there.
  @discardableResult
  static func appendLowercasedAttribute(_ name: StaticString, of node: xmlNodePtr, to buffer: inout [UInt8]) -> Bool {
    guard let attribute = find(name, on: node) else { return false }
    appendLowercasedValue(of: attribute, to: &buffer)
    return true
  }

  /// The first attribute called `name` (ASCII, lowercase) on `node`.
  static func find(_ name: StaticString, on node: xmlNodePtr) -> xmlAttrPtr? {
    var attribute = node.pointee.properties
    while let current = attribute {
      if let attributeName = current.pointee.name, equals(attributeName, name) { return current }
      attribute = current.pointee.next
    }
    return nil
  }

  /// The text of an attribute.
  static func value(of attribute: xmlAttrPtr) -> String {
    var text = ""
    var child = attribute.pointee.children
    while let valueNode = child {
      if let content = valueNode.pointee.content { text += String(cString: content) }
      child = valueNode.pointee.next
    }
    return text
  }

  /// Appends the text of an attribute to `buffer` with ASCII letters lowercased.
  static func appendLowercasedValue(of attribute: xmlAttrPtr, to buffer: inout [UInt8]) {
    var child = attribute.pointee.children
    while let valueNode = child {
      if let content = valueNode.pointee.content {
        var index = 0
        while content[index] != 0 {
          let byte = content[index]
          buffer.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
          index += 1
        }
      }
      child = valueNode.pointee.next
    }
  }

  /// Whether the C string equals the static ASCII string.
  static func equals(_ cString: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
    let expected = name.utf8Start
    let count = name.utf8CodeUnitCount
    for index in 0..<count where cString[index] != expected[index] { return false }
    return cString[count] == 0
  }

  /// All the text below `node` (entities already decoded by the parser), in document order.
  static func text(of node: xmlNodePtr) -> String {
    guard let content = xmlNodeGetContent(node) else { return "" }
    defer { clibxml2_free(content) }
    return String(cString: content)
  }

  /// The text below `node` with whitespace collapsed, and "; " put between the texts of two elements
  /// that the page sets side by side with no space or punctuation between them: `<span>Germany</span>
  /// <span>United Kingdom</span>` written without a space reads "Germany; United Kingdom", not
  /// "GermanyUnited Kingdom".
  static func separatedText(of node: xmlNodePtr) -> String {
    var pieces: [String] = []
    var boundary = false
    TreeWalker.walk(
      node,
      enter: { current in
        switch current.pointee.type {
        case XML_ELEMENT_NODE:
          boundary = true
          return Tag(name: current.pointee.name) != .script && Tag(name: current.pointee.name) != .style
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          guard let content = current.pointee.content else { return false }
          let text = String(cString: content)
          if boundary, let previous = pieces.last?.unicodeScalars.last, let next = text.unicodeScalars.first,
            isWordScalar(previous), isWordScalar(next)
          {
            pieces.append("; ")
          }
          pieces.append(text)
          boundary = false
          return false
        default:
          return false
        }
      },
      exit: { current in
        if current.pointee.type == XML_ELEMENT_NODE { boundary = true }
      })
    return TextNormalizer.collapse(pieces.joined())
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }
}
