import Foundation
import TestSupport
import Testing

/// The README quotes `make run`'s ranking: every line it quotes must be a line of the real output, so the
/// figures cannot go stale when the scores change.
@Suite("The README tells the truth")
struct ReadmeTruthTests {
  @Test("every line of the README's `make run` block is a line of the ranking make run prints")
  func makeRunBlock() throws {
    let root = Fixtures.root.path + "/"
    let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
    let lines = readme.components(separatedBy: "\n")
    let intro = try #require(lines.firstIndex { $0.hasPrefix("`make run` ranks the bundled postings") })
    let open = try #require(lines[intro...].firstIndex { $0.hasPrefix("```") })
    let close = try #require(lines[(open + 1)...].firstIndex { $0.hasPrefix("```") })
    let quoted = lines[(open + 1)..<close].filter { !$0.isEmpty && $0 != "…" }
    #expect(quoted.count >= 10)
    // As `make run` runs it, from the checkout: paths relative to it, no terminal, no width.
    var environment = ProcessInfo.processInfo.environment
    environment["COLUMNS"] = nil
    let result = try CommandRunner.run(
      [
        "rank", "--resume", root + "Fixtures/resumes/vp-product-morgan-ellis.md", root + "Fixtures/postings",
      ], environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    let printed = Set(result.stdout.replacingOccurrences(of: root, with: "").components(separatedBy: "\n"))
    for line in quoted {
      let found = printed.contains(line)
      #expect(found, "README line not printed by make run: \(line)")
    }
  }
}
