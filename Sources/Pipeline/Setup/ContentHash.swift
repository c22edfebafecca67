/// A fast 64-bit hash of bytes (not a cryptographic one): it tells a compiled lexicon's sources, and its own
/// bytes, from any other version of them. Bytes go through four lanes of eight bytes, each step a bijection of
/// the lane, so a change to one word always changes the result.
struct ContentHash {
  private var lanes: (UInt64, UInt64, UInt64, UInt64) = (
    0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x85EB_CA77_C2B2_AE63
  )
  private var length: UInt64 = 0

  private static let multiplier: UInt64 = 0xFF51_AFD7_ED55_8CCD

  @inline(__always)
  private static func step(_ lane: UInt64, _ word: UInt64) -> UInt64 {
    let mixed = (lane ^ word) &* multiplier
    return mixed ^ (mixed >> 29)
  }

  /// Adds one number.
  mutating func add(_ word: UInt64) {
    lanes.0 = Self.step(lanes.0, word)
    length &+= 8
  }

  /// Adds bytes.
  mutating func add(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { add($0) }
  }

  /// Adds bytes.
  mutating func add(_ bytes: UnsafeRawBufferPointer) {
    var (a, b, c, d) = lanes
    var offset = 0
    let count = bytes.count
    while offset + 32 <= count {
      a = Self.step(a, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
      b = Self.step(b, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
      c = Self.step(c, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)))
      d = Self.step(d, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)))
      offset += 32
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < count {
      tail |= UInt64(bytes[offset]) << shift
      shift += 8
      offset += 1
      if shift == 64 {
        a = Self.step(a, tail)
        tail = 0
        shift = 0
      }
    }
    // The tail's length is folded in, so trailing zero bytes still count.
    a = Self.step(a, tail ^ (shift << 56))
    lanes = (a, b, c, d)
    length &+= UInt64(count)
  }

  /// The hash of everything added.
  var value: UInt64 {
    var result = Self.step(lanes.0, length)
    result = Self.step(result, lanes.1)
    result = Self.step(result, lanes.2)
    return Self.step(result, lanes.3)
  }
}
