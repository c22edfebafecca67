/// The checksum of a compiled file's payload (``CompiledFile``): a Fletcher checksum over 64-bit words, in eight
/// interleaved lanes, its sums then mixed by ``ContentHash`` with the payload's length.
///
/// Each lane keeps the sum of its words and the sum of those running sums, modulo 2^64, so a change confined to
/// one word always changes its lane's first sum, and words moved or swapped change the second. Fletcher's sums
/// are how zlib (Adler-32) and others check their data; here they take two vector additions per 16 bytes,
/// which is what makes them worth having over ``ContentHash`` (a quarter of its instructions): a run checks
/// the whole payload, 5 MB, before it trusts any of it. The file is read only by the build that wrote it
/// (``ExecutableIdentity``), so words are read in the machine's own byte order.
enum PayloadChecksum {
  /// The checksum of `bytes`.
  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var sums = SIMD8<UInt64>(repeating: 0)
    var sumsOfSums = SIMD8<UInt64>(repeating: 0)
    let count = bytes.count
    var offset = 0
    if let start = bytes.baseAddress {
      // Two blocks of 64 bytes a turn: the loop's own instructions are a quarter of it otherwise.
      while count - offset >= 128 {
        sums &+= start.loadUnaligned(fromByteOffset: offset, as: SIMD8<UInt64>.self)
        sumsOfSums &+= sums
        sums &+= start.loadUnaligned(fromByteOffset: offset + 64, as: SIMD8<UInt64>.self)
        sumsOfSums &+= sums
        offset += 128
      }
      if count - offset >= 64 {
        sums &+= start.loadUnaligned(fromByteOffset: offset, as: SIMD8<UInt64>.self)
        sumsOfSums &+= sums
        offset += 64
      }
    }
    if offset < count {
      // The last bytes as one block padded with zeros; the length, mixed in below, tells the zeros apart.
      var last = SIMD8<UInt64>(repeating: 0)
      withUnsafeMutableBytes(of: &last) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset...])) }
      sums &+= last
      sumsOfSums &+= sums
    }
    var hash = ContentHash()
    hash.add(UInt64(count))
    for lane in 0..<8 {
      hash.add(sums[lane])
      hash.add(sumsOfSums[lane])
    }
    return hash.value
  }

  /// The checksum of `bytes`.
  static func of(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { of($0) }
  }
}
