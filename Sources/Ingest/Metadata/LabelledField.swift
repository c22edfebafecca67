import Foundation

/// Finds "Label: value" lines, or a label line followed by its value line, near the top of a
/// posting ("Location: Seattle, WA", "locations / Denver, CO").
enum LabelledField {
  /// How many opening blocks are searched.
  static let searchDepth = 25

  /// The value given for any of `labels` (lowercase), or nil.
  static func value(for labels: Set<String>, in blocks: [ContentBlock]) -> String? {
    let top = Array(blocks.prefix(searchDepth))
    for (index, block) in top.enumerated() {
      let text = block.text
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
