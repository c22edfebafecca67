import Analysis
import Foundation
import Ingest
import Matching
import TestSupport
import Testing

@testable import Pipeline

/// The shipped lexicon and everything beside it, parsed from the files (once: a debug build parses the skills
/// vocabulary slowly).
private let parsed: LexiconCache.Contents = {
  do {
    return try LexiconCache.parse(lexiconPath: Fixtures.lexicon("cpo.yaml"))
  } catch {
    fatalError("the default lexicon does not load: \(error)")
  }
}()

/// Resumes' "Present" as of 2024-06-01, as in the other pipeline tests.
private let asOf = Date(timeIntervalSince1970: 1_717_200_000)

/// A copy of the shipped `Lexicons/` folder in a new temporary folder, so a test may edit it, and its lexicon:
/// every file but the skills vocabulary, of which only the first technology names (a debug build would take
/// seconds to parse ESCO's 100,000 labels in every test).
private func lexiconCopy() throws -> (folder: URL, lexicon: String) {
  let folder = try Fixtures.temporaryDirectory().appendingPathComponent("Lexicons")
  try FileManager.default.createDirectory(
    at: folder.appendingPathComponent("skills"), withIntermediateDirectories: true)
  for name in [
    "cpo.yaml", RoleVocabularyLoader.fileName, DocumentKindRulesLoader.fileName, ScoringModel.fileName,
    BackgroundFrequencies.fileName,
  ] {
    try FileManager.default.copyItem(
      at: Fixtures.root.appendingPathComponent("Lexicons").appendingPathComponent(name),
      to: folder.appendingPathComponent(name))
  }
  let technology = try String(contentsOfFile: Fixtures.lexicon("skills/technology.tsv"), encoding: .utf8)
  try Data((technology.split(separator: "\n").prefix(80).joined(separator: "\n") + "\n").utf8)
    .write(to: folder.appendingPathComponent("skills/technology.tsv"))
  return (folder, folder.appendingPathComponent("cpo.yaml").path)
}

/// The one compiled file in `directory`.
private func compiledFile(in directory: URL) throws -> URL {
  let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
    $0.hasPrefix("lexicon-") && $0.hasSuffix(".bin")
  }
  try #require(names.count == 1, "\(names)")
  return directory.appendingPathComponent(names[0])
}

/// A scorer and preparer for `contents`, as ``ScoringSetup`` makes them.
private func setup(_ contents: LexiconCache.Contents) throws -> (preparer: Preparer, scorer: FitScorer) {
  let scoring = try contents.scoring.get()
  return (
    Preparer(compiled: contents.compiled, asOf: asOf, idf: scoring.idf),
    FitScorer(model: scoring.model, lexicon: contents.compiled.lexicon)
  )
}

@Suite("The compiled lexicon cache")
struct LexiconCacheTests {
  @Test("read back, the compiled lexicon holds what the files hold and prepares and scores every fixture alike")
  func roundTrip() throws {
    // The tests' own cache: compiled by the first test that loads the lexicon, read by the others.
    let lexicon = Fixtures.lexicon("cpo.yaml")
    _ = try LexiconCache.load(lexiconPath: lexicon, directory: Fixtures.cacheDirectory)
    let read = try LexiconCache.load(lexiconPath: lexicon, directory: Fixtures.cacheDirectory)
    #expect(read.origin != .parsed)

    let (a, b) = (read.compiled.lexicon, parsed.compiled.lexicon)
    // The section weights read back are those of the file, not the uniform default.
    #expect(a.sectionWeights == b.sectionWeights)
    #expect(a.sectionWeights == (try SectionWeightsLoader.load(path: Fixtures.lexicon(SectionWeightsLoader.fileName))))
    #expect(a.sectionWeights != .uniform)
    #expect(a.id == b.id && a.name == b.name && a.description == b.description && a.source == b.source)
    #expect(a.titles == b.titles && a.boilerplate == b.boilerplate && a.competencies == b.competencies)
    #expect(a.roles == b.roles && a.documentKinds == b.documentKinds)
    #expect(read.compiled.keys == parsed.compiled.keys)
    #expect(Array(a.skills.vocabulary.skills) == Array(b.skills.vocabulary.skills))
    #expect(a.skills.vocabulary.sources == b.skills.vocabulary.sources)
    #expect(a.skills.vocabulary.occupationCount == b.skills.vocabulary.occupationCount)
    #expect(try read.scoring.get().model == parsed.scoring.get().model)
    #expect(try read.scoring.get().idf == parsed.scoring.get().idf)

    let (readPreparer, readScorer) = try setup(read)
    let (parsedPreparer, parsedScorer) = try setup(parsed)
    let ingestor = Ingestor()
    let resumes = ["vp-product-morgan-ellis.md", "director-product-avery-quinn.json"].map(Fixtures.resume)
    let preparedResumes = try resumes.map { path in
      let document = try ingestor.document(at: path)
      let (one, other) = (readPreparer.resume(document), parsedPreparer.resume(document))
      #expect(one == other, "\(path)")
      return one
    }
    for name in Fixtures.postingNames() {
      guard let document = try? ingestor.document(at: Fixtures.posting(name)) else { continue }
      let (one, other) = (readPreparer.posting(document), parsedPreparer.posting(document))
      #expect(one == other, "\(name)")
      for resume in preparedResumes {
        #expect(readScorer.score(one, resume) == parsedScorer.score(other, resume), "\(name)")
      }
    }
  }

