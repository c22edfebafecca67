import CLibXML2

/// Walks the `w:body` of a Word document in order and turns it into blocks: paragraphs, headings (by
/// paragraph style or outline level), list items (numbered paragraphs and list styles) and the paragraphs
/// of table cells row by row and of text boxes. Deleted text (`w:del`, `w:moveFrom`), field instructions
/// and tables of contents are left out.
struct WordBodyWalker {
  private let styles: WordStyles
  private var blocks: [ContentBlock] = []
  /// Indexes into `blocks` of plain paragraphs that read like headings (a short line all in bold or
  /// capitals); they become headings only if the document has no heading styles of its own.
  private var headingCandidates: [Int] = []
  private var hasStyledHeadings = false
  private var title: String?
  /// One entry per open field (`w:fldChar`): true while in its instruction part, false in its result.
  private var fields: [Bool] = []
  private var depth = 0

  /// Longest text a bold or capitals line may have to count as a heading.
  private static let candidateHeadingMaxLength = 100
  /// Nesting (tables in tables, text boxes) beyond this is not read.
  private static let maxDepth = 64

  /// Creates a walker that reads paragraph and character styles from `styles`.
  init(styles: WordStyles) {
    self.styles = styles
  }

  /// Reads the block-level content of `node` (the body, a table cell, a text box) in order.
  mutating func walk(_ node: xmlNodePtr) {
    guard depth < Self.maxDepth else { return }
    depth += 1
    defer { depth -= 1 }
    for child in WordML.elements(of: node) {
      if WordML.isCompatibility(child, "AlternateContent") {
        if let chosen = WordML.chosenAlternative(of: child) { walk(chosen) }
        continue
      }
      switch WordML.name(of: child) {
      case "p": paragraph(child)
      // Tables come out row by row, each cell's paragraphs as blocks of their own.
      case "tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag", "txbxContent": walk(child)
      default: continue
      }
    }
  }

  /// The blocks read so far and the text of the first Title-styled paragraph.
  func finish() -> (blocks: [ContentBlock], title: String?) {
    var blocks = blocks
    if !hasStyledHeadings {
      for index in headingCandidates { blocks[index].kind = .heading(level: 2) }
    }
    return (blocks, title)
  }

  private mutating func paragraph(_ node: xmlNodePtr) {
    let properties = WordML.child("pPr", of: node)
    let styleID = properties.flatMap { WordML.child("pStyle", of: $0) }.flatMap(WordML.value)
    let style = styles.paragraphStyle(styleID)
    var role = style.role
    if let properties {
      let outlineLevel = WordML.child("outlineLvl", of: properties).flatMap(WordML.value).flatMap { Int($0) }
      if role != .title, let level = outlineLevel, (0...8).contains(level) {
        role = .heading(level: min(level + 1, 6))
      }
      if let numbering = WordML.child("numPr", of: properties) {
        let turnedOff = WordML.child("numId", of: numbering).flatMap(WordML.value) == "0"
        if turnedOff && role == .listItem { role = .body }
        if !turnedOff && role == .body { role = .listItem }
      }
    }
    var text = WordTextCollector()
    var textBoxes: [xmlNodePtr] = []
    inline(node, style: style, into: &text, textBoxes: &textBoxes)
    // A field's code never spans paragraphs in files Word writes; one left open must not hide the rest.
    for index in fields.indices { fields[index] = false }
    emit(text, role: role)
    for box in textBoxes { walk(box) }
  }

  private mutating func emit(_ text: WordTextCollector, role: WordStyles.Role) {
    let lines = text.lines
    guard !lines.isEmpty else { return }
    switch role {
    case .title:
      let joined = lines.joined(separator: " ")
      if title == nil { title = joined }
      blocks.append(ContentBlock(kind: .heading(level: 1), text: joined))
    case .heading(let level):
      hasStyledHeadings = true
      blocks.append(ContentBlock(kind: .heading(level: level), text: lines.joined(separator: " ")))
    case .listItem:
      blocks.append(ContentBlock(kind: .listItem, text: lines.joined(separator: "\n")))
    case .tableOfContents:
      return
    case .body:
      let joined = lines.joined(separator: "\n")
      if lines.count == 1 && looksLikeHeading(joined, text) { headingCandidates.append(blocks.count) }
      blocks.append(ContentBlock(kind: .paragraph, text: joined))
    }
  }

  /// A short line all in bold that is not a sentence, or one that reads as a heading in plain text
  /// ("EXPERIENCE", "What you'll do:"), counting capitals set by formatting.
  private func looksLikeHeading(_ line: String, _ text: WordTextCollector) -> Bool {
    guard line.count <= Self.candidateHeadingMaxLength, let last = line.last else { return false }
    if text.isBold && last != "." && last != "," && last != ";" { return true }
    return PlainTextReader.isHeading(text.isCaps ? line.uppercased() : line)
  }

  /// Collects the runs of a paragraph, and of the hyperlinks, insertions and content controls inside it.
  private mutating func inline(
    _ node: xmlNodePtr, style: WordStyles.ParagraphStyle, into text: inout WordTextCollector,
    textBoxes: inout [xmlNodePtr]
  ) {
    guard depth < Self.maxDepth else { return }
    depth += 1
    defer { depth -= 1 }
    for child in WordML.elements(of: node) {
      if WordML.isCompatibility(child, "AlternateContent") {
        if let chosen = WordML.chosenAlternative(of: child) {
          inline(chosen, style: style, into: &text, textBoxes: &textBoxes)
        }
        continue
      }
      switch WordML.name(of: child) {
      case "r": run(child, style: style, into: &text, textBoxes: &textBoxes)
      case "hyperlink", "ins", "moveTo", "smartTag", "sdt", "sdtContent", "customXml", "fldSimple", "dir", "bdo":
        inline(child, style: style, into: &text, textBoxes: &textBoxes)
      default: continue
      }
    }
  }

  private mutating func run(
    _ node: xmlNodePtr, style: WordStyles.ParagraphStyle, into text: inout WordTextCollector,
    textBoxes: inout [xmlNodePtr]
  ) {
    let properties = WordML.child("rPr", of: node)
    let character = styles.characterStyle(
      properties.flatMap { WordML.child("rStyle", of: $0) }.flatMap(WordML.value))
    let bold = WordML.toggle("b", in: properties) ?? character.bold ?? style.bold
    let caps = WordML.toggle("caps", in: properties) ?? character.caps ?? style.caps
    for child in WordML.elements(of: node) {
      if WordML.isCompatibility(child, "AlternateContent") {
        textBoxes += WordML.textBoxes(in: child)
        continue
      }
      switch WordML.name(of: child) {
      case "t":
        if !fields.contains(true) { text.appendText(of: child, bold: bold, caps: caps) }
      case "tab", "ptab": text.append(" ", bold: bold, caps: caps)
      case "br", "cr": text.breakLine()
      case "noBreakHyphen": text.append("-", bold: bold, caps: caps)
      case "fldChar": field(NodeAccess.attribute("fldCharType", of: child))
      case "drawing", "pict", "object": textBoxes += WordML.textBoxes(in: child)
      // softHyphen shows nothing; instrText, delText and the rest carry no visible text.
      default: continue
      }
    }
  }

  /// Tracks complex fields: the text between `begin` and `separate` is the field's code, not its result.
  private mutating func field(_ type: String?) {
    switch type {
    case "begin": if fields.count < 64 { fields.append(true) }
    case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
    case "end": if !fields.isEmpty { fields.removeLast() }
    default: break
    }
  }
}
