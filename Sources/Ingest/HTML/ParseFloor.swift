import CLibXML2

/// The unavoidable cost of reading a saved page: libxml2's HTML parse and one walk over every text
/// node, with nothing else. Benchmarks compare the full pipeline against it.
public enum ParseFloor {
  /// Parses `bytes` as UTF-8 HTML and returns the total length of all text nodes (so the walk cannot
  /// be optimised away).
  public static func textBytes(ofHTML bytes: [UInt8]) -> Int {
    guard let tree = HTMLTree(utf8: bytes), let root = tree.root else { return 0 }
    var total = 0
    TreeWalker.walk(
      root,
      enter: { node in
        if node.pointee.type == XML_TEXT_NODE, let content = node.pointee.content {
          total += Int(xmlStrlen(content))
        }
        return true
      }, exit: { _ in })
    return total
  }
}
