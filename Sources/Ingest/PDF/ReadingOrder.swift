/// Puts a page's words in reading order: column by column, top to bottom, as a person reads them.
///
/// A recursive XY-cut: a region is split at an empty vertical strip (a gutter between columns) when it
/// has one, else at its widest empty horizontal strip, until neither is left; the words of what is left
/// are grouped into lines. Stacked bands that are each split at the same gutter are then read as one
/// pair of columns, so a horizontal gap that happens to cross both columns does not interleave them.
enum ReadingOrder {
  private indirect enum Node {
    case leaf([PDFWord])
    case rows([Node])
    case columns(left: Node, right: Node, gutter: ClosedRange<Double>)
  }

  /// The page's words as lines in reading order. Column numbers start at `firstColumn`; the result says
  /// the next free one.
  static func lines(of words: [PDFWord], page: Int, firstColumn: Int) -> (lines: [PDFLine], nextColumn: Int) {
    guard !words.isEmpty else { return ([], firstColumn) }
    let tree = merged(cut(words))
    var lines: [PDFLine] = []
    var column = firstColumn
    emit(tree, page: page, column: &column, into: &lines)
    // A line knows its column's right edge, not only its own paragraph's.
    var edges: [Int: Double] = [:]
    for line in lines { edges[line.column] = max(edges[line.column] ?? 0, line.box.x1) }
    for index in lines.indices { lines[index].columnRight = edges[lines[index].column] ?? 0 }
    return (lines, column + 1)
  }

  // MARK: Cutting

  private static func cut(_ words: [PDFWord]) -> Node {
    guard words.count > 1 else { return .leaf(words) }
    let height = median(words.map(\.box.height))
    let minX = words.map(\.box.x0).min() ?? 0
    let maxX = words.map(\.box.x1).max() ?? 0
    var vertical: ClosedRange<Double>?
    if let gap = widestGap(words.map { ($0.box.x0, $0.box.x1) }, minimum: height),
      gap.lowerBound - minX >= 4 * height, maxX - gap.upperBound >= 4 * height,
      lineCount(words) >= 3
    {
      vertical = gap
    }
    let horizontal = widestGap(words.map { ($0.box.y0, $0.box.y1) }, minimum: 0.3 * height)
    if let vertical,
      horizontal.map({ $0.upperBound - $0.lowerBound <= 2 * (vertical.upperBound - vertical.lowerBound) }) ?? true
    {
      let split = (vertical.lowerBound + vertical.upperBound) / 2
      return .columns(
        left: cut(words.filter { $0.box.centerX < split }), right: cut(words.filter { $0.box.centerX >= split }),
        gutter: vertical)
    }
    if let horizontal {
      let split = (horizontal.lowerBound + horizontal.upperBound) / 2
      let top = cut(words.filter { $0.box.centerY < split })
      let bottom = cut(words.filter { $0.box.centerY >= split })
      return .rows(children(of: top) + children(of: bottom))
    }
    return .leaf(words)
  }

  private static func children(of node: Node) -> [Node] {
    if case .rows(let nodes) = node { return nodes }
    return [node]
  }

  /// The widest empty stretch between the intervals, if one is at least `minimum` wide.
  private static func widestGap(_ intervals: [(Double, Double)], minimum: Double) -> ClosedRange<Double>? {
    let sorted = intervals.sorted { $0.0 < $1.0 }
    guard var reach = sorted.first?.1 else { return nil }
    var best: ClosedRange<Double>?
    for (start, end) in sorted.dropFirst() {
      if start - reach >= minimum, start - reach > (best.map { $0.upperBound - $0.lowerBound } ?? 0) {
        best = reach...start
      }
      reach = max(reach, end)
    }
    return best
  }

  private static func lineCount(_ words: [PDFWord]) -> Int {
    group(words).count
  }

