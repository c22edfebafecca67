import Analysis
import Foundation
import Ingest
import TestSupport
import Testing

/// The shipped role vocabulary, loaded beside the default lexicon as the CLI loads it.
private let vocabulary = DefaultLexiconTests.lexicon.roles

@Suite("Role families and levels from titles")
struct RoleVocabularyTests {
  @Test(
    "a title names its family by its head noun",
    arguments: [
      ("Senior Product Manager", "product"), ("Product Designer", "design"),
      ("Director of Product Marketing", "marketing"), ("Machine Learning Engineer", "data/ml"),
      ("Engineering Manager", "software-engineering"), ("Technical Program Manager", "operations"),
      ("18F - Visual Designer", "design"), ("Senior Product Manager - Platform", "product"),
      ("Login.gov: Security Engineering Supervisor", "security"), ("Head of Design", "design"),
      ("Product Manager (IT Specialist)", "product"), ("Registered Nurse - Medical ICU", "healthcare"),
      ("Technical Account Manager", "customer-success"), ("Team Lead, Partnerships Business Development", "sales"),
      ("VP, Engineering", "software-engineering"), ("Chief of Staff", "operations"),
    ])
  func family(title: String, family: String) {
    #expect(vocabulary.classify(title: title)?.family == family, "\(title)")
  }

  @Test(
    "a general engineering head is narrowed by a field of engineering named elsewhere in the title",
    arguments: [
      ("Engineering Manager, Machine Learning", "data/ml"), ("ML Engineering Manager", "data/ml"),
      ("Tech Lead/AI/ML Architect", "data/ml"), ("Senior Engineer - Security", "security"),
      ("Software Engineer, Data Platform", "data/ml"),
      // Not narrowed: a field that is not one of engineering's, or a head that is not general.
      ("Engineering Manager, Payments", "software-engineering"),
      ("Senior Product Manager, Machine Learning", "product"),
      ("Frontend Engineer", "software-engineering"), ("Director of Engineering", "software-engineering"),
    ])
  func narrowed(title: String, family: String) {
    #expect(vocabulary.classify(title: title)?.family == family, "\(title)")
  }

  @Test("every title of the CPO lexicon is a product title, and a head")
  func lexiconTitles() throws {
    let lexicon = DefaultLexiconTests.lexicon
    for title in lexicon.titles {
      let match = vocabulary.classify(title: title)
      #expect(match?.family == "product" && match?.isHead == true, "\(title)")
    }
  }

  @Test("a phrase followed by other nouns is not the title's head")
  func head() {
    #expect(vocabulary.classify(title: "Roles on the Product team")?.isHead == false)
    #expect(vocabulary.classify(title: "Login.gov Product Manager GS15")?.isHead == true)
    #expect(vocabulary.classifyLeadingTitle("Product Operations Co-op Fernhollow Apps")?.family == "product")
  }

  @Test(
    "role phrases in running text, up to the last word", arguments: ["", "product", "a product manager", "manager"])
  func mentions(text: String) {
    let found = vocabulary.mentions(in: text)
    #expect(found == (text.hasSuffix("product manager") ? ["product manager"] : []))
  }

  @Test("a Jekyll page's front matter gives the title, place and summary; its template comments are not text")
  func frontMatter() throws {
    let document = try Ingestor().document(at: Fixtures.board("jekyll-front-matter-product-manager.md"))
    #expect(document.title == "Harbourline Transit: Product Manager, Rider Apps")
    #expect(document.location == "Remote within Canada")
    #expect(document.text.contains("forty thousand riders"))
    #expect(!document.text.contains("TEMPLATE NOTES"))
    #expect(!document.text.contains("layout"))
    let analysis = PostingAnalyzer(lexicon: DefaultLexiconTests.lexicon).analyze(document)
    #expect(analysis.role.primaryFamily == "product")
    #expect(analysis.role.rung == 1)
  }

  @Test("a broken roles.yaml is refused with the file, the line and the problem")
  func brokenVocabulary() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roles-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("roles.yaml").path
    try "families:\n  - id: a\n    phrases: [writer]\n  - id: b\n    phrases: [writer]\n    colour: red\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: LexiconError.self) { try RoleVocabularyLoader.load(path: path) }
    do {
      _ = try RoleVocabularyLoader.load(path: path)
    } catch let error as LexiconError {
      #expect(error.description.contains("roles.yaml"))
      #expect(error.description.contains("`writer` is in both `a` and `b`") || error.description.contains("colour"))
    }
  }
}
