import Plot

/// The SVG elements the charts are drawn from. Every string goes through Plot's text escaping and
/// every attribute value through ``HTMLEscaping``.
enum SVG {
  /// An `<svg>` root that scales to its container, with an accessible name and a text description
  /// of the values it draws.
  ///
  /// - Parameter preserveAspectRatio: How the drawing fits a box of another shape than its own
  ///   (`xMidYMid slice`: fill the box, cut what overflows evenly); nil for the default, fit whole.
  static func root(
    className: String, width: Double, height: Double, title: String, description: String,
    preserveAspectRatio: String? = nil, _ content: [BodyNode]
  ) -> BodyNode {
    .tag(
      "svg",
      [
        .attr("xmlns", "http://www.w3.org/2000/svg"),
        .attr("class", "chart \(className)"),
        .attr("viewBox", "0 0 \(NumberFormat.coordinate(width)) \(NumberFormat.coordinate(height))"),
        .unwrap(preserveAspectRatio) { .attr("preserveAspectRatio", $0) },
        .attr("role", "img"),
        .attr("aria-label", title),
        .tag("title", .plain(title)),
        .tag("desc", .plain(description)),
      ] + content)
  }

  /// An `<svg>` root without a `viewBox`: its coordinates are CSS pixels, so its text keeps its size at any
  /// width, and a chart drawn in percentages of the width (``percent(_:)``) stretches to its container.
  /// The stylesheet sets its width; `height` is in pixels.
  static func fluidRoot(
    className: String, height: Double, title: String, description: String, _ content: [BodyNode]
  ) -> BodyNode {
    .tag(
      "svg",
      [
        .attr("xmlns", "http://www.w3.org/2000/svg"),
        .attr("class", "chart \(className)"),
        .attr("width", "100%"),
        .attr("height", NumberFormat.coordinate(height)),
        .attr("role", "img"),
        .attr("aria-label", title),
        .tag("title", .plain(title)),
        .tag("desc", .plain(description)),
      ] + content)
  }

  /// A coordinate as a percentage of the chart's width (`40%`).
  static func percent(_ value: Double) -> String {
    NumberFormat.coordinate(value) + "%"
  }

  /// A straight line.
  static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, dashed: Bool) -> BodyNode {
    line(
      x1: NumberFormat.coordinate(x1), y1: y1, x2: NumberFormat.coordinate(x2), y2: y2, stroke: stroke, dashed: dashed)
  }

  /// A straight line whose ends are given as SVG lengths (`40%`, `12`).
  static func line(x1: String, y1: Double, x2: String, y2: Double, stroke: String, dashed: Bool) -> BodyNode {
    var nodes: [BodyNode] = [
      .attr("x1", x1), .attr("y1", NumberFormat.coordinate(y1)), .attr("x2", x2),
      .attr("y2", NumberFormat.coordinate(y2)), .attr("stroke", stroke), .attr("stroke-width", "1"),
    ]
    if dashed { nodes.append(.attr("stroke-dasharray", "4 3")) }
    return .tag("line", nodes)
  }

  /// A `<text>` at a point, anchored at its start, middle or end.
  static func text(
    _ string: String, x: Double, y: Double, anchor: String, className: String, fill: String
  ) -> BodyNode {
    text(string, x: NumberFormat.coordinate(x), y: y, anchor: anchor, className: className, fill: fill)
  }

  /// A `<text>` at an SVG length across (`40%`), moved `dx` pixels from there.
  static func text(
    _ string: String, x: String, dx: Double = 0, y: Double, anchor: String, className: String, fill: String
  ) -> BodyNode {
    .tag(
      "text", .attr("x", x), .if(dx != 0, .attr("dx", NumberFormat.coordinate(dx))),
      .attr("y", NumberFormat.coordinate(y)), .attr("text-anchor", anchor),
      .attr("class", className), .attr("fill", fill), .plain(string))
  }

  /// A closed polygon through points.
  static func polygon(_ points: [(x: Double, y: Double)], _ attributes: [BodyNode]) -> BodyNode {
    let list = points.map { NumberFormat.coordinate($0.x) + "," + NumberFormat.coordinate($0.y) }.joined(separator: " ")
    return .tag("polygon", [.attr("points", list)] + attributes)
  }

  /// A tooltip: browsers show an element's `<title>` child on hover, and screen readers read it.
  static func tooltip(_ string: String) -> BodyNode {
    .tag("title", .plain(string))
  }
}