  private static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
  }

  // MARK: Merging stacked column pairs

  private static func merged(_ node: Node) -> Node {
    switch node {
    case .leaf:
      return node
    case .columns(let left, let right, let gutter):
      return .columns(left: merged(left), right: merged(right), gutter: gutter)
    case .rows(let nodes):
      var result: [Node] = []
      for node in nodes.map(merged) {
        guard case .columns(let left, let right, let gutter) = result.last else {
          result.append(node)
          continue
        }
        if case .columns(let nextLeft, let nextRight, let nextGutter) = node, gutter.overlaps(nextGutter) {
          result[result.count - 1] = .columns(
            left: .rows(children(of: left) + children(of: nextLeft)),
            right: .rows(children(of: right) + children(of: nextRight)), gutter: gutter.clamped(to: nextGutter))
        } else if let side = continuedSide(left: left, right: right, gutter: gutter, next: node) {
          // One column ran on below the other's end: what follows on its side belongs to it.
          result[result.count - 1] =
            side == .left
            ? .columns(left: .rows(children(of: left) + [node]), right: right, gutter: gutter)
            : .columns(left: left, right: .rows(children(of: right) + [node]), gutter: gutter)
        } else {
          result.append(node)
        }
      }
      return result.count == 1 ? result[0] : .rows(result)
    }
  }

  private enum Side { case left, right }

  /// The side `next` continues when it lies wholly on that side of the gutter and that side's column
  /// reaches further down than the other's (a sidebar longer than the main column). A band of two short
  /// columns of equal length, such as name and contacts side by side, is not continued.
  private static func continuedSide(left: Node, right: Node, gutter: ClosedRange<Double>, next: Node) -> Side? {
    guard let box = bounds(of: next), let leftBox = bounds(of: left), let rightBox = bounds(of: right) else {
      return nil
    }
    let lineHeight = median(allWords(next).map(\.box.height))
    let middle = (gutter.lowerBound + gutter.upperBound) / 2
    if box.x1 < middle, leftBox.y1 > rightBox.y1 + 2 * lineHeight { return .left }
    if box.x0 > middle, rightBox.y1 > leftBox.y1 + 2 * lineHeight { return .right }
    return nil
  }

  private static func bounds(of node: Node) -> PDFBox? {
    PDFBox.union(of: allWords(node).map(\.box))
  }

  private static func allWords(_ node: Node) -> [PDFWord] {
    switch node {
    case .leaf(let words): return words
    case .rows(let nodes): return nodes.flatMap(allWords)
    case .columns(let left, let right, _): return allWords(left) + allWords(right)
    }
  }

  // MARK: Lines

  private static func emit(_ node: Node, page: Int, column: inout Int, into lines: inout [PDFLine]) {
    switch node {
    case .leaf(let words):
      for line in group(words) { lines.append(PDFLine(words: line, page: page, column: column, columnRight: 0)) }
    case .rows(let nodes):
      for child in nodes { emit(child, page: page, column: &column, into: &lines) }
    case .columns(let left, let right, _):
      column += 1
      emit(left, page: page, column: &column, into: &lines)
      column += 1
      emit(right, page: page, column: &column, into: &lines)
      // What comes below a pair of columns is a column of its own.
      column += 1
    }
  }

  /// Words grouped into lines (boxes overlapping vertically by half the smaller height), top to
  /// bottom, each left to right.
  static func group(_ words: [PDFWord]) -> [[PDFWord]] {
    var lines: [(box: PDFBox, words: [PDFWord])] = []
    for word in words.sorted(by: { ($0.box.centerY, $0.box.x0) < ($1.box.centerY, $1.box.x0) }) {
      if let last = lines.last,
        word.box.verticalOverlap(last.box) > 0.5 * min(word.box.height, last.box.height)
      {
        lines[lines.count - 1].words.append(word)
        lines[lines.count - 1].box = last.box.union(word.box)
      } else {
        lines.append((word.box, [word]))
      }
    }
    return lines.map { $0.words.sorted { $0.box.x0 < $1.box.x0 } }
  }
}
