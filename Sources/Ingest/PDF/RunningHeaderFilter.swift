import Foundation

/// Drops running headers and footers: what a browser or word processor prints in the top and bottom
/// margins of every page (a date, the page title, the URL, "Page 2 of 3").
///
/// A line near the top or bottom edge goes when the same text (numbers aside) stands at about the same
/// height on most pages, or, on any page, when it is only a page number, a URL or a browser's date and
/// time.
enum RunningHeaderFilter {
  /// How much of the page height, from the top and from the bottom, counts as the margin.
  static let marginShare = 0.08

  /// The words of each page without its running headers and footers.
  static func filter(_ pages: [(page: PDFPage, words: [PDFWord])]) -> [[PDFWord]] {
    // Each page's margin words, grouped into pieces: runs of words on one line without a wide gap.
    let pieces = pages.map { entry in marginPieces(entry.words, page: entry.page) }
    var pagesByKey: [String: Set<Int>] = [:]
    for (index, pagePieces) in pieces.enumerated() {
      for piece in pagePieces { pagesByKey[piece.key, default: []].insert(index) }
    }
    let needed = max(2, (pages.count + 1) / 2)
    return pages.indices.map { index in
      var dropped = Set<Int>()
      for piece in pieces[index]
      where (pages.count >= 2 && pagesByKey[piece.key, default: []].count >= needed)
        || isPageFurniture(piece.text)
      {
        dropped.formUnion(piece.wordIndices)
      }
      return pages[index].words.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }
  }

  /// Whether a margin text is a page number ("3", "Page 2 of 3", "2/3"), a URL, or a browser's date and
  /// time ("5/2/24, 8:14 AM").
  static func isPageFurniture(_ text: String) -> Bool {
    let patterns = [
      #"^(page|p\.|seite|página|pagina)?\s*\d+\s*((of|/|von|de|sur)\s*\d+)?$"#,
      #"^(https?|file)://\S+$"#, #"^www\.\S+$"#,
      #"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(:\d{2})?\s*([ap]\.?m\.?)?$"#,
      #"^\d{1,2}:\d{2}\s*([ap]\.?m\.?)?$"#,
    ]
    let lowered = text.lowercased().trimmingCharacters(in: .whitespaces)
    return patterns.contains { lowered.range(of: $0, options: .regularExpression) != nil }
  }

  private struct Piece {
    var text: String
    /// The text with digits folded and the height rounded, to compare pages.
    var key: String
    var wordIndices: [Int]
  }

  private static func marginPieces(_ words: [PDFWord], page: PDFPage) -> [Piece] {
    guard page.height > 0 else { return [] }
    let top = page.height * marginShare
    let bottom = page.height * (1 - marginShare)
    let inMargin = words.indices.filter { words[$0].box.centerY < top || words[$0].box.centerY > bottom }
    // Lines: words whose boxes overlap vertically, left to right.
    var lines: [[Int]] = []
    for index in inMargin.sorted(by: { words[$0].box.centerY < words[$1].box.centerY }) {
      let box = words[index].box
      if let last = lines.last, let first = last.first,
        box.verticalOverlap(words[first].box) > 0.5 * min(box.height, words[first].box.height)
      {
        lines[lines.count - 1].append(index)
      } else {
        lines.append([index])
      }
    }
    var pieces: [Piece] = []
    for line in lines {
      let sorted = line.sorted { words[$0].box.x0 < words[$1].box.x0 }
      var current: [Int] = []
      func close() {
        guard let first = current.first else { return }
        let text = current.map { words[$0].text }.joined(separator: " ")
        let folded = text.lowercased().replacingOccurrences(of: #"\d+"#, with: "#", options: .regularExpression)
        let height = (words[first].box.centerY / 4).rounded()
        pieces.append(Piece(text: text, key: "\(height)|\(folded)", wordIndices: current))
        current = []
      }
      for index in sorted {
        if let last = current.last {
          let gap = words[index].box.x0 - words[last].box.x1
          if gap > 3 * max(words[index].box.height, 1) { close() }
        }
        current.append(index)
      }
      close()
    }
    return pieces
  }
}
