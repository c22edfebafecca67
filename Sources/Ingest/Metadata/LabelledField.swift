import Foundation

/// Finds "Label: value" lines, or a label line followed by its value line, near the top of a
/// posting ("Location: Seattle, WA", "locations / Denver, CO").
enum LabelledField {
  /// How many opening blocks are searched.
  static let searchDepth = 25

  /// The value given for any of `labels` (lowercase), or nil.
  static func value(for labels: Set<String>, in blocks: [ContentBlock]) -> String? {
    let top = Array(blocks.prefix(searchDepth))
    // A label is short, so a block longer than that with no colon near its start is neither "label: value"
    // nor a label line (a lowercase letter can take fewer bytes than its capital, hence the margin); most
    // blocks are paragraphs, which are then passed over without lowercasing them.
    let reach = 4 * (labels.map(\.utf8.count).max() ?? 0) + 8
    for (index, block) in top.enumerated() {
      let text = block.text
      if text.utf8.count > reach, !text.utf8.prefix(reach).contains(UInt8(ascii: ":")) { continue }
      if let colon = Self.firstColon(in: text) {
        let label = TextNormalizer.trimmingSpaces(text[..<colon]).lowercased()
        let value = TextNormalizer.trimmingSpaces(text[text.index(after: colon)...])
        if labels.contains(label), !value.isEmpty, value.count <= 80 { return value }
      } else if labels.contains(text.lowercased()), index + 1 < top.count {
        let value = top[index + 1].text
        if value.count <= 80, !value.contains(":") { return value }
      }
    }
    return nil
  }

  /// The first ":" that is a character of its own, as `firstIndex(of: ":")` finds it, found among the
  /// bytes first: walking characters costs more than the rest of this search.
  private static func firstColon(in text: String) -> String.Index? {
    var searchFrom = text.utf8.startIndex
    while let colon = text.utf8[searchFrom...].firstIndex(of: UInt8(ascii: ":")) {
      // A ":" with a combining mark after it is part of a larger character.
      if colon.samePosition(in: text) != nil, text.index(after: colon) == text.utf8.index(after: colon) {
        return colon
      }
      searchFrom = text.utf8.index(after: colon)
    }
    return nil
  }

  static let locationLabels: Set<String> = ["location", "locations", "job location", "work location", "based in"]
}