  @Test("the compiled forms know every field: one added to a lexicon or model type must be added to its compiled form")
  func everyField() throws {
    // The compiled forms (ScoringModel+Compiled, Lexicon+Compiled…) write each field by hand; a field they do not
    // know would be dropped silently (its default read back). These counts are the fields they write.
    let model = try parsed.scoring.get().model
    #expect(Mirror(reflecting: model).children.count == 12)
    #expect(Mirror(reflecting: model.weights).children.count == 4)
    #expect(Mirror(reflecting: model.thresholds).children.count == 5)
    #expect(Mirror(reflecting: model.skillShape).children.count == 10)
    #expect(Mirror(reflecting: model.family).children.count == 3)
    #expect(Mirror(reflecting: ScoringModel.Affinity(a: "", b: "", value: 0, reason: "")).children.count == 4)
    #expect(Mirror(reflecting: ScoringModel.CompositeCategory(category: "", of: [])).children.count == 2)
    // The same for the lexicon's types, whose compiled forms are written field by field too.
    let lexicon = parsed.compiled.lexicon
    let competency = try #require(lexicon.competencies.first)
    #expect(Mirror(reflecting: lexicon).children.count == 11)
    #expect(Mirror(reflecting: lexicon.sectionWeights).children.count == 6)

    #expect(Mirror(reflecting: competency).children.count == 8)
    #expect(Mirror(reflecting: try #require(competency.phrases.first)).children.count == 3)
    #expect(Mirror(reflecting: CompetencyPattern(verbs: [], objects: [], window: 0, line: 0)).children.count == 4)
    #expect(Mirror(reflecting: CueGroup(words: [], needs: 0, line: 0)).children.count == 3)
    #expect(Mirror(reflecting: try #require(lexicon.roles.families.first)).children.count == 5)
    #expect(Mirror(reflecting: lexicon.documentKinds).children.count == 3)
    #expect(Mirror(reflecting: lexicon.documentKinds.posting).children.count == 4)
    #expect(Mirror(reflecting: try #require(lexicon.documentKinds.cues.values.first)).children.count == 7)
    #expect(Mirror(reflecting: try #require(lexicon.skills.vocabulary.skills.first)).children.count == 6)
  }

  @Test("a scoring model with its optional parts set reads back equal from its compiled form")
  func modelRoundTrip() throws {
    var model = try parsed.scoring.get().model
    model.skillShape.recency = ScoringModel.Recency(halfLifeYears: 8, floor: 0.25)
    model.skillShape.composites.append(.init(category: "x", of: [["a", "b"], ["c"]]))
    model.thresholds = .init(
      matchedStrength: 0.7, shownStrength: 0.4, preferredWeight: 0.25, equivalentExperienceYears: 8, keywordLimit: 9)
    var writer = CompiledWriter()
    model.write(to: &writer)
    let read = try writer.bytes.withUnsafeBytes { bytes in
      var reader = CompiledReader(bytes)
      return try ScoringModel(from: &reader)
    }
    #expect(read == model)
  }

