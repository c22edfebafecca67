import Analysis
import Foundation
import Ingest
import Matching
import Pipeline
import TestSupport
import Testing

@Suite("Batch ranking")
struct BatchRankerTests {
  private let setup = PipelineFixtures.setup
  private let resume = Fixtures.resume("vp-product-morgan-ellis.md")

  private func ranker(_ mode: Ranking.Mode, jobs: Int = 2, keepAll: Bool = false) -> BatchRanker {
    BatchRanker(mode: mode, preparer: setup.preparer, scorer: setup.scorer, jobs: jobs, keepAll: keepAll)
  }

  /// What `Ranker` gives for `files` prepared one by one, unreadable ones skipped.
  private func rankedOneByOne(_ files: [String]) throws -> Ranking {
    let ingestor = Ingestor()
    var postings: [(file: String, posting: PreparedPosting)] = []
    var skipped: [Ranking.Skipped] = []
    for file in files {
      do {
        postings.append((file, setup.preparer.posting(try ingestor.document(at: file), compact: true)))
      } catch let error as IngestError {
        skipped.append(Ranking.Skipped(file: error.path, reason: error.reason))
      }
    }
    let prepared = setup.preparer.resume(try ingestor.document(at: resume))
    return Ranker.rank(postings: postings, for: prepared, scorer: setup.scorer, subject: resume, skipped: skipped)
  }

  @Test(
    "a folder of postings ranks in the order and with the scores of postings prepared one by one", arguments: [1, 3])
  func sameAsOneByOne(jobs: Int) async throws {
    let folder = Fixtures.root.appendingPathComponent("Fixtures/postings").path
    var calls: [(Int, Int)] = []
    let ranking = try await ranker(.postingsForResume, jobs: jobs).rank(subject: resume, paths: [folder]) {
      calls.append(($0, $1))
    }
    let files = InputCollector(extensions: InputCollector.postingExtensions).collect([folder]).files
    #expect(ranking == (try rankedOneByOne(files)))
    #expect(ranking.entries.count > 10)
    #expect(ranking.entries.allSatisfy { $0.fit == nil })
    #expect(calls.map(\.0) == Array(1...files.count))
    #expect(calls.allSatisfy { $0.1 == files.count })
  }

  @Test("resumes rank for a posting as Ranker ranks them, the posting itself left out")
  func resumesForPosting() async throws {
    let posting = Fixtures.posting("greenhouse-cpo-lumora.html")
    let folder = Fixtures.root.appendingPathComponent("Fixtures/resumes").path
    // Fixtures/resumes holds its README, which a batch sets aside (see `readmeAmongResumes`); Ranker has no such
    // check, so the two are compared with every file kept.
    let ranking = try await ranker(.resumesForPosting, keepAll: true).rank(subject: posting, paths: [folder, posting])
    let ingestor = Ingestor()
    var resumes: [(file: String, resume: PreparedResume, fingerprint: UInt64)] = []
    var skipped: [Ranking.Skipped] = []
    for file in InputCollector(extensions: InputCollector.resumeExtensions).collect([folder]).files {
      do {
        let document = try ingestor.document(at: file)
        resumes.append((file, setup.preparer.resume(document), Preparer.fingerprint(document.text)))
      } catch let error as IngestError {
        skipped.append(Ranking.Skipped(file: error.path, reason: error.reason))
      }
    }
    let expected = Ranker.rank(
      resumes: resumes, for: setup.preparer.posting(try ingestor.document(at: posting)), scorer: setup.scorer,
      subject: posting, skipped: skipped)
    #expect(ranking == expected)
    #expect(!ranking.entries.contains { $0.file == posting })
  }

