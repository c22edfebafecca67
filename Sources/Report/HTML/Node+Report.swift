import Plot

/// The node type every part of the report body is built from.
typealias BodyNode = Node<HTML.BodyContext>

extension Node {
  /// Text shown exactly as written: Plot escapes `<` and `>`, and `&` is escaped first so that an
  /// entity-like string in a posting stays text.
  static func plain(_ text: String) -> Node {
    .text(HTMLEscaping.ampersands(text))
  }

  /// An attribute whose value is escaped (Plot writes attribute values as they are).
  static func attr(_ name: String, _ value: String) -> Node {
    .attribute(named: name, value: HTMLEscaping.escape(value), ignoreIfValueIsEmpty: false)
  }

  /// An element by name, for the ones Plot has no function for (`figure`, `svg`, `polygon`, …).
  static func tag(_ name: String, _ nodes: Node...) -> Node {
    .element(named: name, nodes: nodes)
  }

  /// An element by name with its children in an array.
  static func tag(_ name: String, _ nodes: [Node]) -> Node {
    .element(named: name, nodes: nodes)
  }

  /// A CSS class list.
  static func classes(_ names: String...) -> Node {
    .attr("class", names.filter { !$0.isEmpty }.joined(separator: " "))
  }
}
