import Foundation
import TestSupport
import Testing

@testable import Analysis

#if canImport(Glibc)
  import Glibc
#endif

/// Lexicon files made to hurt the loader: each gives one clear error quickly. Time limits are generous, for
/// debug builds on a busy machine.
@Suite("Hostile lexicon files give a clear error, fast")
struct HostileLexiconTests {
  private func timed<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
    let start = ContinuousClock.now
    let value = try body()
    return (value, ContinuousClock.now - start)
  }

  private func file(_ name: String, _ text: String) throws -> String {
    let path = try Fixtures.temporaryDirectory().appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test("a 10 MB YAML file is refused by its size before it is parsed")
  func tenMegabytes() throws {
    let line = "  - \"" + String(repeating: "product strategy ", count: 5) + "\"\n"
    let text = "lexicon: big\nphrases:\n" + String(repeating: line, count: 10 * 1_048_576 / line.utf8.count)
    let path = try file("big.yaml", text)
    let (result, duration) = timed { Result { try LexiconLoader.load(path: path) } }
    #expect(throws: LexiconError.tooLarge(path: path, bytes: text.utf8.count, limit: LexiconLoader.maxBytes)) {
      try result.get()
    }
    #expect(duration < TimeLimit.seconds(1))
  }

  @Test("a file just under the size limit is read in seconds")
  func justUnderTheLimit() throws {
    var text = "lexicon: wide\nname: Wide\ndescription: Many competencies.\ncompetencies:\n"
    var index = 0
    while text.utf8.count < LexiconLoader.maxBytes - 4_096 {
      let phrases = (0..<40).map { "term\(index)x\($0)" }.joined(separator: ", ")
      text += "  - id: c\(index)\n    name: C\(index)\n    phrases: [\(phrases)]\n"
      index += 1
    }
    let (result, duration) = timed { Result { try LexiconLoader.parse(yaml: text, path: "wide.yaml") } }
    _ = result
    #expect(duration < TimeLimit.seconds(15))
  }

  /// YAML documents nested far too deeply, by name, with the line the refusal names.
  static let deepDocuments: [String: (yaml: String, line: Int)] = [
    "500,000 [": (String(repeating: "[", count: 500_000) + String(repeating: "]", count: 500_000), 1),
    "300,000 {a:": (String(repeating: "{a: ", count: 300_000) + "1" + String(repeating: "}", count: 300_000), 1),
    "300,000 - on a line": ("lexicon: x\nlist:\n" + String(repeating: "- ", count: 300_000) + "x\n", 3),
    "300 indented keys": (
      "lexicon: x\n" + (0..<300).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined(), 259
    ),
  ]

  @Test(
    "YAML nested hundreds of thousands deep is refused before the parser recurses",
    arguments: deepDocuments.keys.sorted())
  func deepNesting(name: String) throws {
    let (yaml, line) = try #require(Self.deepDocuments[name])
    let (result, duration) = timed { Result { try LexiconLoader.parse(yaml: yaml, path: "deep.yaml") } }
    #expect(
      throws: LexiconError.notYAML(
        path: "deep.yaml", line: line, reason: "nested more than \(YAMLNesting.limit) levels deep (lexicons need five)")
    ) { try result.get() }
    #expect(duration < TimeLimit.seconds(5))
  }

  @Test("brackets and quotes inside strings and comments do not count as nesting")
  func nestingIgnoresStrings() {
    let brackets = String(repeating: "[", count: 100)
    let yaml = "a: '\(brackets)'\nb: \"\(brackets)\"\n# \(brackets)\nc: [x, [y, {z: 1}]]\n"
    #expect(YAMLNesting.tooDeepLine(in: yaml) == nil)
  }

  @Test("a FIFO named as the lexicon is refused, not waited on")
  func fifo() throws {
    let path = try Fixtures.temporaryDirectory().appendingPathComponent("lexicon.yaml").path
    try #require(mkfifo(path, 0o644) == 0)
    let (result, duration) = timed { Result { try LexiconLoader.load(path: path) } }
    #expect(throws: LexiconError.unreadable(path: path, reason: "not a regular file (FIFO, socket or device)")) {
      try result.get()
    }
    #expect(duration < TimeLimit.seconds(1))
  }
}
