import Analysis
import Foundation
import TestSupport
import Testing
import Tokenization

/// The section weights are data: the shipped file gives every kind a weight, and a broken file is refused
/// with the file and the key.
@Suite("Section weights")
struct SectionWeightsTests {
  private let shipped: SectionWeights

  init() throws {
    shipped = try SectionWeightsLoader.load(path: Fixtures.lexicon(SectionWeightsLoader.fileName))
  }

  @Test("a posting's requirements count most, its benefits and how-to-apply text not at all")
  func posting() {
    let competencies = shipped.postingCompetencies
    #expect(competencies[.requirements] > competencies[.responsibilities])
    #expect(competencies[.responsibilities] > competencies[.preferred])
    #expect(competencies[.benefits] == 0 && competencies[.application] == 0)
    #expect(shipped.postingSkills[.requirements] > shipped.postingSkills[.preferred])
    #expect(shipped.postingText[.benefits] == 0 && shipped.postingText[.about] < 1)
  }

  @Test("a resume's experience is evidence; a skills list or summary is a claim that counts less")
  func resume() {
    let competencies = shipped.resumeCompetencies
    #expect(competencies[.experience] > competencies[.summary])
    #expect(competencies[.summary] > competencies[.skills])
    #expect(shipped.resumeSkills[.experience] > shipped.resumeSkills[.skills])
    #expect(SectionKind.allCases.allSatisfy { shipped.resumeText[$0] == 1 })
  }

  @Test("the loader reads the lexicon folder's file; a lexicon with none counts every section once")
  func beside() throws {
    let lexicon = try LexiconLoader.load(path: Fixtures.lexicon("cpo.yaml"))
    #expect(lexicon.sectionWeights == shipped)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weights-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("cpo.yaml")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: Fixtures.lexicon("cpo.yaml")), to: copy)
    #expect(try LexiconLoader.load(path: copy.path).sectionWeights == .uniform)
  }

  @Test(
    "a broken file is refused, naming the file and the key",
    arguments: [
      ("postingSkills", "requirements", "7", "`postingSkills.requirements` must be a number from 0 to 3"),
      ("resumeText", "summary", "\"high\"", "`resumeText.summary` must be a number from 0 to 3"),
      ("postingText", "sidebar", "1", "`postingText.sidebar` is no section kind"),
    ])
  func broken(table: String, kind: String, value: String, reason: String) throws {
    let url = URL(fileURLWithPath: Fixtures.lexicon(SectionWeightsLoader.fileName))
    var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    var entries = try #require(object[table] as? [String: Any])
    entries[kind] = try JSONSerialization.jsonObject(with: Data(value.utf8), options: .fragmentsAllowed)
    object[table] = entries
    let data = try JSONSerialization.data(withJSONObject: object)
    #expect {
      try SectionWeightsLoader.decode(data, path: "weights.json")
    } throws: { error in
      "\(error)".contains("weights.json") && "\(error)".contains(reason)
    }
    object.removeValue(forKey: table)
    #expect {
      try SectionWeightsLoader.decode(try JSONSerialization.data(withJSONObject: object), path: "weights.json")
    } throws: { error in
      "\(error)".contains("missing table `\(table)`")
    }
  }
}
