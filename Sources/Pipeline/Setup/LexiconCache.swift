import Analysis
import Foundation
import Ingest
import Matching

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lexicon and every data file read beside it (role families, document kinds, the skills vocabulary, the
/// scoring model, the background frequencies), compiled on first use into one file of the cache folder, so
/// that a run reads it back in a few copies instead of parsing YAML, JSON and TSV and tokenizing 100,000
/// skill labels and the lexicon's phrases.
///
/// The file is named after the lexicon's path and the running executable's build (whose tokenizer made the
/// tries, ``ExecutableIdentity``),
/// and it holds a hash of the bytes of every source file it was compiled from. A run compares each source's
/// size, times and inode with those recorded beside the hash and, if any differs, hashes the sources again:
/// an edited file, or one added or removed, is noticed whatever its times say, and a file only touched costs
/// a hash, not a rebuild. A source changed too recently for its times to tell (within two seconds of the
/// compile) is always hashed. A file that does not read back whole (its own checksum, every index in it) is
/// ignored and compiled again; writes go to a temporary file renamed into place; a folder that cannot be
/// written only costs the parsing. `JDMATCH_NO_CACHE=1` turns the cache off.
public enum LexiconCache {
  /// What a lexicon compiles to.
  public struct Contents: Sendable {
    /// The lexicon and what is derived from it.
    public let compiled: CompiledLexicon
    /// The scoring model and background frequencies, or why they cannot be read (only scoring needs them).
    public let scoring: Result<Scoring, ScoringModelError>
    /// Where they came from.
    var origin = Origin.parsed
  }

  /// Where a lexicon's contents came from.
  enum Origin: Equatable {
    /// Its files, parsed.
    case parsed
    /// A compiled file; `hashed` when a source's identity had changed and its bytes were hashed again.
    case compiled(hashed: Bool)
  }

  /// What scoring reads beside the lexicon.
  public struct Scoring: Sendable {
    /// The fitted model (`scoring.json`).
    public let model: ScoringModel
    /// The background frequencies (`background-df.tsv`), uniform when there are none.
    public let idf: InverseDocumentFrequency
  }

  static let magic: [UInt8] = Array("JDLX".utf8)
  /// The format's version: any change to what is written, or how, raises it.
  static let version: UInt32 = 5
  /// How many compiled files a folder keeps.
  static let kept = 4
  static let maxBytes = 1_024 * 1_048_576
  /// A source changed less than this long before it was compiled is hashed on every run.
  static let racyNanoseconds: Int64 = 2_000_000_000

  /// The cache folder: nil when `JDMATCH_NO_CACHE` is set (to anything but `0` or empty) or `JDMATCH_CACHE` is
  /// set empty; else `$JDMATCH_CACHE`, `$XDG_CACHE_HOME/jdmatch` or `~/.cache/jdmatch`.
  public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String?
  {
    if let off = environment["JDMATCH_NO_CACHE"], !off.isEmpty, off != "0" { return nil }
    if let path = environment["JDMATCH_CACHE"] { return path.isEmpty ? nil : path }
    if let base = environment["XDG_CACHE_HOME"], !base.isEmpty { return base + "/jdmatch" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/jdmatch" }
    return nil
  }

  /// The lexicon at `lexiconPath` and what is read beside it, from the compiled file in `directory` when it
  /// holds a current one, else parsed (and compiled there for the next run).
  ///
  /// - Parameters:
  ///   - lexiconPath: The lexicon (YAML).
  ///   - directory: The cache folder, or nil to parse every time.
  /// - Returns: The same contents as ``parse(lexiconPath:)`` returns.
  /// - Throws: ``LexiconError`` for the lexicon, its role families, document kinds or skills vocabulary.
  public static func load(lexiconPath: String, directory: String?) throws -> Contents {
    try load(lexiconPath: lexiconPath, directory: directory, racyWindow: racyNanoseconds)
  }

  /// ``load(lexiconPath:directory:)`` with the time within which a source's change is too recent to trust its
  /// times (the tests shorten it).
  static func load(lexiconPath: String, directory: String?, racyWindow: Int64) throws -> Contents {
    let sources = Sources(lexiconPath: lexiconPath)
    guard let directory, let executable = ExecutableIdentity.current else {
      return try parse(sources)
    }
    let path = directory + "/" + fileName(sources: sources, executable: executable)
    let stats = sources.absolute.map(FileIdentity.init(path:))
    let recorded = stats.map { $0.map { recordable($0, window: racyWindow) } }
    if let mapped = CompiledStorage.mapping(path: path, limit: maxBytes), let file = CompiledFile(mapped),
      file.matches(sources: sources.absolute, executable: executable)
    {
      let fresh = file.isFresh(stats)
      if fresh || file.contentHash == contentHash(sources.paths),
        var contents = file.contents(sources: sources, skillFiles: sources.skillFiles(present: stats))
      {
        contents.origin = .compiled(hashed: !fresh)
        // Touched but unchanged: recorded again, so the next run need not hash.
        if !fresh { write(file.rewritten(identities: recorded), to: directory, path: path) }
        return contents
      }
    }
    let hash = contentHash(sources.paths)
    let contents = try parse(sources)
    // A source that changed while it was read is not recorded; the next run compiles again.
    if stats == sources.absolute.map(FileIdentity.init(path:)), let payload = payload(contents) {
      let file = CompiledFile(
        sources: sources.absolute, executable: executable, identities: recorded, contentHash: hash, payload: payload)
      write(file.bytes, to: directory, path: path)
    }
    return contents
  }

  /// The lexicon at `lexiconPath` and what is read beside it, parsed from the sources.
  ///
  /// - Throws: ``LexiconError`` for the lexicon, its role families, document kinds or skills vocabulary.
  public static func parse(lexiconPath: String) throws -> Contents {
    try parse(Sources(lexiconPath: lexiconPath))
  }

  /// The contents a payload holds, named by `sources` (the paths as this run gives them), its big arrays used
  /// where they lie in `storage` when given; nil when it does not read back whole.
  static func contents(
    payload: UnsafeRawBufferPointer, in storage: CompiledStorage? = nil, sources: Sources, skillFiles: [String]
  ) -> Contents? {
    var reader = storage.map { CompiledReader(payload, in: $0) } ?? CompiledReader(payload)
    do {
      let compiled = try CompiledLexicon(from: &reader, source: sources.lexicon, skillSources: skillFiles)
      let scoring: Result<Scoring, ScoringModelError>
      if try reader.readBool() {
        scoring = .success(
          Scoring(model: try ScoringModel(from: &reader), idf: try InverseDocumentFrequency(from: &reader)))
      } else {
        scoring = .failure(noModel(sources.besideModel))
      }
      guard reader.isAtEnd else { return nil }
      return Contents(compiled: compiled, scoring: scoring)
    } catch {
      return nil
    }
  }

  private static func parse(_ sources: Sources) throws -> Contents {
    let compiled = CompiledLexicon(
      try LexiconLoader.load(path: sources.lexicon, sectionWeights: sources.sectionWeights))
    let scoring: Result<Scoring, ScoringModelError>
    do {
      guard let modelPath = sources.model else { throw noModel(sources.besideModel) }
      let model = try ScoringModel.load(path: modelPath)
      let idf =
        FileManager.default.fileExists(atPath: sources.background)
        ? try BackgroundFrequencies.load(path: sources.background) : .uniform
      scoring = .success(Scoring(model: model, idf: idf))
    } catch let error as ScoringModelError {
      scoring = .failure(error)
    }
    return Contents(compiled: compiled, scoring: scoring)
  }

  /// The error for a lexicon with no scoring model beside it (nor beside the default one).
  static func noModel(_ besideModel: String) -> ScoringModelError {
    .unreadable(path: besideModel, reason: "no scoring model beside the lexicon")
  }

  /// The compiled form of `contents`, or nil when its scoring part failed for another reason than a missing
  /// model (an error is not kept: the next run reads the sources and reports it again).
  static func payload(_ contents: Contents) -> [UInt8]? {
    var writer = CompiledWriter()
    contents.compiled.write(to: &writer)
    switch contents.scoring {
    case .success(let scoring):
      writer.write(true)
      scoring.model.write(to: &writer)
      scoring.idf.write(to: &writer)
    case .failure(let error):
      guard case .unreadable(let path, _) = error, error == noModel(path) else { return nil }
      writer.write(false)
    }
    return writer.bytes
  }

  /// Where each file the lexicon reads is, as given and as an absolute path.
  struct Sources {
    /// The lexicon, as given.
    let lexicon: String
    /// The skills folder.
    let skills: String
    /// The scoring model beside the lexicon (named in the error when there is none).
    let besideModel: String
    /// The scoring model read: the one beside the lexicon, else the default lexicon's; nil when neither exists.
    let model: String?
    /// The background frequencies.
    let background: String
    /// The section weights read: those beside the lexicon, else the default lexicon's; "" when neither
    /// exists (every section then counts once).
    let sectionWeights: String
    /// Every source, in a fixed order (lexicon, roles, document kinds, the three skills files, the scoring
    /// model or "" for none, the background, the section weights or "" for none), as the loaders name them.
    let paths: [String]
    /// The same, absolute.
    let absolute: [String]

    init(lexiconPath: String) {
      lexicon = lexiconPath
      let skills = SkillVocabularyLoader.path(besideLexicon: lexiconPath)
      self.skills = skills
      besideModel = ScoringModel.path(besideLexicon: lexiconPath)
      // A lexicon kept elsewhere without its own scoring model uses the default one's.
      if FileManager.default.fileExists(atPath: besideModel) {
        model = besideModel
      } else {
        model = LexiconLocator.defaultPath().map(ScoringModel.path(besideLexicon:)).flatMap {
          FileManager.default.fileExists(atPath: $0) ? $0 : nil
        }
      }
      background = BackgroundFrequencies.path(besideLexicon: lexiconPath)
      // Like the scoring model, a lexicon kept elsewhere without its own section weights uses the default
      // one's.
      let besideWeights = SectionWeightsLoader.path(besideLexicon: lexiconPath)
      if FileManager.default.fileExists(atPath: besideWeights) {
        sectionWeights = besideWeights
      } else {
        sectionWeights =
          LexiconLocator.defaultPath().map(SectionWeightsLoader.path(besideLexicon:)).flatMap {
            FileManager.default.fileExists(atPath: $0) ? $0 : nil
          } ?? ""
      }
      let paths =
        [
          lexiconPath, RoleVocabularyLoader.path(besideLexicon: lexiconPath),
          DocumentKindRulesLoader.path(besideLexicon: lexiconPath),
        ]
        + SkillVocabularyLoader.files.map { skills + "/" + $0 } + [model ?? "", background, sectionWeights]
      let directory = FileManager.default.currentDirectoryPath
      self.paths = paths
      absolute = paths.map { $0.isEmpty || $0.hasPrefix("/") ? $0 : directory + "/" + $0 }
    }

    /// The skills files that exist, as the vocabulary names them, from the identities of ``paths``.
    func skillFiles(present identities: [FileIdentity?]) -> [String] {
      zip(SkillVocabularyLoader.files, identities[3..<6]).compactMap { $1 == nil ? nil : skills + "/" + $0 }
    }
  }

  /// The file's name: a hash of the format's version, the lexicon's absolute path and the executable.
  static func fileName(sources: Sources, executable: [UInt8]) -> String {
    var hash = ContentHash()
    hash.add(UInt64(version))
    hash.add(Array(sources.absolute[0].utf8))
    hash.add(executable)
    return "lexicon-" + String(hash.value, radix: 16) + ".bin"
  }

  /// A hash of the bytes of `paths`, each marked present or not ("" and files that cannot be read count as
  /// absent).
  static func contentHash(_ paths: [String]) -> UInt64 {
    var hash = ContentHash()
    for path in paths {
      if !path.isEmpty, let bytes = try? FileReader.read(path, limit: maxBytes) {
        hash.add(UInt64(bytes.count))
        hash.add(bytes)
      } else {
        hash.add(UInt64.max)
      }
    }
    return hash.value
  }

  /// The identity recorded for a source: as it is, or ``FileIdentity/racy`` when it changed within `window`
  /// nanoseconds of now, too recently for a later change within the same clock tick to show in its times.
  static func recordable(_ identity: FileIdentity, window: Int64) -> FileIdentity {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    return max(identity.modified, identity.changed) >= nanoseconds - window ? .racy : identity
  }

  /// Writes `bytes` to `path` in `directory` through a temporary file renamed into place, and removes all but
  /// the ``kept`` most recent compiled files (those of other lexicons or builds; a test runner and the binary
  /// it runs keep one each) and the skills caches of earlier versions; failures are ignored.
  static func write(_ bytes: [UInt8], to directory: String, path: String) {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      let temporary = path + ".\(getpid()).tmp"
      try Data(bytes).write(to: URL(fileURLWithPath: temporary))
      if rename(temporary, path) != 0 {
        try? FileManager.default.removeItem(atPath: temporary)
        return
      }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
      for name in names where name.hasPrefix("skills-") && name.hasSuffix(".bin") {
        try? FileManager.default.removeItem(atPath: directory + "/" + name)
      }
      let compiled = names.filter { $0.hasPrefix("lexicon-") && $0.hasSuffix(".bin") }
        .map { name -> (name: String, modified: Int64) in
          (name, FileIdentity(path: directory + "/" + name)?.modified ?? 0)
        }
        .sorted { ($0.modified, $0.name) > ($1.modified, $1.name) }
      for old in compiled.dropFirst(kept) { try? FileManager.default.removeItem(atPath: directory + "/" + old.name) }
    } catch {
      return
    }
  }
}
