import Matching
import Plot

/// A horizontal bar chart of 0–100 fit scores, drawn as inline SVG: one labelled bar per entry, the
/// band boundaries as dashed lines, and each value written beside its bar and in its tooltip.
///
/// Each label sits over its bar, and the chart is drawn in pixels down and in percentages of its width
/// across (no `viewBox`): it stretches to any width, a desktop's or a phone's, with its text at the size
/// the stylesheet gives. The stylesheet keeps room right of the 100 mark for the value of a full bar.
struct BarChart {
  /// One bar.
  struct Bar {
    /// What the bar stands for ("1. VP of Product · Quarry Labs"); shortened on the chart, whole in
    /// the tooltip.
    var label: String
    /// 0–100.
    var value: Int
    var band: FitBand
    /// Where a click on the bar goes (`#posting-1`), if anywhere.
    var link: String?
  }

  var bars: [Bar]
  /// The chart's accessible name.
  var title: String

  private let rowHeight = 36.0
  private let labelBaseline = 13.0
  private let barTop = 18.0
  private let barHeight = 13.0
  private let top = 30.0
  private let bottom = 46.0
  /// Fits a phone's width at the stylesheet's 13 pixels.
  private let maxLabelCharacters = 44

  private var height: Double { top + rowHeight * Double(bars.count) + bottom }

  /// Where a score falls across the plot.
  private func x(_ value: Double) -> String { SVG.percent(value) }

  /// The chart as an `<svg>` element.
  func svg() -> BodyNode {
    let description = bars.map { "\($0.label): \($0.value) (\($0.band.rawValue))" }.joined(separator: "; ")
    let content = bandGuides() + bars.enumerated().map { bar($1, row: $0) } + axis()
    return SVG.fluidRoot(className: "bar-chart", height: height, title: title, description: description, content)
  }

  /// Dashed lines at the lowest score of each band, each band's name over the plot just right of its line
  /// (centred names would collide on a phone, where a band of 15 points is 40 pixels wide).
  private func bandGuides() -> [BodyNode] {
    var nodes: [BodyNode] = []
    let bottomOfBars = top + rowHeight * Double(bars.count)
    for band in FitBand.allCases {
      let lower = Double(band.threshold)
      if band.threshold > 0 {
        nodes.append(
          SVG.line(x1: x(lower), y1: top - 24, x2: x(lower), y2: bottomOfBars, stroke: Palette.grid, dashed: true))
      }
      nodes.append(
        SVG.text(
          band.rawValue, x: x(lower), dx: 4, y: top - 12, anchor: "start", className: "band-label",
          fill: Palette.muted))
    }
    return nodes
  }

  private func bar(_ bar: Bar, row: Int) -> BodyNode {
    let y = top + rowHeight * Double(row)
    let valueText = "\(bar.value) \(bar.band.rawValue)"
    let children: [BodyNode] = [
      SVG.tooltip("\(bar.label): score \(bar.value), \(bar.band.rawValue)"),
      SVG.text(
        shortened(bar.label), x: x(0), y: y + labelBaseline, anchor: "start", className: "bar-label",
        fill: Palette.ink),
      .tag(
        "rect", .attr("x", x(0)), .attr("y", NumberFormat.coordinate(y + barTop)),
        .attr("width", x(max(0.5, Double(bar.value)))), .attr("height", NumberFormat.coordinate(barHeight)),
        .attr("rx", "3"), .attr("fill", Palette.color(of: bar.band))),
      SVG.text(
        valueText, x: x(Double(bar.value)), dx: 6, y: y + barTop + barHeight / 2 + 4.5, anchor: "start",
        className: "bar-value", fill: Palette.ink),
    ]
    if let link = bar.link {
      return .tag("a", [.attr("href", link), .attr("class", "bar")] + children)
    }
    return .tag("g", [.attr("class", "bar")] + children)
  }

  /// The 0–100 axis under the bars, with ticks every 20 points and its title.
  private func axis() -> [BodyNode] {
    let y = top + rowHeight * Double(bars.count)
    var nodes: [BodyNode] = [SVG.line(x1: x(0), y1: top - 8, x2: x(0), y2: y, stroke: Palette.muted, dashed: false)]
    nodes.append(SVG.line(x1: x(0), y1: y, x2: x(100), y2: y, stroke: Palette.muted, dashed: false))
    for tick in stride(from: 0, through: 100, by: 20) {
      nodes.append(
        SVG.line(x1: x(Double(tick)), y1: y, x2: x(Double(tick)), y2: y + 5, stroke: Palette.muted, dashed: false))
      nodes.append(
        SVG.text("\(tick)", x: x(Double(tick)), y: y + 18, anchor: "middle", className: "tick", fill: Palette.muted))
    }
    nodes.append(
      SVG.text("Fit score (0–100)", x: x(50), y: y + 38, anchor: "middle", className: "axis-title", fill: Palette.ink))
    return nodes
  }

  private func shortened(_ label: String) -> String {
    label.count <= maxLabelCharacters ? label : String(label.prefix(maxLabelCharacters - 1)) + "…"
  }
}
