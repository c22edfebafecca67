import Analysis

/// One file of the ``LexiconCache``: a header saying what it was compiled from and by which executable, then
/// the compiled lexicon (the payload) and its checksum.
///
/// Header: `JDLX`, the format version, the executable's identity, the hash of the sources' bytes, each
/// source's absolute path and identity (absent, or ``FileIdentity/racy``), the payload's length and checksum
/// (``PayloadChecksum``), zero bytes up to a multiple of 8 (so the payload's arrays lie aligned in the mapped
/// file).
struct CompiledFile {
  /// The sources' absolute paths, in ``LexiconCache/Sources`` order.
  let sources: [String]
  /// The executable that compiled it (``ExecutableIdentity``).
  let executable: [UInt8]
  /// Each source's identity when it was compiled; nil for one that did not exist.
  let identities: [FileIdentity?]
  /// The hash of the sources' bytes (``LexiconCache/contentHash(_:)``).
  let contentHash: UInt64
  /// The whole file (mapped, when read), and where the payload starts in it.
  private let file: CompiledStorage
  private let payloadStart: Int

  /// A file for a payload just compiled.
  init(
    sources: [String], executable: [UInt8], identities: [FileIdentity?], contentHash: UInt64,
    payload: [UInt8]
  ) {
    var writer = CompiledWriter()
    Self.writeHeader(
      to: &writer, sources: sources, executable: executable, identities: identities, contentHash: contentHash,
      payload: payload)
    payloadStart = writer.bytes.count
    writer.write(raw: payload)
    self.sources = sources
    self.executable = executable
    self.identities = identities
    self.contentHash = contentHash
    file = writer.bytes.withUnsafeBytes { CompiledStorage(copying: $0) }
  }

  /// The file in `bytes`, or nil when they are not a whole file of this format whose payload matches its
  /// checksum.
  init?(_ bytes: [UInt8]) {
    self.init(bytes.withUnsafeBytes { CompiledStorage(copying: $0) })
  }

  /// The file in `file` (a compiled file mapped), or nil when it is not a whole file of this format whose
  /// payload matches its checksum.
  init?(_ file: CompiledStorage) {
    var reader = CompiledReader(file.bytes)
    guard let header = try? Self.readHeader(&reader) else { return nil }
    sources = header.sources
    executable = header.executable
    identities = header.identities
    contentHash = header.hash
    self.file = file
    payloadStart = header.start
  }

  /// The file's bytes.
  var bytes: [UInt8] { Array(file.bytes) }

  /// Whether it was compiled from the sources at `paths` by `executable`.
  func matches(sources paths: [String], executable: [UInt8]) -> Bool {
    sources == paths && self.executable == executable
  }

  /// Whether every source still has the identity recorded for it (none changed too recently to tell).
  func isFresh(_ current: [FileIdentity?]) -> Bool {
    identities.count == current.count
      && zip(identities, current).allSatisfy { recorded, now in recorded == now && recorded != .racy }
  }

  /// The same file with other source identities.
  func rewritten(identities: [FileIdentity?]) -> [UInt8] {
    CompiledFile(
      sources: sources, executable: executable, identities: identities, contentHash: contentHash,
      payload: Array(file.bytes[payloadStart...])
    ).bytes
  }

  /// The lexicon it holds, named by `sources` (the paths as this run gives them), or nil when the payload
  /// does not read back whole.
  func contents(sources: LexiconCache.Sources, skillFiles: [String]) -> LexiconCache.Contents? {
    LexiconCache.contents(
      payload: UnsafeRawBufferPointer(rebasing: file.bytes[payloadStart...]), in: file, sources: sources,
      skillFiles: skillFiles)
  }

  private static func writeHeader(
    to writer: inout CompiledWriter, sources: [String], executable: [UInt8], identities: [FileIdentity?],
    contentHash: UInt64, payload: [UInt8]
  ) {
    writer.write(raw: LexiconCache.magic)
    writer.write(LexiconCache.version)
    writer.write(array: executable)
    writer.write(contentHash)
    writer.write(sources.count)
    for (source, identity) in zip(sources, identities) {
      writer.write(source)
      writer.write(identity != nil)
      if let identity { write(identity, to: &writer) }
    }
    writer.write(UInt64(payload.count))
    writer.write(PayloadChecksum.of(payload))
    writer.pad(to: 8)
  }

  private static func write(_ identity: FileIdentity, to writer: inout CompiledWriter) {
    for value in identity.values { writer.write(value) }
  }

  private static func readIdentity(_ reader: inout CompiledReader) throws(CompiledReader.Damaged) -> FileIdentity {
    FileIdentity(
      device: try reader.read(), inode: try reader.read(), size: try reader.read(), modified: try reader.read(),
      changed: try reader.read())
  }

  private static func readHeader(_ reader: inout CompiledReader) throws(CompiledReader.Damaged) -> (
    sources: [String], executable: [UInt8], identities: [FileIdentity?], hash: UInt64, start: Int
  ) {
    for byte in LexiconCache.magic where try reader.readByte() != byte { throw CompiledReader.Damaged() }
    guard try reader.read(UInt32.self) == LexiconCache.version else { throw CompiledReader.Damaged() }
    let executable: [UInt8] = try reader.readArray()
    let contentHash = try reader.read(UInt64.self)
    var sources: [String] = []
    var identities: [FileIdentity?] = []
    for _ in 0..<(try reader.readCount(minimumSize: 5)) {
      sources.append(try reader.readString())
      identities.append(try reader.readBool() ? try readIdentity(&reader) : nil)
    }
    let length = try reader.read(UInt64.self)
    let checksum = try reader.read(UInt64.self)
    _ = try reader.readRaw(count: UInt64((8 - reader.offset % 8) % 8))
    let start = reader.offset
    let payload = try reader.readRaw(count: length)
    guard PayloadChecksum.of(payload) == checksum, reader.isAtEnd else { throw CompiledReader.Damaged() }
    return (sources, executable, identities, contentHash, start)
  }
}
