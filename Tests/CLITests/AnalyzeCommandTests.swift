import Foundation
import TestSupport
import Testing

@Suite("jdmatch analyze and jdmatch lexicon validate")
struct AnalyzeCommandTests {
  @Test("the table names strategy, roadmap and leadership with quoted evidence, without colour when piped")
  func table() throws {
    let result = try CommandRunner.run(["analyze", Fixtures.posting("markdown-head-product-pinecone.md")])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Product strategy & vision"))
    #expect(result.stdout.contains("Roadmap"))
    #expect(result.stdout.contains("Team leadership"))
    #expect(result.stdout.contains("“"))
    #expect(!result.stdout.contains("\u{1B}["), "ANSI colour codes in piped output")
    for line in result.stdout.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
  }

  @Test("JSON carries competencies with evidence and the requirements")
  func json() throws {
    let result = try CommandRunner.run(["analyze", "--format", "json", Fixtures.posting("greenhouse-cpo-lumora.html")])
    #expect(result.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let requirements = try #require(object["requirements"] as? [String: Any])
    #expect((requirements["experience"] as? [String: Any])?["minYears"] as? Int == 15)
    #expect(requirements["salary"] != nil)
    #expect(requirements["workplace"] != nil)
    let competencies = try #require(object["competencies"] as? [[String: Any]])
    #expect(competencies.count >= 16)
    #expect((competencies.first?["evidence"] as? [Any])?.isEmpty == false)
  }

  @Test("a broken lexicon is refused with file and line, exit 2")
  func brokenLexicon() throws {
    let directory = try Fixtures.temporaryDirectory()
    let path = directory.appendingPathComponent("bad.yaml").path
    try Data("lexicon: bad\nname: Bad\ndescription: x\ntitles: [a]\ncompetencies:\n  - id: a\n    nmae: A\n".utf8)
      .write(to: URL(fileURLWithPath: path))
    let analyze = try CommandRunner.run(["analyze", "--lexicon", path, Fixtures.posting("greenhouse-cpo-lumora.html")])
    #expect(analyze.status == 2)
    #expect(
      analyze.stderr.hasPrefix("jdmatch: \(path):6: missing key 'name' (and 4 more; see jdmatch lexicon validate"))
    let validate = try CommandRunner.run(["lexicon", "validate", path])
    #expect(validate.status == 1)
    #expect(validate.stderr.contains("\(path):7: unknown key 'nmae'"))
  }

  @Test("the default lexicon validates")
  func validDefault() throws {
    let result = try CommandRunner.run(["lexicon", "validate", Fixtures.lexicon("cpo.yaml")])
    #expect(result.status == 0)
    #expect(result.stdout.contains(": OK ("))
    #expect(result.stdout.contains(" patterns, 19 cue groups)"))
  }

  @Test("a malformed pattern is reported as FILE:LINE: problem")
  func malformedPattern() throws {
    let directory = try Fixtures.temporaryDirectory()
    let path = directory.appendingPathComponent("bad-pattern.yaml").path
    let yaml = """
      lexicon: bad
      name: Bad
      description: A lexicon with a broken pattern.
      titles: [tester]
      competencies:
        - id: alpha
          name: Alpha
          description: First.
          weight: 1.0
          phrases: [alpha one]
          patterns:
            - verbs: [rank]
              objects: [bets]
              window: 30

      """
    try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["lexicon", "validate", path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(path):14: window must be a whole number of words from 1 to 8"))
  }
}
