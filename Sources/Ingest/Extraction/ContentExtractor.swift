import CLibXML2

/// Finds a page's main content and turns it into lines of text.
///
/// Three passes over the libxml2 tree: the first drops what is never content (scripts, navigation,
/// forms, hidden and furniture-classed elements) and measures text, link text and commas per element;
/// the second scores containers from the paragraphs they hold, in the manner of Readability, and picks
/// the best one with its related siblings; the third writes the chosen subtrees out as blocks, leaving
/// out link lists.
final class ContentExtractor {
  /// What the first pass learns about one element.
  private struct Element {
    var node: xmlNodePtr
    var parent: Int32
    var tag: Tag
    var textBytes: Int32 = 0
    var linkBytes: Int32 = 0
    var commas: Int32 = 0
    var hasBlockChild = false
    var junk = false
    var classWeight: Double = 0
    var score: Double = 0
    var scored = false
  }

  private let tree: HTMLTree
  private var elements: [Element] = []
  private var body: Int = -1

  /// Metadata noticed during the walk.
  private(set) var firstHeading: String?
  private(set) var jsonLDScripts: [String] = []
  private(set) var locationHint: String?
  private(set) var companyHint: String?

  init(tree: HTMLTree) {
    self.tree = tree
  }

  /// The main content's blocks, in page order.
  func extract() -> [ContentBlock] {
    guard let root = tree.root else { return [] }
    measure(root)
    guard body >= 0 else { return [] }
    dropSmallForms()
    let roots = chooseContentRoots()
    var writer = BlockWriter()
    for index in roots {
      write(elements[index].node, into: &writer, isRoot: true)
    }
    return writer.finish()
  }

