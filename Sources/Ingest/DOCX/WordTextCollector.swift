import CLibXML2

/// Gathers the text of one Word paragraph run by run, exactly as the runs hold it (Word splits words
/// across runs wherever formatting, spelling marks or revisions change, so nothing is added between runs),
/// and notes how much of it is bold or in capitals.
struct WordTextCollector {
  private var finishedLines: [[UInt8]] = []
  private var line: [UInt8] = []
  private var textBytes = 0
  private var boldBytes = 0
  private var capsBytes = 0

  /// Appends the text of a `w:t` element set in the given formatting.
  mutating func appendText(of node: xmlNodePtr, bold: Bool, caps: Bool) {
    let start = line.count
    WordML.appendText(of: node, to: &line)
    count(line[start...], bold: bold, caps: caps)
  }

  /// Appends literal text, such as the hyphen a `w:noBreakHyphen` stands for.
  mutating func append(_ text: String, bold: Bool, caps: Bool) {
    line.append(contentsOf: text.utf8)
    count(Array(text.utf8)[...], bold: bold, caps: caps)
  }

  /// Ends the current line (`w:br`, `w:cr`).
  mutating func breakLine() {
    finishedLines.append(line)
    line = []
  }

  /// The paragraph's lines with whitespace collapsed, empty lines left out.
  var lines: [String] {
    (finishedLines + [line]).compactMap { bytes in
      let collapsed = TextNormalizer.collapse(bytes: bytes)
      return collapsed.isEmpty ? nil : String(decoding: collapsed, as: UTF8.self)
    }
  }

  /// Whether (nearly) all the text is bold; a stray plain colon or space may be left over.
  var isBold: Bool { textBytes > 0 && boldBytes + 2 >= textBytes }

  /// Whether all the text is set in capitals by formatting (`w:caps`).
  var isCaps: Bool { textBytes > 0 && capsBytes == textBytes }

  private mutating func count(_ bytes: ArraySlice<UInt8>, bold: Bool, caps: Bool) {
    let visible = bytes.reduce(0) { $0 + (TextNormalizer.isSpace($1) ? 0 : 1) }
    textBytes += visible
    if bold { boldBytes += visible }
    if caps { capsBytes += visible }
  }
}
