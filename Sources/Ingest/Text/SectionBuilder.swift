/// Turns a list of blocks into the document's text and its sections.
enum SectionBuilder {
  /// The text: headings and paragraphs separated by blank lines, consecutive list items by single
  /// newlines.
  static func text(of blocks: [ContentBlock]) -> String {
    // Gathered as bytes and made a string once: appending to a String costs more per block.
    var text: [UInt8] = []
    text.reserveCapacity(blocks.reduce(0) { $0 + $1.text.utf8.count + 2 })
    var previous: ContentBlock.Kind?
    for block in blocks {
      if let previous {
        text.append(0x0A)
        if previous != .listItem || block.kind != .listItem { text.append(0x0A) }
      }
      text.append(contentsOf: block.text.utf8)
      previous = block.kind
    }
    return String(decoding: text, as: UTF8.self)
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
