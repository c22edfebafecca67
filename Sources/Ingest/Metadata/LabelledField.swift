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
      if let colon = text.firstIndex(of: ":") {
        let label = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if labels.contains(label), !value.isEmpty, value.count <= 80 { return value }
      } else if labels.contains(text.lowercased()), index + 1 < top.count {
        let value = top[index + 1].text
        if value.count <= 80, !value.contains(":") { return value }
      }
    }
    return nil
  }

  static let locationLabels: Set<String> = ["location", "locations", "job location", "work location", "based in"]
}
