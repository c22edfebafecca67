/// Turns a list of blocks into the document's text and its sections.
enum SectionBuilder {
  /// The text: headings and paragraphs separated by blank lines, consecutive list items by single
  /// newlines.
  static func text(of blocks: [ContentBlock]) -> String {
    var text = ""
    var previous: ContentBlock.Kind?
    for block in blocks {
      if let previous {
        text += (previous == .listItem && block.kind == .listItem) ? "\n" : "\n\n"
      }
      text += block.text
      previous = block.kind
    }
    return text
  }

  /// The blocks grouped under their headings, in order. Text before the first heading has a nil
  /// heading; a heading with nothing under it before the next heading still makes a section.
  static func sections(of blocks: [ContentBlock]) -> [Section] {
    var sections: [Section] = []
    var heading: String?
    var body: [ContentBlock] = []
    var started = false
    func close() {
      if started || !body.isEmpty { sections.append(Section(heading: heading, text: text(of: body))) }
    }
    for block in blocks {
      if block.isHeading {
        close()
        heading = block.text
        body = []
        started = true
      } else {
        body.append(block)
      }
    }
    close()
    return sections
  }
}
