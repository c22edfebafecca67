/// A rectangle on a PDF page in points, origin at the top left, y growing downwards (poppler's text
/// layout coordinates).
struct PDFBox: Equatable, Sendable {
  var x0: Double
  var y0: Double
  var x1: Double
  var y1: Double

  var width: Double { x1 - x0 }
  var height: Double { y1 - y0 }
  var centerX: Double { (x0 + x1) / 2 }
  var centerY: Double { (y0 + y1) / 2 }

  /// The smallest box holding both.
  func union(_ other: PDFBox) -> PDFBox {
    PDFBox(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
  }

  /// How far the two boxes overlap vertically (negative when they are apart).
  func verticalOverlap(_ other: PDFBox) -> Double {
    min(y1, other.y1) - max(y0, other.y0)
  }

  /// The smallest box holding all of `boxes`, or nil for none.
  static func union(of boxes: some Sequence<PDFBox>) -> PDFBox? {
    boxes.reduce(nil) { partial, box in partial?.union(box) ?? box }
  }
}
