import Testing

@testable import Pipeline

@Suite("The compiled file's payload checksum")
struct PayloadChecksumTests {
  /// Bytes that look like a payload: counts, offsets and text, not noise.
  private static func payload(_ count: Int) -> [UInt8] {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    return (0..<count).map { index in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return index % 3 == 0 ? UInt8(truncatingIfNeeded: index) : UInt8(truncatingIfNeeded: state >> 59)
    }
  }

  @Test("any byte changed, wherever it is, changes the checksum", arguments: [1, 7, 63, 64, 65, 200, 4_099])
  func changedByte(count: Int) {
    let bytes = Self.payload(count)
    let original = PayloadChecksum.of(bytes)
    for index in 0..<count {
      for flip: UInt8 in [0x01, 0x80, 0xFF] {
        var changed = bytes
        changed[index] ^= flip
        #expect(PayloadChecksum.of(changed) != original, "byte \(index) ^ \(flip)")
      }
    }
  }

  @Test("words swapped or blocks moved change the checksum")
  func reordered() {
    let bytes = Self.payload(4_096)
    let original = PayloadChecksum.of(bytes)
    for (first, second) in [(0, 8), (0, 64), (8, 72), (64, 1_024), (512, 4_088), (0, 4_032)] {
      var swapped = bytes
      for offset in 0..<8 { swapped.swapAt(first + offset, second + offset) }
      #expect(PayloadChecksum.of(swapped) != original, "words at \(first) and \(second) swapped")
    }
    let blocks = stride(from: 0, to: 4_096, by: 512).map { Array(bytes[$0..<($0 + 512)]) }
    #expect(PayloadChecksum.of(Array((blocks[1...] + blocks[..<1]).joined())) != original)
    #expect(PayloadChecksum.of(Array(blocks.reversed().joined())) != original)
  }

  @Test("a payload cut short, or with zeros added, has another checksum")
  func length() {
    let bytes = Self.payload(1_000)
    let checksums = Set((0...bytes.count).map { PayloadChecksum.of(Array(bytes[..<$0])) })
    #expect(checksums.count == bytes.count + 1)
    #expect(PayloadChecksum.of(bytes + [0]) != PayloadChecksum.of(bytes))
    #expect(
      PayloadChecksum.of([UInt8](repeating: 0, count: 64)) != PayloadChecksum.of([UInt8](repeating: 0, count: 128)))
  }

  @Test("the checksum of a slice is read from where the slice starts, aligned or not")
  func unaligned() {
    let bytes = Self.payload(3_000)
    for start in 0..<9 {
      let slice = Array(bytes[start...])
      let fromSlice = bytes.withUnsafeBytes { PayloadChecksum.of(UnsafeRawBufferPointer(rebasing: $0[start...])) }
      #expect(fromSlice == PayloadChecksum.of(slice))
    }
  }
}
