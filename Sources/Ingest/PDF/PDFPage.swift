/// The font a run of text is set in, as far as reading order and structure care.
struct PDFFont: Equatable, Sendable {
  /// The size in points.
  var size: Double
  var isBold: Bool
  var isItalic: Bool

  /// A font from poppler's name for it ("ABCDEF+DejaVuSans-BoldOblique", "Helvetica-Bold", "Arial,Italic").
  init(name: String, size: Double) {
    // A subset prefix ("ABCDEF+") names no style.
    let base = name.split(separator: "+", maxSplits: 1).last.map(String.init)?.lowercased() ?? ""
    self.size = size
    self.isBold = ["bold", "black", "heavy", "semibold", "demi"].contains { base.contains($0) }
    self.isItalic = base.contains("italic") || base.contains("oblique")
  }

  init(size: Double, isBold: Bool = false, isItalic: Bool = false) {
    self.size = size
    self.isBold = isBold
    self.isItalic = isItalic
  }
}

/// One character of a page's text layer with the box poppler gives it.
struct PDFGlyph: Equatable, Sendable {
  var scalar: Unicode.Scalar
  var box: PDFBox
  var font: PDFFont
}

/// The text layer of one page: every character with its box and font, in poppler's order.
struct PDFPage: Equatable, Sendable {
  /// The page number, from 1.
  var number: Int
  var width: Double
  var height: Double
  var glyphs: [PDFGlyph]

  /// A page from poppler's text and, when they line up one to one with its Unicode scalars, the
  /// character boxes and fonts. Without boxes the text's own lines are laid out on a grid so the rest of
  /// the reader still works, as one column.
  init(number: Int, width: Double, height: Double, text: String, boxes: [PDFBox]?, fonts: [PDFFont?]) {
    self.number = number
    self.width = width
    self.height = height
    let scalars = Array(text.unicodeScalars)
    let fallbackFont = PDFFont(size: 10)
    if let boxes, boxes.count == scalars.count {
      glyphs = scalars.indices.map { index in
        PDFGlyph(
          scalar: scalars[index], box: boxes[index], font: (index < fonts.count ? fonts[index] : nil) ?? fallbackFont)
      }
      return
    }
    var glyphs: [PDFGlyph] = []
    var line = 0.0
    var column = 0.0
    for scalar in scalars {
      if scalar == "\n" {
        line += 1
        column = 0
        continue
      }
      let box = PDFBox(x0: column * 6, y0: line * 14, x1: column * 6 + 6, y1: line * 14 + 12)
      glyphs.append(PDFGlyph(scalar: scalar, box: box, font: fallbackFont))
      column += 1
    }
    self.glyphs = glyphs
  }

  init(number: Int, width: Double, height: Double, glyphs: [PDFGlyph]) {
    self.number = number
    self.width = width
    self.height = height
    self.glyphs = glyphs
  }
}
