import CLibXML2

/// What the styles of a Word file (`word/styles.xml`) say about paragraphs: which style ids are the
/// title, headings or list items, and which make text bold or capitals.
///
/// Styles are recognised by their name ("heading 1", "Title", "List Bullet"), which Word keeps in English
/// whatever the user's language, then by their id, then by an outline level or numbering in their
/// properties, then through the style they are based on.
struct WordStyles {
  /// The part a paragraph plays in the document's structure.
  enum Role: Equatable {
    case title
    case heading(level: Int)
    case listItem
    /// A table-of-contents entry, which repeats the headings and is skipped.
    case tableOfContents
    case body
  }

  /// A paragraph style with its base styles folded in.
  struct ParagraphStyle: Equatable {
    var role: Role
    var bold: Bool
    var caps: Bool
  }

  /// A character style's bold and capitals settings; nil where it sets neither way.
  struct CharacterStyle: Equatable {
    var bold: Bool?
    var caps: Bool?
  }

  private struct Definition {
    var name: String?
    var basedOn: String?
    var outlineLevel: Int?
    /// true for numbering, false for numbering turned off (`w:numId` 0), nil when the style says nothing.
    var numbering: Bool?
    var bold: Bool?
    var caps: Bool?
  }

  private var paragraphs: [String: Definition] = [:]
  private var characters: [String: Definition] = [:]
  private var defaultParagraph: String?
  private var resolved: [String: ParagraphStyle] = [:]

  /// Styles for a file without `word/styles.xml`: style ids alone are read.
  init() {}

  /// Reads the `w:style` elements of a parsed `word/styles.xml`.
  init(part: WordXMLPart) {
    guard let root = part.root, WordML.name(of: root) == "styles" else { return }
    for node in WordML.elements(of: root) where WordML.name(of: node) == "style" {
      guard let id = NodeAccess.attribute("styleId", of: node) else { continue }
      var definition = Definition()
      definition.name = WordML.child("name", of: node).flatMap(WordML.value)
      definition.basedOn = WordML.child("basedOn", of: node).flatMap(WordML.value)
      if let properties = WordML.child("pPr", of: node) {
        definition.outlineLevel = WordML.child("outlineLvl", of: properties).flatMap(WordML.value).flatMap { Int($0) }
        if let numbering = WordML.child("numPr", of: properties) {
          definition.numbering = WordML.child("numId", of: numbering).flatMap(WordML.value) != "0"
        }
      }
      let runProperties = WordML.child("rPr", of: node)
      definition.bold = WordML.toggle("b", in: runProperties)
      definition.caps = WordML.toggle("caps", in: runProperties)
      switch NodeAccess.attribute("type", of: node) ?? "paragraph" {
      case "paragraph":
        if paragraphs[id] == nil { paragraphs[id] = definition }
        if defaultParagraph == nil, let isDefault = NodeAccess.attribute("default", of: node),
          ["1", "true", "on"].contains(isDefault.lowercased())
        {
          defaultParagraph = id
        }
      case "character":
        if characters[id] == nil { characters[id] = definition }
      default:
        continue
      }
    }
    for id in paragraphs.keys { resolved[id] = resolve(id, depth: 0) }
  }

  /// The paragraph style with id `id`, or the default paragraph style when `id` is nil. An id the styles
  /// do not define is read by itself ("Heading2", "Title", "ListParagraph").
  func paragraphStyle(_ id: String?) -> ParagraphStyle {
    guard let id = id ?? defaultParagraph else { return ParagraphStyle(role: .body, bold: false, caps: false) }
    return resolved[id] ?? ParagraphStyle(role: Self.role(named: id) ?? .body, bold: false, caps: false)
  }

  /// The character style with id `id`, following its base styles.
  func characterStyle(_ id: String?) -> CharacterStyle {
    var style = CharacterStyle()
    var current = id
    var seen = 0
    while let key = current, let definition = characters[key], seen < 16 {
      style.bold = style.bold ?? definition.bold
      style.caps = style.caps ?? definition.caps
      current = definition.basedOn
      seen += 1
    }
    return style
  }

  /// Folds the base styles into style `id`; `depth` stops chains that loop or run too long.
  private func resolve(_ id: String, depth: Int) -> ParagraphStyle {
    guard let definition = paragraphs[id] else {
      return ParagraphStyle(role: Self.role(named: id) ?? .body, bold: false, caps: false)
    }
    let base: ParagraphStyle? =
      if let basedOn = definition.basedOn, basedOn != id, depth < 16 {
        resolve(basedOn, depth: depth + 1)
      } else {
        nil
      }
    var role = definition.name.flatMap(Self.role(named:)) ?? Self.role(named: id)
    if role == nil, let level = definition.outlineLevel, (0...8).contains(level) {
      role = .heading(level: min(level + 1, 6))
    }
    if role == nil, definition.numbering == true { role = .listItem }
    if role == nil, let inherited = base?.role {
      role = inherited == .listItem && definition.numbering == false ? .body : inherited
    }
    return ParagraphStyle(
      role: role ?? .body, bold: definition.bold ?? base?.bold ?? false, caps: definition.caps ?? base?.caps ?? false)
  }

  /// The role a built-in style name or id stands for: "Title", "heading 3" / "Heading3", "List Bullet 2",
  /// "toc 1"; nil for any other.
  static func role(named name: String) -> Role? {
    let key = name.lowercased().filter { $0 != " " }
    if key == "title" { return .title }
    if key.hasPrefix("heading"), let level = Int(key.dropFirst("heading".count)), (1...9).contains(level) {
      return .heading(level: min(level, 6))
    }
    if key.hasPrefix("toc"), let level = Int(key.dropFirst("toc".count)), (1...9).contains(level) {
      return .tableOfContents
    }
    if key == "listparagraph" || key.hasPrefix("listbullet") || key.hasPrefix("listnumber") { return .listItem }
    return nil
  }
}
