/// The central directory of a ZIP archive held in memory, read with every offset and size checked against
/// the bytes, so a crafted archive can neither crash the reader nor send it past the end of the data.
///
/// jdmatch reads the directory itself rather than through ZIPFoundation's `Archive`: on crafted input that
/// type traps on a ZIP64 offset above `Int64.max` and, on Linux, spins forever inflating an entry whose
/// deflate stream runs off the end of the file. Only ZIPFoundation's inflater is used, fed by
/// ``DocxArchive`` one bounded chunk at a time.
struct ZIPDirectory {
  /// One file in the archive, as the central directory describes it.
  struct Entry: Equatable {
    /// The entry's name, with backslashes read as slashes (some Windows tools write them).
    var name: String
    /// General-purpose flags; bit 0 marks an encrypted entry.
    var flags: UInt16
    /// The compression method: 0 stored, 8 deflate.
    var method: UInt16
    /// The CRC-32 of the uncompressed data.
    var crc32: UInt32
    /// The size of the stored data.
    var compressedSize: UInt64
    /// The size the directory declares for the uncompressed data; a zip bomb can lie about it.
    var uncompressedSize: UInt64
    /// Where the entry's local header starts.
    var localHeaderOffset: UInt64

    /// Whether the entry is encrypted.
    var isEncrypted: Bool { flags & 1 != 0 }
  }

  /// The entries in directory order.
  let entries: [Entry]

  private static let endSignature: UInt32 = 0x0605_4B50
  private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
  private static let zip64EndSignature: UInt32 = 0x0606_4B50
  private static let centralSignature: UInt32 = 0x0201_4B50
  private static let localSignature: UInt32 = 0x0403_4B50
  private static let endRecordSize = 22
  private static let centralRecordSize = 46
  private static let localRecordSize = 30

