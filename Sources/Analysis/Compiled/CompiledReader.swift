/// Reads what ``CompiledWriter`` wrote, checking every length against the bytes left: a damaged or truncated
/// file throws ``Damaged`` and is read no further, never trapping.
/// It reads through a pointer: use it only inside the `withUnsafeBytes` call that gave it its bytes.
package struct CompiledReader {
  /// What a read that runs past the end, or finds a value out of range, throws.
  package struct Damaged: Error, Equatable {
    package init() {}
  }

  private let bytes: UnsafeRawBufferPointer
  /// The memory `bytes` lie in, when arrays may be used where they lie.
  private let storage: CompiledStorage?
  /// Where the next read starts.
  package private(set) var offset = 0

  /// A reader of `bytes`, from the start; it must not outlive them. Arrays it reads are copies.
  package init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
    storage = nil
  }

  /// A reader of `bytes`, which lie in `storage`: the arrays it reads as ``CompiledArray``s point into it.
  package init(_ bytes: UnsafeRawBufferPointer, in storage: CompiledStorage) {
    self.bytes = bytes
    self.storage = storage
  }

  /// Whether every byte has been read.
  package var isAtEnd: Bool { offset == bytes.count }

  private mutating func take(_ count: Int) throws(Damaged) -> Int {
    guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
    defer { offset += count }
    return offset
  }

  package mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) throws(Damaged) -> T {
    let start = try take(MemoryLayout<T>.size)
    return T(littleEndian: bytes.loadUnaligned(fromByteOffset: start, as: T.self))
  }

  package mutating func readByte() throws(Damaged) -> UInt8 { try read(UInt8.self) }

  package mutating func readBool() throws(Damaged) -> Bool {
    switch try readByte() {
    case 0: return false
    case 1: return true
    default: throw Damaged()
    }
  }

  /// A count or index written as 32 bits; never negative.
  package mutating func readInt() throws(Damaged) -> Int {
    let value = Int(try read(Int32.self))
    guard value >= 0 else { throw Damaged() }
    return value
  }

  /// A number written as 32 bits that may be negative.
  package mutating func readSignedInt() throws(Damaged) -> Int { Int(try read(Int32.self)) }

  package mutating func readDouble() throws(Damaged) -> Double { Double(bitPattern: try read(UInt64.self)) }

  package mutating func readString() throws(Damaged) -> String {
    let count = Int(try read(UInt32.self))
    let start = try take(count)
    return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<(start + count)]), as: UTF8.self)
  }

  /// The next `count` bytes as they are.
  package mutating func readRaw(count: UInt64) throws(Damaged) -> UnsafeRawBufferPointer {
    guard count <= UInt64(bytes.count - offset) else { throw Damaged() }
    let start = try take(Int(count))
    return UnsafeRawBufferPointer(rebasing: bytes[start..<(start + Int(count))])
  }

  /// A count of items still to read, each at least `minimumSize` bytes: a damaged count cannot make a reader
  /// reserve more than the file could hold.
  package mutating func readCount(minimumSize: Int = 1) throws(Damaged) -> Int {
    let count = try readInt()
    guard count <= (bytes.count - offset) / max(1, minimumSize) else { throw Damaged() }
    return count
  }

  package mutating func readStrings() throws(Damaged) -> [String] {
    let count = try readCount(minimumSize: 4)
    var values: [String] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try readString()) }
    return values
  }

  package mutating func readStringSet() throws(Damaged) -> Set<String> { Set(try readStrings()) }

  package mutating func readStringLists() throws(Damaged) -> [[String]] {
    let count = try readCount(minimumSize: 4)
    var values: [[String]] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try readStrings()) }
    return values
  }

  package mutating func readDoubles() throws(Damaged) -> [Double] {
    let count = try readCount(minimumSize: 8)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try readDouble()) }
    return values
  }

  /// The count and bounds of an array written by ``CompiledWriter/write(array:)``, its padding skipped.
  private mutating func arrayBounds<T: FixedWidthInteger>(of _: T.Type) throws(Damaged) -> (start: Int, count: Int) {
    let count = try read(UInt64.self)
    _ = try take((MemoryLayout<T>.alignment - offset % MemoryLayout<T>.alignment) % MemoryLayout<T>.alignment)
    let size = MemoryLayout<T>.stride
    guard count <= UInt64(bytes.count - offset) / UInt64(size) else { throw Damaged() }
    return (try take(Int(count) * size), Int(count))
  }

  /// An array written by ``CompiledWriter/write(array:)``, used where it lies when the reader reads a mapped
  /// file and the array is aligned there; else a copy.
  package mutating func readCompiledArray<T: FixedWidthInteger>(of _: T.Type = T.self) throws(Damaged)
    -> CompiledArray<T>
  {
    #if _endian(little)
      let saved = offset
      let (start, count) = try arrayBounds(of: T.self)
      if let storage, let base = bytes.baseAddress, let storageBase = storage.bytes.baseAddress,
        Int(bitPattern: base + start) % MemoryLayout<T>.alignment == 0
      {
        return CompiledArray(storage: storage, offset: (base + start) - storageBase, count: count)
      }
      offset = saved
    #endif
    return CompiledArray(try readArray(of: T.self))
  }

  /// An array written by ``CompiledWriter/write(array:)``, copied in one move.
  package mutating func readArray<T: FixedWidthInteger>(of _: T.Type = T.self) throws(Damaged) -> [T] {
    let (start, count) = try arrayBounds(of: T.self)
    let size = MemoryLayout<T>.stride
    let source = UnsafeRawBufferPointer(rebasing: bytes[start..<(start + count * size)])
    let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
      initialized = count
    }
    #if _endian(big)
      return values.map { T(littleEndian: $0) }
    #else
      return values
    #endif
  }
}