  @Test(
    "a damaged compiled file is ignored and compiled again, never trusted",
    arguments: ["truncated", "flipped byte", "flipped last byte", "garbage", "empty", "other version"])
  func damaged(damage: String) throws {
    let (folder, lexicon) = try lexiconCopy()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let directory = folder.deletingLastPathComponent().appendingPathComponent("cache")
    let original = try LexiconCache.load(lexiconPath: lexicon, directory: directory.path)
    let file = try compiledFile(in: directory)
    var bytes = [UInt8](try Data(contentsOf: file))
    switch damage {
    case "truncated": bytes.removeLast(bytes.count / 3)
    case "flipped byte": bytes[bytes.count / 2] ^= 0x40
    case "flipped last byte": bytes[bytes.count - 1] ^= 0x01  // the payload's last byte
    case "garbage": bytes = [UInt8](repeating: 0xA5, count: 4_096)
    case "empty": bytes = []
    default: bytes[4] &+= 1  // the format version
    }
    try Data(bytes).write(to: file)
    #expect(CompiledFile(bytes) == nil)
    let reloaded = try LexiconCache.load(lexiconPath: lexicon, directory: directory.path)
    #expect(reloaded.origin == .parsed)
    #expect(reloaded.compiled.lexicon.competencies == original.compiled.lexicon.competencies)
    #expect(try reloaded.scoring.get().model == original.scoring.get().model)
    // Compiled again, the file reads back.
    #expect(try LexiconCache.load(lexiconPath: lexicon, directory: directory.path).origin != .parsed)
  }

  @Test("a damaged payload is refused by the reader, never trapping it, wherever it is cut or changed")
  func damagedPayload() throws {
    let payload = try #require(LexiconCache.payload(parsed))
    let sources = LexiconCache.Sources(lexiconPath: Fixtures.lexicon("cpo.yaml"))
    let files = sources.skillFiles(present: sources.paths.map(FileIdentity.init(path:)))
    func decode(_ bytes: [UInt8]) -> LexiconCache.Contents? {
      bytes.withUnsafeBytes { LexiconCache.contents(payload: $0, sources: sources, skillFiles: files) }
    }
    #expect(decode(payload) != nil)
    for step in 0..<32 {
      let cut = payload.count * step / 32
      #expect(decode(Array(payload[..<cut])) == nil, "cut at \(cut)")
      var changed = payload
      changed[(cut * 7919 + step) % payload.count] ^= 0xFF
      _ = decode(changed)  // may read as another lexicon; must not trap
    }
  }

  @Test("an edited source is compiled again even when its size and modification time are kept")
  func editedSource() throws {
    let (folder, lexicon) = try lexiconCopy()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let directory = folder.deletingLastPathComponent().appendingPathComponent("cache")
    // No racy window: the identities are recorded at once, so the check by identity is the one tested.
    let first = try LexiconCache.load(lexiconPath: lexicon, directory: directory.path, racyWindow: 0)
    #expect(first.origin == .parsed)
    #expect(
      try LexiconCache.load(lexiconPath: lexicon, directory: directory.path, racyWindow: 0).origin
        == .compiled(hashed: false))

