import Foundation
import Matching
import Plot

/// A radar (spider) chart of a posting's competencies, drawn as inline SVG: on each axis the
/// posting's emphasis (relative to its most emphasised competency) and the resume's strength, both
/// 0–100 %, so the gaps show where the resume's shape falls inside the posting's.
///
/// Each spoke carries its competency's name and its number. A wide screen shows the names; a phone, too
/// narrow for them, shows the numbers instead (the page lists them under the chart), and the stylesheet
/// enlarges the radar into a square cut from the middle of the chart, where the names were.
struct RadarChart {
  /// One competency.
  struct Axis {
    var name: String
    /// The posting's share of emphasis, 0–1 over all its competencies.
    var share: Double
    /// The share relative to the largest one, 0–1: what the chart draws.
    var relativeEmphasis: Double
    /// The resume's strength, 0–1.
    var strength: Double
  }

  var axes: [Axis]
  /// The chart's accessible name.
  var title: String

  /// The most axes drawn; more would make the labels unreadable.
  static let axisLimit = 12
  /// The fewest axes a radar needs to enclose an area.
  static let axisMinimum = 3

  private let width = 700.0
  private let height = 500.0
  private let radius = 165.0
  private var center: (x: Double, y: Double) { (width / 2, height / 2 + 2) }

  /// The chart of a fit's competencies, the most emphasised first (at most ``axisLimit``).
  init(competencies: [CompetencyFit], title: String) {
    let ordered = competencies.sorted { ($0.emphasis, $1.id) > ($1.emphasis, $0.id) }.prefix(Self.axisLimit)
    let largest = ordered.first?.emphasis ?? 0
    axes = ordered.map {
      Axis(
        name: $0.name, share: $0.emphasis, relativeEmphasis: largest > 0 ? $0.emphasis / largest : 0,
        strength: min(1, max(0, $0.strength)))
    }
    self.title = title
  }

  /// Whether there are enough axes to draw.
  var isDrawable: Bool { axes.count >= Self.axisMinimum }

  /// The chart as an `<svg>` element.
  func svg() -> BodyNode {
    let description = axes.map {
      "\($0.name): posting emphasis \(NumberFormat.percent($0.relativeEmphasis)) of the top competency "
        + "(\(NumberFormat.percent($0.share)) of the posting), resume strength \(NumberFormat.percent($0.strength))"
    }.joined(separator: "; ")
    var body = grid()
    body.append(
      series(
        axes.map(\.relativeEmphasis), color: Palette.posting, className: "series-posting", dashed: true,
        fillOpacity: "0.10", marker: .square, label: "posting emphasis"))
    body.append(
      series(
        axes.map(\.strength), color: Palette.resume, className: "series-resume", dashed: false, fillOpacity: "0.22",
        marker: .circle, label: "resume strength"))
    body += axes.indices.map(axisNumber)
    let origin = "\(NumberFormat.coordinate(center.x)) \(NumberFormat.coordinate(center.y))"
    let content =
      [.tag("g", [.attr("class", "radar-body"), .attr("transform-origin", origin)] + body)]
      + axes.indices.map(axisLabel)
    return SVG.root(
      className: "radar-chart", width: width, height: height, title: title, description: description,
      preserveAspectRatio: "xMidYMid slice", content)
  }

  private func angle(_ index: Int) -> Double {
    -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(axes.count)
  }

  private func point(_ index: Int, _ value: Double) -> (x: Double, y: Double) {
    (center.x + radius * value * cos(angle(index)), center.y + radius * value * sin(angle(index)))
  }

  /// Rings at 25 % steps, spokes, and the ring values.
  private func grid() -> [BodyNode] {
    var nodes: [BodyNode] = []
    for step in 1...4 {
      let value = Double(step) / 4
      nodes.append(
        SVG.polygon(
          axes.indices.map { point($0, value) },
          [.attr("fill", "none"), .attr("stroke", Palette.grid), .attr("stroke-width", step == 4 ? "1.5" : "1")]))
    }
    for index in axes.indices {
      let end = point(index, 1)
      nodes.append(SVG.line(x1: center.x, y1: center.y, x2: end.x, y2: end.y, stroke: Palette.grid, dashed: false))
    }
    // Ring values sit midway between the first two spokes, clear of the data's markers.
    let between = -Double.pi / 2 + Double.pi / Double(axes.count)
    let edge = cos(Double.pi / Double(axes.count))
    for step in 1...4 {
      let distance = radius * Double(step) / 4 * edge
      nodes.append(
        SVG.text(
          NumberFormat.percent(Double(step) / 4), x: center.x + distance * cos(between) + 3,
          y: center.y + distance * sin(between) + 4, anchor: "start", className: "tick", fill: Palette.muted))
    }
    return nodes
  }

