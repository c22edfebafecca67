/// A word of a PDF page: the characters between spaces, with their box and the font of the first one.
struct PDFWord: Equatable, Sendable {
  /// The text with ligatures spelled out; a soft hyphen at the end is kept for line joining.
  var text: String
  var box: PDFBox
  var font: PDFFont

  /// The words of a page, in poppler's order.
  ///
  /// A word ends at whitespace, and also where the next character jumps sideways by more than a quarter
  /// of its height or to another line: poppler's text can glue a word of one column to the next column's
  /// ("SummaryExperience").
  static func words(of page: PDFPage) -> [PDFWord] {
    var words: [PDFWord] = []
    var scalars = String.UnicodeScalarView()
    var box: PDFBox?
    var font = PDFFont(size: 0)
    var letterFont: PDFFont?
    func close() {
      if let current = box {
        let text = PDFText.normalized(String(scalars))
        if !text.isEmpty { words.append(PDFWord(text: text, box: current, font: letterFont ?? font)) }
      }
      scalars = String.UnicodeScalarView()
      box = nil
      letterFont = nil
    }
    for glyph in page.glyphs {
      if glyph.scalar.properties.isWhitespace || glyph.scalar.value < 0x20 {
        close()
        continue
      }
      if let current = box {
        let height = max(glyph.box.height, current.height, 1)
        let last = current
        let gap = glyph.box.x0 - last.x1
        let jumped = abs(glyph.box.centerY - last.centerY) > 0.5 * height
        if gap > 0.25 * height || jumped || glyph.box.x1 < last.x0 { close() }
      }
      if box == nil { font = glyph.font }
      if letterFont == nil && glyph.scalar.properties.isAlphabetic { letterFont = glyph.font }
      scalars.append(glyph.scalar)
      box = box?.union(glyph.box) ?? glyph.box
    }
    close()
    return words
  }
}
