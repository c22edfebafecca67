/// A line of text in reading order: words left to right, and the column and page it sits in.
struct PDFLine: Equatable, Sendable {
  let words: [PDFWord]
  /// The page number, from 1.
  let page: Int
  /// Which column of the document the line belongs to; lines of one column share it, and a new page
  /// starts new columns.
  let column: Int
  /// The right edge of the column, to tell a line broken on purpose from one that ran out of room.
  var columnRight: Double

  let box: PDFBox
  /// The words joined by single spaces.
  let text: String
  /// The font size most of the line's letters are set in.
  let size: Double
  /// The share of the line's letters that are bold.
  let boldShare: Double
  /// The share of the line's letters that are italic.
  let italicShare: Double

  init(words: [PDFWord], page: Int, column: Int, columnRight: Double) {
    self.words = words
    self.page = page
    self.column = column
    self.columnRight = columnRight
    box = PDFBox.union(of: words.map(\.box)) ?? PDFBox(x0: 0, y0: 0, x1: 0, y1: 0)
    text = words.map(\.text).joined(separator: " ")
    var letters: [Double: Int] = [:]
    var total = 0
    var bold = 0
    var italic = 0
    for word in words {
      let count = max(1, word.text.count)
      letters[(word.font.size * 2).rounded() / 2, default: 0] += count
      total += count
      if word.font.isBold { bold += count }
      if word.font.isItalic { italic += count }
    }
    size = letters.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key ?? 0
    boldShare = total > 0 ? Double(bold) / Double(total) : 0
    italicShare = total > 0 ? Double(italic) / Double(total) : 0
  }
}