  private enum Marker { case circle, square }

  private func series(
    _ values: [Double], color: String, className: String, dashed: Bool, fillOpacity: String, marker: Marker,
    label: String
  ) -> BodyNode {
    var outline: [BodyNode] = [
      .attr("fill", color), .attr("fill-opacity", fillOpacity), .attr("stroke", color), .attr("stroke-width", "2.5"),
      .attr("stroke-linejoin", "round"),
    ]
    if dashed { outline.append(.attr("stroke-dasharray", "7 4")) }
    var nodes: [BodyNode] = [.attr("class", "series \(className)")]
    nodes.append(SVG.polygon(values.indices.map { point($0, values[$0]) }, outline))
    for (index, value) in values.enumerated() {
      let at = point(index, value)
      let tip = SVG.tooltip("\(axes[index].name): \(label) \(NumberFormat.percent(value))")
      switch marker {
      case .circle:
        nodes.append(
          .tag(
            "circle", .attr("cx", NumberFormat.coordinate(at.x)), .attr("cy", NumberFormat.coordinate(at.y)),
            .attr("r", "4.5"),
            .attr("fill", color), .attr("stroke", "#FFFFFF"), .attr("stroke-width", "1.5"), tip))
      case .square:
        nodes.append(
          .tag(
            "rect", .attr("x", NumberFormat.coordinate(at.x - 4)), .attr("y", NumberFormat.coordinate(at.y - 4)),
            .attr("width", "8"), .attr("height", "8"), .attr("fill", color), .attr("stroke", "#FFFFFF"),
            .attr("stroke-width", "1.5"), tip))
      }
    }
    return .tag("g", nodes)
  }

  /// A spoke's number (from 1) just outside it, for screens too narrow for the names.
  private func axisNumber(_ index: Int) -> BodyNode {
    let at = point(index, 1.13)
    return .tag(
      "text", .attr("x", NumberFormat.coordinate(at.x)), .attr("y", NumberFormat.coordinate(at.y)),
      .attr("dy", "0.35em"), .attr("text-anchor", "middle"), .attr("class", "axis-number"),
      .attr("fill", Palette.ink), .plain("\(index + 1)"))
  }

  /// A competency's name outside its spoke, wrapped onto up to three lines, anchored away from the
  /// centre.
  private func axisLabel(_ index: Int) -> BodyNode {
    let axis = axes[index]
    let (dx, dy) = (cos(angle(index)), sin(angle(index)))
    let at = point(index, 1.09)
    let anchor = dx > 0.25 ? "start" : dx < -0.25 ? "end" : "middle"
    let lines = Self.wrap(axis.name, width: 18, maxLines: 3)
    let lineHeight = 15.0
    let firstBaseline: Double
    if dy < -0.5 {
      firstBaseline = at.y - Double(lines.count - 1) * lineHeight - 2
    } else if dy > 0.5 {
      firstBaseline = at.y + 12
    } else {
      firstBaseline = at.y - Double(lines.count - 1) * lineHeight / 2 + 4.5
    }
    var spans: [BodyNode] = [
      .attr("x", NumberFormat.coordinate(at.x)), .attr("y", NumberFormat.coordinate(firstBaseline)),
      .attr("text-anchor", anchor),
      .attr("class", "axis-label"), .attr("fill", Palette.ink),
    ]
    for (number, line) in lines.enumerated() {
      spans.append(
        .tag(
          "tspan", .attr("x", NumberFormat.coordinate(at.x)),
          .attr("dy", number == 0 ? "0" : NumberFormat.coordinate(lineHeight)),
          .plain(line)))
    }
    let tip = SVG.tooltip(
      "\(axis.name): posting emphasis \(NumberFormat.percent(axis.relativeEmphasis)) of the top competency, "
        + "resume strength \(NumberFormat.percent(axis.strength))")
    return .tag("g", .attr("class", "axis"), tip, .tag("text", spans))
  }

  /// Words packed into lines of at most `width` characters (a longer word gets a line of its own);
  /// past `maxLines` the last line ends with an ellipsis.
  static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if current.isEmpty {
        current = String(word)
      } else if current.count + 1 + word.count <= width {
        current += " " + word
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(current) }
    if lines.count > maxLines {
      lines = Array(lines.prefix(maxLines))
      lines[maxLines - 1] += "…"
    }
    return lines
  }
}
