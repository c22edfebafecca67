import CLibXML2
import Foundation

/// Finds a page's main content and turns it into lines of text.
///
/// Three passes over the libxml2 tree: the first records every element with its own text, link text
/// and commas and flags what is never content (scripts, styles, controls) and what is usually furniture
/// (navigation, forms, hidden and furniture-classed elements); a flat pass over that record then drops
/// the furniture, except where it holds most of the page, and totals what is left. The second scores
/// containers from the paragraphs they hold, in the manner of Readability, and picks the best one with
/// its related siblings, widening the choice when it holds too little of the page. The third writes the
/// chosen subtrees out as blocks, leaving out link lists.
final class ContentExtractor {
  /// What the first pass learns about one element.
  private struct Element {
    var node: xmlNodePtr
    var parent: Int32
    var tag: Tag
    /// Text directly below this element (not in child elements), whitespace runs counted once.
    var ownText: Int32 = 0
    var ownLink: Int32 = 0
    var ownCommas: Int32 = 0
    /// Subtree text including furniture, known once the walk has left the element.
    var rawText: Int32 = 0
    var rawLink: Int32 = 0
    /// Subtree text without junk, known after `settleJunk()`.
    var textBytes: Int32 = 0
    var linkBytes: Int32 = 0
    var commas: Int32 = 0
    var hasBlockChild = false
    /// Never content: its subtree was not walked.
    var neverContent = false
    /// Usually furniture; dropped unless it holds most of the page.
    var furniture = false
    /// Furniture by class or id words alone, which a page-builder's wrapper names can fool.
    var furnitureByName = false
    /// Named as a comment section: content, but not the page's main content.
    var comments = false
    /// Hidden by attribute, style or class: kept only when it is nearly the whole page.
    var hidden = false
    var junk = false
    var classWeight: Double = 0
    var score: Double = 0
    var scored = false
  }

  /// The attributes that ``classify(_:tag:insideContent:insideSection:element:names:)`` reads, found in
  /// one walk over an element's attributes (the first of a repeated name, as ``NodeAccess`` finds it).
  private struct ClassifiedAttributes {
    var role: xmlAttrPtr?
    var hidden: xmlAttrPtr?
    var ariaHidden: xmlAttrPtr?
    var style: xmlAttrPtr?
    var `class`: xmlAttrPtr?
    var id: xmlAttrPtr?
    var testID: xmlAttrPtr?
    var automationID: xmlAttrPtr?
    var qa: xmlAttrPtr?

    init(_ node: xmlNodePtr) {
      var attribute = node.pointee.properties
      while let current = attribute {
        attribute = current.pointee.next
        guard let name = current.pointee.name else { continue }
        func take(_ slot: inout xmlAttrPtr?, _ expected: StaticString) -> Bool {
          guard NodeAccess.equals(name, expected) else { return false }
          if slot == nil { slot = current }
          return true
        }
        _ =
          take(&self.class, "class") || take(&id, "id") || take(&role, "role") || take(&style, "style")
          || take(&hidden, "hidden") || take(&ariaHidden, "aria-hidden") || take(&testID, "data-testid")
          || take(&automationID, "data-automation-id") || take(&qa, "data-qa")
      }
    }
  }

  private let tree: HTMLTree
  private var elements: [Element] = []
  private var body: Int = -1
  /// Reused for each element's lowercased class and id, and other attribute names.
  private var classAndID: [UInt8] = []

  /// Metadata noticed during the walk.
  private(set) var firstHeading: String?
  private(set) var jsonLDScripts: [String] = []
  private(set) var locationHint: String?
  /// JSON kept in hidden `<code>` elements, where single-page apps park the data they render.
  private(set) var dataIslands: [String] = []
  /// Short texts of elements named as the employer, with how plainly the name says so (2: advertiser,
  /// employer, hiring organisation, company name; 1: anything "company"), in the order the walk left them.
  private var companyCandidates: [(text: String, strength: Int)] = []

  /// The employer named by an element of the page: the most plainly named candidate that reads as a name
  /// (never a box of counters such as "271 employees").
  var companyHint: String? {
    var best: (text: String, strength: Int)?
    for candidate in companyCandidates where CompanyName.isPlausible(candidate.text) {
      if candidate.strength > best?.strength ?? 0 { best = candidate }
    }
    return best?.text
  }

