import Foundation
import Testing

@testable import Ingest

@Suite("Front matter read on bytes as on characters")
struct FrontMatterBytesTests {
  @Test(
    "words split at spaces as split(separator:) splits them",
    arguments: [
      "Build the dashboards the team reads every week.", "  two  spaces  ", "", " ", "café – naïve’s work",
      "a \u{0301}combining mark after a space", "\u{0600} prepended", "emoji 👍🏽 here", "tabs\tare\tnot spaces",
      "x {{ page.title }} y",
    ])
  func words(text: String) {
    #expect(FrontMatterProse.words(text) == text.split(separator: " "))
  }

  @Test("a job list is looked for only in a block that names one")
  func jobList() {
    let roles = """
      title: Jane Doe
      Experience:
        - title: Head of Product
          company: Acme
          start: 2020-01
          end: present
      """
    #expect(FrontMatterRoles.yaml(roles).map(\.title) == ["Head of Product"])
    #expect(FrontMatterRoles.yaml("title: Head of Product\nlocation: Remote\n").isEmpty)
    // Indented, or quoted, a list is still found.
    #expect(
      FrontMatterRoles.yaml("  jobs:\n    - title: Analyst\n      company: Initech\n").map(\.title) == ["Analyst"])
    #expect(FrontMatterRoles.yaml("\"Work\":\n  - title: Analyst\n    company: Initech\n").map(\.title) == ["Analyst"])
  }

  @Test("a front matter's prose keeps its comments out and its template values out")
  func prose() throws {
    let text = """
      ---
      layout: job-listing
      key_objectives:
        - Build the dashboards the team reads every week # a comment
        - "{{ page.summary }} is a template, not prose"
      ---
      Body text.
      """
    let matter = try #require(FrontMatter.split(text))
    #expect(
      matter.frontMatter.prose.map(\.text) == ["Key objectives", "Build the dashboards the team reads every week"])
    #expect(matter.body == "Body text.")
  }
}

@Suite("Word counts of front matter prose on bytes")
struct FrontMatterWordCountTests {
  @Test(
    "as many words as split(separator:) finds",
    arguments: [
      "Build the dashboards", "  two  spaces  ", "", " ", "’quoted’ start", "a \u{0301}mark", "\u{0600} x", "👍🏽 y",
    ])
  func count(text: String) {
    #expect(
      FrontMatterProse.wordCount([ContentBlock(kind: .paragraph, text: text)]) == text.split(separator: " ").count)
  }
}

@Suite("Windows line ends in text files")
struct LineEndTests {
  @Test("a Markdown file with CRLF line ends reads as the same file with LF")
  func crlf() throws {
    let lf = "---\ntitle: Head of Product\n---\n# Head of Product\n\nYou will lead the team.\n\n- Own the roadmap\n"
    let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
    let ingestor = Ingestor()
    let one = try ingestor.document(bytes: Array(lf.utf8), source: "lf.md")
    let two = try ingestor.document(bytes: Array(crlf.utf8), source: "crlf.md")
    #expect(one.title == "Head of Product")
    #expect(one.blocks.map(\.text) == two.blocks.map(\.text))
    #expect(LineEnds.containsCRLF(Array(crlf.utf8)))
    #expect(!LineEnds.containsCRLF(Array(lf.utf8)) && !LineEnds.containsCRLF(Array("\n\r".utf8)))
  }
}

@Suite("A title's \"… at\" found in any case on bytes as Foundation finds it")
struct TitleAtTests {
  @Test(
    "the same end as range(of:options: .caseInsensitive)",
    arguments: [
      ("Head of Product at ", "We are hiring a HEAD OF PRODUCT AT Harborlight to lead."),
      ("Head of Product at ", "No title here at all."),
      ("Head of Product at ", "The head of product at\u{0301} a place"),
      ("Engineer at ", "Stra\u{00DF}e engineer at Acme; engineer at Beta"),
      ("Data Scientist at ", "Our data scientist at café Lumière"),
      ("Office at ", "The \u{FB03}ce at HQ and the office at Acme"),
      ("Café Lead at ", "The café lead at Acme"),
    ])
  func matchesFoundation(needle: String, text: String) {
    let expected = text.range(of: needle, options: [.caseInsensitive])?.upperBound
    #expect(TextCompany.end(of: needle, in: text) == expected)
  }
}

@Suite("A path's extension read as NSString reads it")
struct PathExtensionTests {
  @Test(
    "the same extension as pathExtension, \"\" for none",
    arguments: [
      "jobs.csv", "a/b/Postings.JSONL", "notes", ".hidden", "dir.d/file", "x.tar.gz", "name.", "résumé.Md",
      "trailing/", "a/..", "jobs.csv#3",
    ])
  func matchesFoundation(path: String) {
    #expect((FormatSniffer.fileExtension(of: path) ?? "") == (path as NSString).pathExtension.lowercased())
  }

  @Test("a feed row is named FILE#N")
  func feedRow() {
    #expect(PostingFeed.row(of: "jobs.csv#12")?.row == 12)
    #expect(PostingFeed.row(of: "jobs.csv#12")?.path == "jobs.csv")
    #expect(PostingFeed.row(of: "jobs.md#12") == nil)
    #expect(PostingFeed.row(of: "a#b/jobs.csv#x") == nil)
    #expect(PostingFeed.isFeed("Jobs.JSONL") && !PostingFeed.isFeed("jobs.csv.md"))
  }
}