  /// Every block of the page body with only never-content elements dropped; for HTML fragments such as
  /// a JSON-LD description.
  func extractAll() -> [ContentBlock] {
    guard let root = tree.root else { return [] }
    measure(root)
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
    elements.reserveCapacity(1024)
    var linkDepth = 0
    var contentContainerDepth = 0
    TreeWalker.walk(
      root,
      enter: { node in
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
          let tag = Tag(name: node.pointee.name)
          let parentIndex = node.pointee.parent.flatMap { self.index(of: $0) }
          var element = Element(node: node, parent: Int32(parentIndex ?? -1), tag: tag)
          element.junk = self.isJunk(node, tag: tag, insideContent: contentContainerDepth > 0, element: &element)
          let position = self.elements.count
          self.elements.append(element)
          node.pointee._private = UnsafeMutableRawPointer(bitPattern: position + 1)
          if tag == .body && self.body < 0 { self.body = position }
          if element.junk { return false }
          if tag.isBlock, let parentIndex { self.elements[parentIndex].hasBlockChild = true }
          if tag == .a { linkDepth += 1 }
          if tag == .article || tag == .main { contentContainerDepth += 1 }
          if tag == .h1 && self.firstHeading == nil {
            let text = TextNormalizer.collapse(NodeAccess.text(of: node))
            if !text.isEmpty && text.count <= 200 { self.firstHeading = text }
          }
          return true
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          guard let content = node.pointee.content, let parent = node.pointee.parent,
            let parentIndex = self.index(of: parent)
          else { return false }
          let (bytes, commas) = TextNormalizer.measure(content)
          self.elements[parentIndex].textBytes += bytes
          self.elements[parentIndex].commas += commas
          if linkDepth > 0 { self.elements[parentIndex].linkBytes += bytes }
          return false
        default:
          return false
        }
      },
      exit: { node in
        guard node.pointee.type == XML_ELEMENT_NODE, let position = self.index(of: node) else { return }
        let element = self.elements[position]
        if element.tag == .a { linkDepth -= 1 }
        if element.tag == .article || element.tag == .main { contentContainerDepth -= 1 }
        self.noteHints(for: element)
        if element.parent >= 0 {
          let parent = Int(element.parent)
          self.elements[parent].textBytes += element.textBytes
          self.elements[parent].linkBytes += element.linkBytes
          self.elements[parent].commas += element.commas
        }
      })
  }

  /// Decides whether an element is never content; records JSON-LD on the way.
  private func isJunk(_ node: xmlNodePtr, tag: Tag, insideContent: Bool, element: inout Element) -> Bool {
    if tag == .script {
      noteJSONLD(node)
      return true
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
      return true
    }
    if tag.isNeverContent { return true }
    if tag == .html || tag == .body { return false }
    if NodeAccess.attribute("hidden", of: node) != nil { return true }
    if let ariaHidden = NodeAccess.attribute("aria-hidden", of: node), ariaHidden == "true" { return true }
    if let style = NodeAccess.attribute("style", of: node) {
      let compact = style.lowercased().filter { $0 != " " }
      if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
    }
    if let role = NodeAccess.attribute("role", of: node)?.lowercased(),
      BoilerplatePatterns.furnitureRoles.contains(role)
    {
      return true
    }
    if (tag == .header || tag == .footer) && !insideContent { return true }
    let classAndID = ((NodeAccess.attribute("class", of: node) ?? "") + " " + (NodeAccess.attribute("id", of: node) ?? ""))
      .lowercased()
    guard classAndID.count > 1 else { return false }
    element.classWeight = BoilerplatePatterns.classWeight(classAndID)
    if tag != .a && tag != .main && tag != .article && BoilerplatePatterns.isFurniture(classAndID) { return true }
    return false
  }

  private func noteJSONLD(_ script: xmlNodePtr) {
    if let type = NodeAccess.attribute("type", of: script), type.lowercased().contains("ld+json") {
      jsonLDScripts.append(NodeAccess.text(of: script))
    }
  }

  private func noteHints(for element: Element) {
    guard element.textBytes > 0, element.textBytes < 120, locationHint == nil || companyHint == nil else { return }
    let names = ((NodeAccess.attribute("class", of: element.node) ?? "") + " "
      + (NodeAccess.attribute("id", of: element.node) ?? "") + " "
      + (NodeAccess.attribute("itemprop", of: element.node) ?? "")).lowercased()
    guard names.count > 2 else { return }
    if locationHint == nil, names.contains("location") {
      let text = TextNormalizer.collapse(NodeAccess.text(of: element.node))
      if !text.isEmpty { locationHint = text }
    }
    if companyHint == nil, names.contains("company") || names.contains("hiringorganization") || names.contains("employer") {
      let text = TextNormalizer.collapse(NodeAccess.text(of: element.node))
      if !text.isEmpty { companyHint = text }
    }
  }

  /// Forms are dropped unless they wrap most of the page (some sites put the whole body in one form).
  private func dropSmallForms() {
    let bodyText = elements[body].textBytes
    for position in elements.indices where elements[position].tag == .form && !elements[position].junk {
      guard elements[position].textBytes * 2 < bodyText, !isInsideJunk(position) else { continue }
      elements[position].junk = true
      let removed = elements[position]
      var ancestor = Int(removed.parent)
      while ancestor >= 0 {
        elements[ancestor].textBytes -= removed.textBytes
        elements[ancestor].linkBytes -= removed.linkBytes
        elements[ancestor].commas -= removed.commas
        ancestor = Int(elements[ancestor].parent)
      }
    }
  }

  private func isInsideJunk(_ position: Int) -> Bool {
    var ancestor = Int(elements[position].parent)
    while ancestor >= 0 {
      if elements[ancestor].junk { return true }
      ancestor = Int(elements[ancestor].parent)
    }
    return false
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

  private func isLive(_ position: Int) -> Bool {
    !elements[position].junk && !isInsideJunk(position)
  }

  private func chooseContentRoots() -> [Int] {
    for position in elements.indices where !elements[position].junk {
      let element = elements[position]
      guard isParagraphLike(element), element.textBytes >= 25, !isInsideJunk(position) else { continue }
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
    return withSiblings(of: top, finalScores: finalScores)
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
