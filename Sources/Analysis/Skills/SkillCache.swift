import Foundation
import Ingest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keeps a built ``SkillMatcher`` on disk, so that a run loads it in milliseconds instead of reading and
/// tokenizing some 100,000 labels (about a second).
///
/// The file is named after what it was built from: the size and modification time of each vocabulary file
/// and of the running executable (whose tokenizer and stemmer made the keys). Anything changed, and the
/// name changes, so a stale file is never read; it is rebuilt and written atomically (a temporary file
/// renamed), and a folder that cannot be written only costs the rebuild. A file that does not decode is
/// ignored the same way.
public enum SkillCache {
  static let magic: [UInt8] = Array("JDSK".utf8)
  static let version: UInt32 = 1
  /// How many cache files a folder keeps.
  static let kept = 4

  /// The cache folder: `$JDMATCH_CACHE`, else `$XDG_CACHE_HOME/jdmatch`, else `~/.cache/jdmatch`; nil when
  /// `JDMATCH_CACHE` is set empty (no cache).
  public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String?
  {
    if let path = environment["JDMATCH_CACHE"] { return path.isEmpty ? nil : path }
    if let base = environment["XDG_CACHE_HOME"], !base.isEmpty { return base + "/jdmatch" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/jdmatch" }
    return nil
  }

  /// The matcher for the vocabulary in `folder`, from the cache when it holds a current copy.
  ///
  /// - Parameters:
  ///   - folder: The skills folder (`Lexicons/skills`).
  ///   - directory: The cache folder, or nil for none.
  /// - Throws: ``LexiconError`` when the vocabulary must be read and cannot be.
  public static func matcher(folder: String, directory: String?) throws -> SkillMatcher {
    let name = directory.flatMap { _ in signature(folder: folder) }.map { "skills-\($0).bin" }
    if let directory, let name, let bytes = try? FileReader.read(directory + "/" + name, limit: 256 * 1_048_576),
      let matcher = decode(bytes)
    {
      return matcher
    }
    let matcher = SkillMatcher(vocabulary: try SkillVocabularyLoader.load(folder: folder))
    if let directory, let name { write(encode(matcher), to: directory, name: name) }
    return matcher
  }

  /// A hex name from the size and modification time of the vocabulary files and the executable.
  static func signature(folder: String) -> String? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ value: Int64) {
      var value = UInt64(bitPattern: value)
      for _ in 0..<8 {
        hash = (hash ^ (value & 0xFF)) &* 0x100_0000_01b3
        value >>= 8
      }
    }
    let files = [
      SkillVocabularyLoader.escoFile, SkillVocabularyLoader.occupationsFile, SkillVocabularyLoader.technologyFile,
    ].map { folder + "/" + $0 }
    for path in files + ["/proc/self/exe"] {
      var info = stat()
      if stat(path, &info) == 0 {
        mix(Int64(info.st_size))
        mix(Int64(info.st_mtim.tv_sec))
        mix(Int64(info.st_mtim.tv_nsec))
      } else {
        mix(-1)
      }
    }
    mix(Int64(version))
    return String(hash, radix: 16)
  }

  /// The matcher as bytes.
  static func encode(_ matcher: SkillMatcher) -> [UInt8] {
    var out = magic
    func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
    func string(_ text: String) {
      let bytes = Array(text.utf8)
      u32(UInt32(bytes.count))
      out.append(contentsOf: bytes)
    }
    let vocabulary = matcher.vocabulary
    u32(version)
    u32(UInt32(vocabulary.occupationCount))
    u32(UInt32(vocabulary.sources.count))
    for source in vocabulary.sources { string(source) }
    u32(UInt32(vocabulary.skills.count))
    for skill in vocabulary.skills {
      string(skill.id)
      string(skill.name)
      string(skill.kind)
      out.append(skill.source == .esco ? 0 : 1)
      u32(UInt32(skill.occupations))
      u32(UInt32(skill.esco.count))
      for esco in skill.esco { u32(UInt32(bitPattern: esco)) }
    }
    u32(UInt32(matcher.terminal.count))
    for value in matcher.terminal { u32(UInt32(bitPattern: value)) }
    u32(UInt32(matcher.keys.count))
    for key in matcher.keys {
      withUnsafeBytes(of: key.littleEndian) { out.append(contentsOf: $0) }
    }
    for child in matcher.children { u32(UInt32(bitPattern: child)) }
    return out
  }

  /// The matcher in `bytes`, or nil when they are not a whole cache file of this version.
  static func decode(_ bytes: [UInt8]) -> SkillMatcher? {
    var offset = 0
    func take(_ count: Int) -> ArraySlice<UInt8>? {
      guard count >= 0, offset + count <= bytes.count else { return nil }
      defer { offset += count }
      return bytes[offset..<(offset + count)]
    }
    func u32() -> UInt32? {
      guard let slice = take(4) else { return nil }
      return slice.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) }
    }
    func string() -> String? {
      guard let count = u32(), let slice = take(Int(count)) else { return nil }
      return String(decoding: slice, as: UTF8.self)
    }
    guard take(4).map(Array.init) == magic, u32() == version, let occupations = u32(), let sourceCount = u32()
    else { return nil }
    var sources: [String] = []
    for _ in 0..<sourceCount {
      guard let source = string() else { return nil }
      sources.append(source)
    }
    guard let skillCount = u32(), Int(skillCount) <= bytes.count else { return nil }
    var skills: [SkillVocabulary.Skill] = []
    skills.reserveCapacity(Int(skillCount))
    for _ in 0..<skillCount {
      guard let id = string(), let name = string(), let kind = string(), let source = take(1)?.first,
        let linked = u32(), let escoCount = u32(), Int(escoCount) <= bytes.count
      else { return nil }
      var skill = SkillVocabulary.Skill(
        id: id, name: name, source: source == 0 ? .esco : .technology, kind: kind, occupations: Int(linked))
      for _ in 0..<escoCount {
        guard let esco = u32() else { return nil }
        skill.esco.append(Int32(bitPattern: esco))
      }
      skills.append(skill)
    }
    guard let terminalCount = u32(), let terminalBytes = take(Int(terminalCount) * 4) else { return nil }
    let terminal: [Int32] = terminalBytes.withUnsafeBytes { raw in
      (0..<Int(terminalCount)).map { Int32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: Int32.self)) }
    }
    guard let tableCount = u32(), tableCount > 0, tableCount & (tableCount - 1) == 0,
      let keyBytes = take(Int(tableCount) * 8), let childBytes = take(Int(tableCount) * 4), offset == bytes.count
    else { return nil }
    let keys: [UInt64] = keyBytes.withUnsafeBytes { raw in
      (0..<Int(tableCount)).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)) }
    }
    let children: [Int32] = childBytes.withUnsafeBytes { raw in
      (0..<Int(tableCount)).map { Int32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: Int32.self)) }
    }
    // Every child and skill index must be in range, so a damaged file cannot make the matcher trap.
    guard children.allSatisfy({ $0 >= 0 && Int($0) < terminal.count }),
      terminal.allSatisfy({ $0 >= -1 && Int($0) < skills.count }),
      skills.allSatisfy({ $0.esco.allSatisfy { $0 >= 0 && Int($0) < skills.count } })
    else { return nil }
    let vocabulary = SkillVocabulary(skills: skills, labels: [], occupationCount: Int(occupations), sources: sources)
    return SkillMatcher(vocabulary: vocabulary, terminal: terminal, keys: keys, children: children)
  }

  /// Writes `bytes` to `directory/name` through a temporary file renamed into place, and removes all but the
  /// ``kept`` most recent cache files (those of earlier vocabularies or builds; a test runner and the binary
  /// it runs each keep theirs); failures are ignored.
  static func write(_ bytes: [UInt8], to directory: String, name: String) {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      let temporary = directory + "/." + name + ".\(getpid()).tmp"
      try Data(bytes).write(to: URL(fileURLWithPath: temporary))
      if rename(temporary, directory + "/" + name) != 0 {
        try? FileManager.default.removeItem(atPath: temporary)
        return
      }
      let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        .filter { $0.hasPrefix("skills-") && $0.hasSuffix(".bin") }
        .map { file -> (name: String, modified: Date) in
          let attributes = try? FileManager.default.attributesOfItem(atPath: directory + "/" + file)
          return (file, attributes?[.modificationDate] as? Date ?? .distantPast)
        }
        .sorted { ($0.modified, $0.name) > ($1.modified, $1.name) }
      for old in files.dropFirst(kept) { try? FileManager.default.removeItem(atPath: directory + "/" + old.name) }
    } catch {
      return
    }
  }
}
