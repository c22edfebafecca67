import Foundation
import TestSupport
import Testing

/// `jdmatch` reads its lexicon compiled (``Pipeline/LexiconCache``) or, with `JDMATCH_NO_CACHE=1`, parsed
/// from the files: the output is the same bytes either way.
@Suite("jdmatch with and without its compiled lexicon")
struct LexiconCacheCommandTests {
  @Test(
    "score and analyze print the same bytes parsing the lexicon and reading it compiled",
    arguments: [
      ["score", "--resume", Fixtures.resume("vp-product-morgan-ellis.md"), "--format", "json"],
      ["analyze", "--format", "json"],
      ["analyze", "--resume", "--format", "json"],
    ])
  func sameOutput(command: [String]) throws {
    let isResume = command.contains("--resume") && command[0] == "analyze"
    let inputs =
      isResume
      ? ["vp-product-morgan-ellis.md", "director-product-avery-quinn.json"].map(Fixtures.resume)
      : Fixtures.postingNames().map(Fixtures.posting)
    let arguments = command + inputs
    var parsing = CommandRunner.environment()
    parsing["JDMATCH_NO_CACHE"] = "1"
    let parsed = try CommandRunner.run(arguments, environment: parsing)
    #expect(!parsed.stdout.isEmpty)
    // The tests' cache: the first run compiles the lexicon there unless an earlier test did; the second reads it.
    for run in ["first", "second"] {
      let result = try CommandRunner.run(arguments)
      #expect(result.stdout == parsed.stdout, "\(run)")
      #expect(result.stderr == parsed.stderr, "\(run)")
      #expect(result.status == parsed.status, "\(run)")
    }
  }
}