  /// Reads the directory at the end of `bytes`, or returns nil when there is none or it does not fit the data.
  init?(bytes: [UInt8]) {
    guard let end = Self.endRecordOffset(in: bytes) else { return nil }
    var count = UInt64(Self.uint16(bytes, end + 10))
    var size = UInt64(Self.uint32(bytes, end + 12))
    var offset = UInt64(Self.uint32(bytes, end + 16))
    if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
      guard let zip64 = Self.zip64End(in: bytes, before: end) else { return nil }
      (count, size, offset) = zip64
    }
    guard offset <= UInt64(bytes.count), size <= UInt64(bytes.count) - offset else { return nil }
    let directoryEnd = Int(offset + size)
    var position = Int(offset)
    var entries: [Entry] = []
    // Each record is at least 46 bytes, so a lying count cannot make this loop outrun the data.
    while UInt64(entries.count) < count {
      guard position + Self.centralRecordSize <= directoryEnd, Self.uint32(bytes, position) == Self.centralSignature
      else { break }
      let nameLength = Int(Self.uint16(bytes, position + 28))
      let extraLength = Int(Self.uint16(bytes, position + 30))
      let commentLength = Int(Self.uint16(bytes, position + 32))
      let nameStart = position + Self.centralRecordSize
      let next = nameStart + nameLength + extraLength + commentLength
      guard next <= directoryEnd else { break }
      var entry = Entry(
        name: Self.name(bytes[nameStart..<nameStart + nameLength]),
        flags: Self.uint16(bytes, position + 8), method: Self.uint16(bytes, position + 10),
        crc32: Self.uint32(bytes, position + 16), compressedSize: UInt64(Self.uint32(bytes, position + 20)),
        uncompressedSize: UInt64(Self.uint32(bytes, position + 24)),
        localHeaderOffset: UInt64(Self.uint32(bytes, position + 42)))
      let extra = nameStart + nameLength..<nameStart + nameLength + extraLength
      guard Self.applyZIP64Extra(bytes[extra], to: &entry) else { return nil }
      entries.append(entry)
      position = next
    }
    self.entries = entries
  }

  /// The first entry called `name`, if any.
  func entry(named name: String) -> Entry? {
    entries.first { $0.name == name }
  }

  /// Where `entry`'s stored data lies in `bytes`, or nil when its local header is missing or the data runs
  /// past the end.
  static func dataRange(of entry: Entry, in bytes: [UInt8]) -> Range<Int>? {
    let count = UInt64(bytes.count)
    guard entry.localHeaderOffset <= count, count - entry.localHeaderOffset >= UInt64(localRecordSize) else {
      return nil
    }
    let header = Int(entry.localHeaderOffset)
    guard uint32(bytes, header) == localSignature else { return nil }
    let start = header + localRecordSize + Int(uint16(bytes, header + 26)) + Int(uint16(bytes, header + 28))
    guard start <= bytes.count, entry.compressedSize <= UInt64(bytes.count - start) else { return nil }
    return start..<start + Int(entry.compressedSize)
  }

  /// The end-of-central-directory record, searched for backwards over the largest comment a ZIP may carry.
  private static func endRecordOffset(in bytes: [UInt8]) -> Int? {
    guard bytes.count >= endRecordSize else { return nil }
    let lowest = max(0, bytes.count - endRecordSize - 0xFFFF)
    var position = bytes.count - endRecordSize
    while position >= lowest {
      if bytes[position] == 0x50, uint32(bytes, position) == endSignature { return position }
      position -= 1
    }
    return nil
  }

  /// The entry count, directory size and directory offset from the ZIP64 end record that the locator just
  /// before the classic end record points to.
  private static func zip64End(in bytes: [UInt8], before end: Int) -> (UInt64, UInt64, UInt64)? {
    let locator = end - 20
    guard locator >= 0, uint32(bytes, locator) == zip64LocatorSignature else { return nil }
    let record = uint64(bytes, locator + 8)
    guard record <= UInt64(bytes.count), UInt64(bytes.count) - record >= 56 else { return nil }
    let start = Int(record)
    guard uint32(bytes, start) == zip64EndSignature else { return nil }
    return (uint64(bytes, start + 32), uint64(bytes, start + 40), uint64(bytes, start + 48))
  }

  /// Replaces the 32-bit fields saturated at 0xFFFFFFFF with the 64-bit values of the ZIP64 extra field, in
  /// the order the specification gives. Returns false when such a field is saturated but has no value.
  private static func applyZIP64Extra(_ extra: ArraySlice<UInt8>, to entry: inout Entry) -> Bool {
    let saturated = UInt64(0xFFFF_FFFF)
    let needs = [
      entry.uncompressedSize == saturated, entry.compressedSize == saturated, entry.localHeaderOffset == saturated,
    ]
    guard needs.contains(true) else { return true }
    var position = extra.startIndex
    while position + 4 <= extra.endIndex {
      let id = UInt16(extra[position]) | UInt16(extra[position + 1]) << 8
      let length = Int(UInt16(extra[position + 2]) | UInt16(extra[position + 3]) << 8)
      let data = position + 4
      guard data + length <= extra.endIndex else { return false }
      if id == 0x0001 {
        // The 64-bit values follow one another, only for the fields that are saturated.
        let values = stride(from: data, to: data + length - 7, by: 8).map { start in
          (0..<8).reduce(UInt64(0)) { $0 | UInt64(extra[start + $1]) << (8 * UInt64($1)) }
        }
        guard values.count >= needs.filter({ $0 }).count else { return false }
        var next = values.makeIterator()
        if needs[0], let value = next.next() { entry.uncompressedSize = value }
        if needs[1], let value = next.next() { entry.compressedSize = value }
        if needs[2], let value = next.next() { entry.localHeaderOffset = value }
        return true
      }
      position = data + length
    }
    return false
  }

  private static func name(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes.map { $0 == 0x5C ? 0x2F : $0 }, as: UTF8.self)
  }

  private static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
    UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
  }

  private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    UInt32(uint16(bytes, offset)) | UInt32(uint16(bytes, offset + 2)) << 16
  }

  private static func uint64(_ bytes: [UInt8], _ offset: Int) -> UInt64 {
    UInt64(uint32(bytes, offset)) | UInt64(uint32(bytes, offset + 4)) << 32
  }
}
