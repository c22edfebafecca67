import Foundation
import FuzzTargets
import TestSupport
import Testing

/// Replays every input the fuzzers in `Fuzz/` ever crashed on (`Fuzz/Regressions/TARGET/`) and their seed
/// and coverage corpus (`Fuzz/Corpus/TARGET/`) through the same entry points: none may crash or hang.
@Suite("Fuzz regressions and corpus replay")
struct FuzzRegressionTests {
  /// The non-hidden files in `Fuzz/FOLDER/TARGET`, sorted.
  static func inputs(_ folder: String, _ target: FuzzTarget) -> [URL] {
    let directory = Fixtures.root.appendingPathComponent("Fuzz/\(folder)/\(target.rawValue)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0) }
  }

  @Test("every crash input found by the fuzzers runs cleanly now", arguments: FuzzTarget.allCases)
  func regressions(target: FuzzTarget) throws {
    for input in Self.inputs("Regressions", target) {
      let start = ContinuousClock.now
      target.run(Array(try Data(contentsOf: input)))
      #expect(ContinuousClock.now - start < TimeLimit.seconds(10), "\(input.lastPathComponent) is slow")
    }
  }

  @Test("the fuzz corpus replays without a crash", arguments: FuzzTarget.allCases)
  func corpus(target: FuzzTarget) throws {
    let inputs = Self.inputs("Corpus", target)
    #expect(!inputs.isEmpty, "no corpus for \(target.rawValue)")
    for input in inputs { target.run(Array(try Data(contentsOf: input))) }
  }
}