  @Test("look-alikes are set aside with what they read as; the postings, the template among them, are ranked")
  func lookAlikesSetAside() async throws {
    let folder = try PipelineFixtures.postingFolder(["greenhouse-cpo-lumora.html", "plain-cpo-meridian.txt"])
    let lookAlikes = [
      "what-does-a-cpo-do.html", "cpo-career-blog.html", "shelfsort-readme.md", "ledgerly-manual-importing.html",
      "cpo-job-description-template.html",
    ]
    for name in lookAlikes {
      try FileManager.default.copyItem(
        atPath: Fixtures.lookAlike(name), toPath: folder.appendingPathComponent(name).path)
    }
    let ranking = try await ranker(.postingsForResume).rank(subject: resume, paths: [folder.path])
    let ranked = Set(ranking.entries.map { URL(fileURLWithPath: $0.file).lastPathComponent })
    #expect(ranked == ["greenhouse-cpo-lumora.html", "plain-cpo-meridian.txt", "cpo-job-description-template.html"])
    var setAside: [String: DocumentKind] = [:]
    for item in ranking.skipped {
      setAside[URL(fileURLWithPath: item.file).lastPathComponent] = item.kind?.kind
    }
    #expect(
      setAside == [
        "what-does-a-cpo-do.html": .article, "cpo-career-blog.html": .article, "shelfsort-readme.md": .documentation,
        "ledgerly-manual-importing.html": .documentation,
      ])
    #expect(ranking.skipped.allSatisfy { $0.isSetAside && $0.reason.isEmpty })
  }

  @Test("with keepAll every file read is ranked, and a look-alike carries what it reads as")
  func keepAllRanksLookAlikes() async throws {
    let folder = try PipelineFixtures.postingFolder(["greenhouse-cpo-lumora.html"])
    try FileManager.default.copyItem(
      atPath: Fixtures.lookAlike("what-does-a-cpo-do.html"),
      toPath: folder.appendingPathComponent("what-does-a-cpo-do.html").path)
    let ranking = try await ranker(.postingsForResume, keepAll: true).rank(subject: resume, paths: [folder.path])
    #expect(ranking.skipped.isEmpty)
    #expect(ranking.entries.count == 2)
    let article = try #require(ranking.entries.first { $0.file.hasSuffix("what-does-a-cpo-do.html") })
    #expect(article.kindNote?.kind == .article && article.kindNote?.setsAside == true)
    let posting = try #require(ranking.entries.first { $0.file.hasSuffix("greenhouse-cpo-lumora.html") })
    #expect(posting.kindNote == nil)
  }

  @Test("in the recruiter view a README among the resumes is set aside as not a resume")
  func readmeAmongResumes() async throws {
    let folder = try Fixtures.temporaryDirectory()
    for name in ["senior-pm-priya-natarajan.txt", "vp-product-morgan-ellis.md"] {
      try FileManager.default.copyItem(atPath: Fixtures.resume(name), toPath: folder.appendingPathComponent(name).path)
    }
    let readme = folder.appendingPathComponent("README.md").path
    try FileManager.default.copyItem(atPath: Fixtures.lookAlike("shelfsort-readme.md"), toPath: readme)
    let ranking = try await ranker(.resumesForPosting).rank(
      subject: Fixtures.posting("greenhouse-cpo-lumora.html"), paths: [folder.path])
    #expect(ranking.entries.count == 2)
    #expect(ranking.skipped.map(\.file) == [readme])
    #expect(ranking.skipped.first?.kind?.kind == .notResume)
    #expect(ranking.skipped.first?.kind?.strongestOther == .documentation)
  }

  @Test("unreadable files and empty folders are listed with their reasons; the rest are ranked")
  func skippedWithReasons() async throws {
    let folder = try PipelineFixtures.postingFolder(["greenhouse-cpo-lumora.html", "plain-cpo-meridian.txt"])
    let empty = folder.appendingPathComponent("empty.html").path
    try Data().write(to: URL(fileURLWithPath: empty))
    let binary = folder.appendingPathComponent("image.html").path
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]).write(to: URL(fileURLWithPath: binary))
    let nothing = try Fixtures.temporaryDirectory()
    let missing = folder.appendingPathComponent("gone.html").path
    let ranking = try await ranker(.postingsForResume)
      .rank(subject: resume, paths: [folder.path, nothing.path, missing])
    #expect(ranking.entries.count == 2)
    let reasons = Dictionary(uniqueKeysWithValues: ranking.skipped.map { ($0.file, $0.reason) })
    #expect(reasons[empty] == IngestError.empty(path: empty).reason)
    #expect(reasons[binary]?.hasPrefix("binary file") == true)
    #expect(reasons[nothing.path] == "no postings found under \(nothing.path)")
    #expect(reasons[missing] == "no such file")
    #expect(ranking.skipped.map(\.file) == ranking.skipped.map(\.file).sorted())
  }

  @Test("no file left to rank is an error naming every problem; an unreadable subject is another")
  func nothingToRank() async throws {
    let folder = try Fixtures.temporaryDirectory()
    let missing = folder.appendingPathComponent("gone.html").path
    await #expect(
      throws: PipelineError.nothingToRank(
        what: "postings", paths: [folder.path],
        problems: [
          .nothingFound(path: folder.path, what: "postings")
        ])
    ) {
      try await ranker(.postingsForResume).rank(subject: resume, paths: [folder.path])
    }
    await #expect(throws: PipelineError.unreadableSubject(.notFound(path: missing))) {
      try await ranker(.postingsForResume).rank(subject: missing, paths: [Fixtures.posting("plain-cpo-meridian.txt")])
    }
  }

  @Test("the details pass fills the full fit of the best entries only, with each entry's own score")
  func detailsForTheBestOnly() async throws {
    let folder = try Fixtures.temporaryDirectory()
    let count = Ranking.detailLimit + 5
    for index in 0..<count {
      let text = """
        Chief Product Officer \(index)

        We ask for \(index % 20) years of product leadership, a product strategy and roadmap, and a team of \
        \(index) product managers to hire and coach. Posting number \(index).
        """
      try text.write(to: folder.appendingPathComponent("posting-\(index).txt"), atomically: true, encoding: .utf8)
    }
    let ranker = ranker(.postingsForResume)
    let plain = try await ranker.rank(subject: resume, paths: [folder.path])
    let detailed = try await ranker.rank(subject: resume, paths: [folder.path], details: true)
    #expect(detailed.entries.count == count)
    #expect(plain.entries.allSatisfy { $0.fit == nil })
    #expect(detailed.entries.prefix(Ranking.detailLimit).allSatisfy { $0.fit?.score == $0.score })
    #expect(detailed.entries.dropFirst(Ranking.detailLimit).allSatisfy { $0.fit == nil })
    #expect(detailed.entries.map(\.file) == plain.entries.map(\.file))
    let top = try await ranker.rank(subject: resume, paths: [folder.path], top: 3, details: true)
    #expect(top.entries.count == 3 && top.entries.allSatisfy { $0.fit != nil })
    #expect(top.rankedCount == count)
  }
}
