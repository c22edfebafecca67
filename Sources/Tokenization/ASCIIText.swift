/// Byte-level helpers for hot paths, where Foundation's string functions would bridge through NSString.
/// (Byte search lives in Ingest's `ASCIIBytes`, the one stage that needs it.)
public enum ASCIIText {
  /// The UTF-8 bytes of `text` with ASCII letters lowercased (other bytes unchanged).
  @inlinable
  public static func lowercasedBytes(_ text: String) -> [UInt8] {
    var bytes = Array(text.utf8)
    for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] |= 0x20 }
    return bytes
  }

  /// Whether every byte of `text` is ASCII, read eight bytes at a time where the string's bytes are contiguous.
  public static func isASCII(_ text: String) -> Bool {
    if let answer = text.utf8.withContiguousStorageIfAvailable(isASCII) { return answer }
    return text.utf8.allSatisfy { $0 < 0x80 }
  }

  /// Whether every byte is ASCII.
  public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var index = 0
    while index + 8 <= count {
      if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
      index += 8
    }
    while index < count {
      if base[index] >= 0x80 { return false }
      index += 1
    }
    return true
  }
}