    let name = try #require(first.compiled.lexicon.competencies.first?.name)
    let renamed = String(name.dropLast()) + (name.last == "X" ? "Y" : "X")
    let url = URL(fileURLWithPath: lexicon)
    let modified = try FileManager.default.attributesOfItem(atPath: lexicon)[.modificationDate] as? Date
    let text = try String(contentsOf: url, encoding: .utf8)
    let edited = text.replacingOccurrences(of: "name: \(name)\n", with: "name: \(renamed)\n")
    try #require(edited != text && edited.utf8.count == text.utf8.count)
    try Data(edited.utf8).write(to: url)
    if let modified { try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: lexicon) }

    let reloaded = try LexiconCache.load(lexiconPath: lexicon, directory: directory.path, racyWindow: 0)
    #expect(reloaded.origin == .parsed)
    #expect(reloaded.compiled.lexicon.competencies.first?.name == renamed)
    #expect(
      try LexiconCache.load(lexiconPath: lexicon, directory: directory.path, racyWindow: 0).origin
        == .compiled(hashed: false))
  }

  @Test("a source only touched is hashed once and its compiled file kept")
  func touchedSource() throws {
    let (folder, lexicon) = try lexiconCopy()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let directory = folder.deletingLastPathComponent().appendingPathComponent("cache")
    _ = try LexiconCache.load(lexiconPath: lexicon, directory: directory.path, racyWindow: 0)
    let technology = folder.appendingPathComponent("skills/technology.tsv").path
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: -3_600)], ofItemAtPath: technology)
    #expect(
      try LexiconCache.load(lexiconPath: lexicon, directory: directory.path, racyWindow: 0).origin
        == .compiled(hashed: true))
    #expect(
      try LexiconCache.load(lexiconPath: lexicon, directory: directory.path, racyWindow: 0).origin
        == .compiled(hashed: false))
  }

  @Test("a source added or removed beside the lexicon is noticed")
  func removedSource() throws {
    let (folder, lexicon) = try lexiconCopy()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let directory = folder.deletingLastPathComponent().appendingPathComponent("cache")
    let before = try LexiconCache.load(lexiconPath: lexicon, directory: directory.path, racyWindow: 0)
    #expect(!before.compiled.lexicon.roles.families.isEmpty)
    try FileManager.default.removeItem(at: folder.appendingPathComponent(RoleVocabularyLoader.fileName))
    let after = try LexiconCache.load(lexiconPath: lexicon, directory: directory.path, racyWindow: 0)
    #expect(after.origin == .parsed)
    #expect(after.compiled.lexicon.roles.families.isEmpty)
  }

  @Test("a source changed within the racy window is recorded so that it is hashed, not trusted by its times")
  func racySource() throws {
    let identity = try #require(FileIdentity(path: Fixtures.lexicon("cpo.yaml")))
    #expect(LexiconCache.recordable(identity, window: 0) == identity)
    var recent = identity
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    recent.changed = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    #expect(LexiconCache.recordable(recent, window: LexiconCache.racyNanoseconds) == .racy)
    #expect(recent != .racy)
  }

  @Test("a cache folder that cannot be made or written only costs the parsing")
  func unwritableFolder() throws {
    let (folder, lexicon) = try lexiconCopy()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let file = folder.deletingLastPathComponent().appendingPathComponent("a-file")
    try Data("x".utf8).write(to: file)
    let directory = file.appendingPathComponent("cache").path
    for _ in 0..<2 {
      let contents = try LexiconCache.load(lexiconPath: lexicon, directory: directory)
      #expect(contents.origin == .parsed)
      #expect(contents.compiled.lexicon.competencies == parsed.compiled.lexicon.competencies)
    }
  }

  @Test(
    "the cache folder comes from the environment; JDMATCH_NO_CACHE turns it off",
    arguments: [
      (["HOME": "/home/u"], "/home/u/.cache/jdmatch"),
      (["HOME": "/home/u", "XDG_CACHE_HOME": "/x"], "/x/jdmatch"),
      (["HOME": "/home/u", "XDG_CACHE_HOME": "/x", "JDMATCH_CACHE": "/c"], "/c"),
      (["HOME": "/home/u", "JDMATCH_CACHE": ""], nil),
      (["HOME": "/home/u", "JDMATCH_NO_CACHE": "1"], nil),
      (["HOME": "/home/u", "JDMATCH_CACHE": "/c", "JDMATCH_NO_CACHE": "1"], nil),
      (["HOME": "/home/u", "JDMATCH_NO_CACHE": "0"], "/home/u/.cache/jdmatch"),
      ([:], nil),
    ] as [([String: String], String?)])
  func directory(environment: [String: String], expected: String?) {
    #expect(LexiconCache.defaultDirectory(environment: environment) == expected)
  }

  @Test("a lexicon kept without a scoring model scores with the default one's, compiled or not")
  func fallbackScoringModel() throws {
    let (folder, lexicon) = try lexiconCopy()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    try FileManager.default.removeItem(at: folder.appendingPathComponent(ScoringModel.fileName))
    let directory = folder.deletingLastPathComponent().appendingPathComponent("cache").path
    // The default lexicon found from the test runner is the checkout's.
    let expected = try parsed.scoring.get().model
    let first = try LexiconCache.load(lexiconPath: lexicon, directory: directory, racyWindow: 0)
    let second = try LexiconCache.load(lexiconPath: lexicon, directory: directory, racyWindow: 0)
    #expect(first.origin == .parsed && second.origin == .compiled(hashed: false))
    #expect(try first.scoring.get().model == expected)
    #expect(try second.scoring.get().model == expected)
  }
}