  /// At most this many hidden `<code>` JSON texts are kept, each at most ``maxDataIslandBytes``.
  private static let maxDataIslands = 32
  private static let maxDataIslandBytes = 4 * 1_048_576
  private static let maxCompanyCandidates = 12

  /// Share of the page's text above which a furniture-looking element is kept as content.
  private static let dominantShare = 0.4
  /// Share of the page's text above which a hidden element is kept as content.
  private static let hiddenShare = 0.7
  /// Share of the page's non-link text the chosen content must hold before it is trusted.
  private static let minimumShare = 0.3

  /// Share of the chosen content that must survive link-list filtering.
  private static let linkListFallback = 0.3
  /// Share of the page's text that must survive furniture removal before class words are trusted.
  private static let furnitureFallback = 0.25

  /// Text a link wrapping block elements must hold to count as a card rather than a link.
  private static let cardLinkText: Int32 = 80

  init(tree: HTMLTree) {
    self.tree = tree
  }

  /// The main content's blocks, in page order.
  ///
  /// When the rules leave nothing (furniture rules that misjudged the page, such as an article inside a
  /// form beside a larger menu), the choice is made again with furniture kept, and then the whole body's
  /// visible text is taken; an empty result means the page shows no text at all.
  func extract() -> [ContentBlock] {
    guard let root = tree.root else { return [] }
    measure(root)
    guard body >= 0 else { return [] }
    settleJunk()
    let blocks = writeChosenContent()
    guard blocks.isEmpty else { return blocks }
    settleJunk(keepingFurniture: true)
    let relaxed = writeChosenContent()
    guard relaxed.isEmpty else { return relaxed }
    var writer = BlockWriter()
    write(elements[body].node, into: &writer, isRoot: true, filterLinkLists: false)
    return writer.finish()
  }

  /// Chooses the content roots from the current junk flags and writes them out.
  private func writeChosenContent() -> [ContentBlock] {
    let roots = chooseContentRoots()
    var writer = BlockWriter()
    for index in roots {
      write(elements[index].node, into: &writer, isRoot: true)
    }
    let blocks = writer.finish()
    // On listing pages the content itself is a list of links; when dropping link lists would leave
    // little of the chosen content, keep them.
    let chosenText = roots.reduce(0) { $0 + Int(elements[$1].textBytes) }
    let writtenText = blocks.reduce(0) { $0 + $1.text.utf8.count }
    if Double(writtenText) < Double(chosenText) * Self.linkListFallback {
      var unfiltered = BlockWriter()
      for index in roots {
        write(elements[index].node, into: &unfiltered, isRoot: true, filterLinkLists: false)
      }
      return unfiltered.finish()
    }
    return blocks
  }

  /// Every block of the page body with only never-content elements dropped; for HTML fragments such as
  /// a JSON-LD description.
  func extractAll() -> [ContentBlock] {
    guard let root = tree.root else { return [] }
    measure(root)
    settleJunk()
    var writer = BlockWriter()
    write(root, into: &writer, isRoot: true, filterLinkLists: false)
    return writer.finish()
  }

  // MARK: Pass 1: measure

  private func index(of node: xmlNodePtr) -> Int? {
    let raw = Int(bitPattern: node.pointee._private)
    return raw > 0 ? raw - 1 : nil
  }

