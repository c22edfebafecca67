import Foundation
import Testing

@testable import Analysis

@Suite("A file name read from bytes, as Foundation reads it")
struct FileNameTests {
  @Test(
    "the last component and its stem match lastPathComponent and deletingPathExtension",
    arguments: [
      "Fixtures/resumes/vp-product-morgan-ellis.md", "/tmp/a/b/senior_pm-resume.final.pdf", "cv.docx", ".profile",
      "dir/.hidden", "name.", "no-extension", "trailing/slash/", "postings.csv#3", "ünïcödé–résumé.html",
      "/", "x.y/z",
    ])
  // (A path ending in "..", a folder and never a document, Foundation resolves against the working folder.)
  func matchesFoundation(path: String) {
    let file = URL(fileURLWithPath: path).lastPathComponent
    let (name, stem) = DocumentKindClassifier.fileName(path)
    #expect(name == file)
    #expect(stem == (file as NSString).deletingPathExtension)
  }
}
