import CLibXML2

/// Depth-first traversal of a libxml2 subtree without recursion, so deeply nested pages cannot
/// exhaust the stack.
enum TreeWalker {
  /// Visits `root` and its descendants in document order.
  ///
  /// - Parameters:
  ///   - enter: called for every node reached; returns whether to visit its children.
  ///   - exit: called after the children of every node whose `enter` returned true.
  static func walk(_ root: xmlNodePtr, enter: (xmlNodePtr) -> Bool, exit: (xmlNodePtr) -> Void) {
    var node = root
    var descend = enter(root)
    while true {
      if descend, let child = node.pointee.children {
        node = child
        descend = enter(child)
        continue
      }
      var current = node
      var entered = descend
      while true {
        if entered { exit(current) }
        if current == root { return }
        if let next = current.pointee.next {
          node = next
          descend = enter(next)
          break
        }
        guard let parent = current.pointee.parent else { return }
        current = parent
        entered = true
      }
    }
  }
}