  private func measure(_ root: xmlNodePtr) {
    // The walk works on locals, stored once at the end: a property of the class read or written for
    // every node costs a runtime exclusivity check each time.
    var elements = self.elements
    elements.reserveCapacity(1024)
    var body = self.body
    var names = classAndID
    var linkDepth = 0
    var contentContainerDepth = 0
    var sectionDepth = 0
    var furnitureDepth = 0
    TreeWalker.walk(
      root,
      enter: { node in
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
          let tag = Tag(name: node.pointee.name)
          let parentIndex = node.pointee.parent.flatMap { self.index(of: $0) }
          var element = Element(node: node, parent: Int32(parentIndex ?? -1), tag: tag)
          self.classify(
            node, tag: tag, insideContent: contentContainerDepth > 0, insideSection: sectionDepth > 0,
            element: &element, names: &names)
          let position = elements.count
          elements.append(element)
          node.pointee._private = UnsafeMutableRawPointer(bitPattern: position + 1)
          if tag == .body && body < 0 { body = position }
          if element.neverContent { return false }
          if element.furniture && tag != .form { furnitureDepth += 1 }
          if tag == .a { linkDepth += 1 }
          if tag == .article || tag == .main { contentContainerDepth += 1 }
          if tag == .section { sectionDepth += 1 }
          if tag == .h1 && self.firstHeading == nil && furnitureDepth == 0 {
            let text = TextNormalizer.collapse(NodeAccess.text(of: node))
            if !text.isEmpty && text.count <= 200 { self.firstHeading = text }
          }
          return true
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          guard let content = node.pointee.content, let parent = node.pointee.parent,
            let parentIndex = self.index(of: parent)
          else { return false }
          let (bytes, commas) = TextNormalizer.measure(content)
          elements[parentIndex].ownText += bytes
          elements[parentIndex].ownCommas += commas
          if linkDepth > 0 { elements[parentIndex].ownLink += bytes }
          return false
        default:
          return false
        }
      },
      exit: { node in
        guard node.pointee.type == XML_ELEMENT_NODE, let position = self.index(of: node) else { return }
        let element = elements[position]
        if element.tag == .a { linkDepth -= 1 }
        if element.tag == .article || element.tag == .main { contentContainerDepth -= 1 }
        if element.tag == .section { sectionDepth -= 1 }
        if element.furniture && element.tag != .form { furnitureDepth -= 1 }
        let rawText = element.rawText + element.ownText
        let rawLink = element.rawLink + element.ownLink
        elements[position].rawText = rawText
        elements[position].rawLink = rawLink
        if furnitureDepth == 0 { self.noteHints(for: element, textBytes: rawText, names: &names) }
        if element.parent >= 0 {
          let parent = Int(element.parent)
          elements[parent].rawText += rawText
          elements[parent].rawLink += rawLink
        }
      })
    self.elements = elements
    self.body = body
    classAndID = names
  }

  /// Flags an element that is never content, or usually furniture; records JSON-LD on the way.
  ///
  /// - Parameter names: a buffer to reuse for the element's lowercased class, id and test-hook names.
  private func classify(
    _ node: xmlNodePtr, tag: Tag, insideContent: Bool, insideSection: Bool, element: inout Element,
    names classAndID: inout [UInt8]
  ) {
    if tag == .script {
      noteJSONLD(node)
      element.neverContent = true
      return
    }
    if tag == .head {
      // JSON-LD usually sits in the head, which is otherwise skipped.
      TreeWalker.walk(
        node,
        enter: { child in
          guard child.pointee.type == XML_ELEMENT_NODE else { return false }
          if Tag(name: child.pointee.name) == .script {
            self.noteJSONLD(child)
            return false
          }
          return true
        }, exit: { _ in })
      element.neverContent = true
      return
    }
    if tag.isNeverContent {
      element.neverContent = true
      return
    }
    if tag == .code && isDataIsland(node) {
      element.neverContent = true
      return
    }
    if tag == .html || tag == .body { return }
    if tag.isUsuallyFurniture || tag == .form {
      element.furniture = true
    }
    // A header or footer is the page's own, furniture, unless it heads a piece of content: inside an
    // article or main; and a header inside a section is that section's (a resume theme's role header
    // holds the title, employer and dates).
    if tag == .header && !insideContent && !insideSection || tag == .footer && !insideContent {
      element.furniture = true
    }
    // Everything below reads attributes; most elements have none.
    guard node.pointee.properties != nil else { return }
    let attributes = ClassifiedAttributes(node)
    // Hidden elements are usually menus and dialogs, but streamed pages park their whole body in one,
    // and tab panels hide alternatives that are content (code samples in other languages).
    let role = attributes.role.map(NodeAccess.value(of:))?.lowercased()
    if role != "tabpanel" {
      if attributes.hidden != nil { element.hidden = true }
      if let ariaHidden = attributes.ariaHidden.map(NodeAccess.value(of:)), ariaHidden == "true" {
        element.hidden = true
      }
      if let style = attributes.style.map(NodeAccess.value(of:)) {
        let compact = style.lowercased().filter { $0 != " " }
        if compact.contains("display:none") || compact.contains("visibility:hidden") { element.hidden = true }
      }
    }
    if let role, BoilerplatePatterns.furnitureRoles.contains(role) {
      element.furniture = true
    }
    defer { if element.hidden { element.furniture = true } }
    classAndID.removeAll(keepingCapacity: true)
    func append(_ attribute: xmlAttrPtr?, spaced: Bool = true) {
      if spaced { classAndID.append(0x20) }
      if let attribute { NodeAccess.appendLowercasedValue(of: attribute, to: &classAndID) }
    }
    append(attributes.class, spaced: false)
    append(attributes.id)
    // Test hooks name what an element is as plainly as classes do.
    append(attributes.testID)
    append(attributes.automationID)
    append(attributes.qa)
    guard classAndID.count > 4 else { return }
    let verdict = BoilerplatePatterns.verdict(classAndID)
    if role != "tabpanel" && verdict.hidden { element.hidden = true }
    element.classWeight = verdict.classWeight
    element.comments = verdict.comments
    if !element.furniture && tag != .a && tag != .main && tag != .article && verdict.furniture {
      element.furniture = true
      element.furnitureByName = true
    }
  }

  private func noteJSONLD(_ script: xmlNodePtr) {
    if let type = NodeAccess.attribute("type", of: script), type.lowercased().contains("ld+json") {
      jsonLDScripts.append(NodeAccess.text(of: script))
    }
  }

  /// A hidden `<code>` element holding JSON (entity-escaped in the page, decoded by the parser): data for
  /// a script, not text for a reader. Its JSON is kept, within bounds, for ``EmbeddedPostingReader``.
  private func isDataIsland(_ node: xmlNodePtr) -> Bool {
    let hidden =
      NodeAccess.attribute("hidden", of: node) != nil
      || NodeAccess.attribute("style", of: node).map { $0.lowercased().filter { $0 != " " }.contains("display:none") }
        == true
    guard hidden else { return false }
    let text = NodeAccess.text(of: node)
    guard let first = text.utf8.first(where: { !TextNormalizer.isSpace($0) }), first == 0x7B || first == 0x5B else {
      return false
    }
    if dataIslands.count < Self.maxDataIslands && text.utf8.count <= Self.maxDataIslandBytes {
      dataIslands.append(text)
    }
    return true
  }

  private func noteHints(for element: Element, textBytes: Int32, names hintNames: inout [UInt8]) {
    guard textBytes > 0, textBytes < 120, locationHint == nil || companyCandidates.count < Self.maxCompanyCandidates
    else { return }
    // Names are gathered as lowercased bytes into a reused buffer: this runs for most elements of a page.
    hintNames.removeAll(keepingCapacity: true)
    for attribute: StaticString in ["class", "id", "itemprop", "data-automation", "data-testid", "data-qa"] {
      if NodeAccess.appendLowercasedAttribute(attribute, of: element.node, to: &hintNames) { hintNames.append(0x20) }
    }
    guard hintNames.count > 2 else { return }
    // The element that holds all of a location, not one of the items inside it.
    if locationHint == nil, ASCIIBytes.contains(hintNames, Self.locationWord),
      !Self.hasLocationNamedParent(element.node)
    {
      let text = Self.withoutEnclosingParentheses(NodeAccess.separatedText(of: element.node))
      if !text.isEmpty { locationHint = text }
    }
    guard companyCandidates.count < Self.maxCompanyCandidates else { return }
    let strength: Int
    if Self.employerWords.contains(where: { ASCIIBytes.contains(hintNames, $0) }) {
      strength = 2
    } else if ASCIIBytes.contains(hintNames, Self.companyWord) {
      strength = 1
    } else {
      return
    }
    let text = NodeAccess.separatedText(of: element.node)
    if !text.isEmpty { companyCandidates.append((text, strength)) }
  }

  private static let locationWord = Array("location".utf8)
  private static let companyWord = Array("company".utf8)
  /// Names that plainly say "the employer's name".
  private static let employerWords: [[UInt8]] = [
    "advertiser", "employer", "hiringorganization", "company-name", "company_name", "companyname", "company__name",
  ].map { Array($0.utf8) }

  private static func hasLocationNamedParent(_ node: xmlNodePtr) -> Bool {
    guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return false }
    var names: [UInt8] = []
    NodeAccess.appendLowercasedAttribute("class", of: parent, to: &names)
    names.append(0x20)
    NodeAccess.appendLowercasedAttribute("id", of: parent, to: &names)
    return ASCIIBytes.contains(names, Array("location".utf8))
  }

  /// "(Germany; United Kingdom)" without the parentheses that wrap all of it.
  private static func withoutEnclosingParentheses(_ text: String) -> String {
    guard text.hasPrefix("("), text.hasSuffix(")"), text.count > 2 else { return text }
    let inner = text.dropFirst().dropLast()
    guard !inner.contains("("), !inner.contains(")") else { return text }
    return inner.trimmingCharacters(in: .whitespaces)
  }

  /// Decides which furniture is really dropped and totals the text that is left.
  ///
  /// Furniture is kept when it holds most of the page: a layout wrapper named after its sidebars, a
  /// form around the whole body, or the hidden element a streamed page renders into.
  ///
  /// - Parameter keepingFurniture: keep every visible element, furniture included (the fallback when
  ///   the rules left no content); scores and totals from an earlier call are reset first.
  private func settleJunk(keepingFurniture: Bool = false) {
    // Worked on as a local array, stored back at the end: a class property read or written per element
    // costs a runtime exclusivity check each time.
    var elements = self.elements
    self.elements = []
    defer { self.elements = elements }
    if keepingFurniture {
      for position in elements.indices {
        elements[position].textBytes = 0
        elements[position].linkBytes = 0
        elements[position].commas = 0
        elements[position].hasBlockChild = false
        elements[position].score = 0
        elements[position].scored = false
      }
    }
    let pageText = Double(max(1, elements[body >= 0 ? body : 0].rawText))
    if keepingFurniture {
      Self.markJunk(&elements, pageText: pageText, trustNames: false, keepFurniture: true)
    } else if Double(Self.markJunk(&elements, pageText: pageText, trustNames: true)) < pageText * Self.furnitureFallback
    {
      // Class words removed most of the page: they named the layout, not furniture.
      Self.markJunk(&elements, pageText: pageText, trustNames: false)
    }
    // Preorder puts every descendant after its ancestor, so one backward sweep totals the subtrees.
    for position in elements.indices.reversed() where !elements[position].junk {
      let element = elements[position]
      let text = element.textBytes + element.ownText
      var link = element.linkBytes + element.ownLink
      if element.tag == .a && element.hasBlockChild && text >= Self.cardLinkText {
        // A link around a whole card (heading, paragraph) is content that happens to be clickable.
        link = 0
      }
      let commas = element.commas + element.ownCommas
      elements[position].textBytes = text
      elements[position].linkBytes = link
      elements[position].commas = commas
      if element.parent >= 0 {
        let parent = Int(element.parent)
        elements[parent].textBytes += text
        elements[parent].linkBytes += link
        elements[parent].commas += commas
        if element.tag.isBlock { elements[parent].hasBlockChild = true }
      }
    }
  }

  /// Flags junk top-down and returns the text left.
  @discardableResult
  private static func markJunk(
    _ elements: inout [Element], pageText: Double, trustNames: Bool, keepFurniture: Bool = false
  ) -> Int {
    var keptText = 0
    for position in elements.indices {
      let element = elements[position]
      var junk = element.neverContent
      if !junk, element.parent >= 0, elements[Int(element.parent)].junk { junk = true }
      if !junk && element.furniture && (trustNames || !element.furnitureByName) && (!keepFurniture || element.hidden) {
        let share =
          element.hidden ? Self.hiddenShare : element.tag == .form ? max(0.5, Self.dominantShare) : Self.dominantShare
        let dominant = Double(element.rawText) >= pageText * share && element.rawLink * 2 < element.rawText
        junk = !dominant
      }
      elements[position].junk = junk
      if !junk { keptText += Int(element.ownText) }
    }
    return keptText
  }

  // MARK: Pass 2: score and choose

  private func linkDensity(_ element: Element) -> Double {
    element.textBytes > 0 ? Double(element.linkBytes) / Double(element.textBytes) : 0
  }

  private func baseScore(_ element: Element) -> Double {
    var score = element.classWeight
    switch element.tag {
    case .div, .article, .main: score += 5
    case .pre, .td, .blockquote: score += 3
    case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score -= 3
    case .h1, .h2, .h3, .h4, .h5, .h6, .th: score -= 5
    default: break
    }
    return score
  }

  private func isParagraphLike(_ element: Element) -> Bool {
    switch element.tag {
    case .p, .pre, .td, .blockquote: return true
    case .div, .section, .li, .dd, .span, .article, .center: return !element.hasBlockChild
    default: return false
    }
  }

  /// Adds the score of every paragraph-like element to its ancestors, up to five levels up (less the
  /// farther), in the manner of Readability. Works on a local array, stored back at the end: a class
  /// property read or written per element costs a runtime exclusivity check each time.
  private func scoreAncestors() {
    var elements = self.elements
    self.elements = []
    defer { self.elements = elements }
    for position in elements.indices where !elements[position].junk {
      let element = elements[position]
      guard isParagraphLike(element), element.textBytes >= 25 else { continue }
      let contentScore = 1 + Double(element.commas) + min(Double(element.textBytes) / 100, 3)
      var ancestor = Int(element.parent)
      var level = 0
      while ancestor >= 0 && level < 5 {
        if !elements[ancestor].scored {
          elements[ancestor].score = baseScore(elements[ancestor])
          elements[ancestor].scored = true
        }
        let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level) * 3)
        elements[ancestor].score += contentScore / divider
        ancestor = Int(elements[ancestor].parent)
        level += 1
      }
    }
  }

  private func chooseContentRoots() -> [Int] {
    scoreAncestors()
    var finalScores = [Double](repeating: 0, count: elements.count)
    var top = -1
    for position in elements.indices where elements[position].scored {
      let element = elements[position]
      finalScores[position] = element.score * (1 - linkDensity(element))
      if top < 0 || finalScores[position] > finalScores[top] { top = position }
    }
    guard top >= 0, top != body else { return [body] }

    // Move up when several near-best candidates share an ancestor with the best one.
    let alternatives = elements.indices.filter {
      $0 != top && elements[$0].scored && finalScores[$0] >= finalScores[top] * 0.75
    }
    if alternatives.count >= 3 {
      var ancestor = Int(elements[top].parent)
      while ancestor >= 0 && ancestor != body {
        let holding = alternatives.filter { isAncestor(ancestor, of: $0) }.count
        if holding >= 3 {
          top = ancestor
          break
        }
        ancestor = Int(elements[ancestor].parent)
      }
    }
    // Climb while the parent scores higher than the candidate.
    var lastScore = finalScores[top]
    var parent = Int(elements[top].parent)
    while parent >= 0 && parent != body {
      if !elements[parent].scored {
        parent = Int(elements[parent].parent)
        continue
      }
      if finalScores[parent] < lastScore / 3 { break }
      if finalScores[parent] > lastScore {
        top = parent
        break
      }
      lastScore = finalScores[parent]
      parent = Int(elements[parent].parent)
    }
    // A candidate that is its parent's only child stands for the parent.
    while elements[top].parent >= 0 && Int(elements[top].parent) != body
      && elementChildCount(Int(elements[top].parent)) == 1
    {
      top = Int(elements[top].parent)
    }
    var roots = withSiblings(of: top, finalScores: finalScores)
    // Safety net: content that holds little of the page's own (non-link) text is probably one item of
    // a list, a teaser or a caption; widen to the nearest ancestor that holds enough.
    let pageOwnText = Double(elements[body].textBytes - elements[body].linkBytes - commentText())
    let chosenOwnText = Double(roots.reduce(0) { $0 + elements[$1].textBytes - elements[$1].linkBytes })
    if chosenOwnText < pageOwnText * Self.minimumShare {
      var ancestor = Int(elements[top].parent)
      while ancestor >= 0 && ancestor != body {
        let own = Double(elements[ancestor].textBytes - elements[ancestor].linkBytes)
        if own >= pageOwnText * Self.minimumShare { break }
        ancestor = Int(elements[ancestor].parent)
      }
      roots = [ancestor >= 0 ? ancestor : body]
    }
    return roots
  }

  /// Non-link text of the page's comment sections, which the share of the main content leaves out.
  private func commentText() -> Int32 {
    var total: Int32 = 0
    var underComments = [Bool](repeating: false, count: elements.count)
    for position in elements.indices where !elements[position].junk {
      let element = elements[position]
      let parent = Int(element.parent)
      if parent >= 0 && (underComments[parent] || elements[parent].comments) {
        underComments[position] = true
      } else if element.comments {
        total += element.textBytes - element.linkBytes
      }
    }
    return total
  }

  private func isAncestor(_ ancestor: Int, of position: Int) -> Bool {
    var current = Int(elements[position].parent)
    while current >= 0 {
      if current == ancestor { return true }
      current = Int(elements[current].parent)
    }
    return false
  }

  private func elementChildCount(_ position: Int) -> Int {
    var count = 0
    var child = elements[position].node.pointee.children
    while let node = child {
      if node.pointee.type == XML_ELEMENT_NODE, let childIndex = index(of: node), !elements[childIndex].junk {
        count += 1
      }
      child = node.pointee.next
    }
    return count
  }

  private func withSiblings(of top: Int, finalScores: [Double]) -> [Int] {
    let parent = Int(elements[top].parent)
    guard parent >= 0 else { return [top] }
    let threshold = max(10, finalScores[top] * 0.2)
    var chosen: [Int] = []
    var child = elements[parent].node.pointee.children
    while let node = child {
      defer { child = node.pointee.next }
      guard node.pointee.type == XML_ELEMENT_NODE, let sibling = index(of: node), !elements[sibling].junk else {
        continue
      }
      if sibling == top {
        chosen.append(sibling)
        continue
      }
      let element = elements[sibling]
      var bonus = 0.0
      if elements[top].classWeight > 0 && element.classWeight == elements[top].classWeight {
        bonus = finalScores[top] * 0.2
      }
      if element.scored && finalScores[sibling] + bonus >= threshold {
        chosen.append(sibling)
      } else if element.tag == .p || (element.tag == .div && !element.hasBlockChild) || element.tag.isHeading {
        let density = linkDensity(element)
        if element.tag.isHeading && element.textBytes > 0 && density < 0.5 && sibling < top {
          chosen.append(sibling)
        } else if element.textBytes > 80 && density < 0.25 {
          chosen.append(sibling)
        } else if element.textBytes > 0 && density == 0
          && NodeAccess.text(of: element.node).contains(". ")
        {
          chosen.append(sibling)
        }
      } else if element.tag == .ul || element.tag == .ol, element.textBytes > 80, linkDensity(element) < 0.25 {
        chosen.append(sibling)
      }
    }
    return chosen
  }

  // MARK: Pass 3: write blocks

  private func write(_ root: xmlNodePtr, into writer: inout BlockWriter, isRoot: Bool, filterLinkLists: Bool = true) {
    TreeWalker.walk(
      root,
      enter: { node in
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
          guard let position = self.index(of: node) else { return false }
          let element = self.elements[position]
          if element.junk { return false }
          if filterLinkLists && node != root && self.isLinkList(element) { return false }
          writer.open(element.tag)
          return true
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          if let content = node.pointee.content { writer.appendText(content) }
          return false
        default:
          return false
        }
      },
      exit: { node in
        guard let position = self.index(of: node) else { return }
        writer.close(self.elements[position].tag)
      })
  }

  /// A list, table or box whose text is mostly links: navigation inside the content area.
  private func isLinkList(_ element: Element) -> Bool {
    switch element.tag {
    case .ul, .ol, .dl, .table, .div, .section, .center:
      guard element.textBytes > 0 else { return false }
      return linkDensity(element) > 0.65
    default:
      return false
    }
  }
}
