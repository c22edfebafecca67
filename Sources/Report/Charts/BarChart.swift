import Matching
import Plot

/// A horizontal bar chart of 0–100 fit scores, drawn as inline SVG: one labelled bar per entry, the
/// band boundaries as dashed lines, and each value written beside its bar and in its tooltip.
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

  private let labelWidth = 320.0
  private let plotWidth = 480.0
  private let rowHeight = 26.0
  private let barHeight = 16.0
  private let top = 34.0
  private let bottom = 48.0
  private let maxLabelCharacters = 44

  private var width: Double { labelWidth + plotWidth + 70 }
  private var height: Double { top + rowHeight * Double(bars.count) + bottom }

  private func x(_ value: Double) -> Double { labelWidth + plotWidth * value / 100 }

  /// The chart as an `<svg>` element.
  func svg() -> BodyNode {
    let description = bars.map { "\($0.label): \($0.value) (\($0.band.rawValue))" }.joined(separator: "; ")
    let content = bandGuides() + bars.enumerated().map { bar($1, row: $0) } + axis()
    return SVG.root(
      className: "bar-chart", width: width, height: height, title: title, description: description, content)
  }

  /// Dashed lines at the lowest score of each band, with the band names over the plot.
  private func bandGuides() -> [BodyNode] {
    var nodes: [BodyNode] = []
    let bands = FitBand.allCases
    for (index, band) in bands.enumerated() {
      let lower = Double(band.threshold)
      let upper = index + 1 < bands.count ? Double(bands[index + 1].threshold) : 100
      if band.threshold > 0 {
        nodes.append(
          SVG.line(
            x1: x(lower), y1: top - 6, x2: x(lower), y2: top + rowHeight * Double(bars.count),
            stroke: Palette.grid, dashed: true))
      }
      nodes.append(
        SVG.text(
          band.rawValue, x: x((lower + upper) / 2), y: top - 12, anchor: "middle", className: "band-label",
          fill: Palette.muted))
    }
    return nodes
  }

  private func bar(_ bar: Bar, row: Int) -> BodyNode {
    let y = top + rowHeight * Double(row)
    let barY = y + (rowHeight - barHeight) / 2
    let baseline = y + rowHeight / 2 + 4.5
    let valueText = "\(bar.value) \(bar.band.rawValue)"
    let children: [BodyNode] = [
      SVG.tooltip("\(bar.label): score \(bar.value), \(bar.band.rawValue)"),
      SVG.text(
        shortened(bar.label), x: labelWidth - 10, y: baseline, anchor: "end", className: "bar-label", fill: Palette.ink),
      .tag(
        "rect", .attr("x", NumberFormat.coordinate(x(0))), .attr("y", NumberFormat.coordinate(barY)),
        .attr("width", NumberFormat.coordinate(max(1, x(Double(bar.value)) - x(0)))),
        .attr("height", NumberFormat.coordinate(barHeight)), .attr("rx", "3"),
        .attr("fill", Palette.color(of: bar.band))),
      SVG.text(
        valueText, x: x(Double(bar.value)) + 6, y: baseline, anchor: "start", className: "bar-value", fill: Palette.ink),
    ]
    if let link = bar.link {
      return .tag("a", [.attr("href", link), .attr("class", "bar")] + children)
    }
    return .tag("g", [.attr("class", "bar")] + children)
  }

  /// The 0–100 axis under the bars, with ticks every 20 points and its title.
  private func axis() -> [BodyNode] {
    let y = top + rowHeight * Double(bars.count)
    var nodes: [BodyNode] = [SVG.line(x1: x(0), y1: top - 6, x2: x(0), y2: y, stroke: Palette.muted, dashed: false)]
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
