/// Byte-level helpers for hot paths, where Foundation's string search would bridge through NSString.
public enum ASCIIText {
  /// The UTF-8 bytes of `text` with ASCII letters lowercased (other bytes unchanged).
  @inlinable
  public static func lowercasedBytes(_ text: String) -> [UInt8] {
    var bytes = Array(text.utf8)
    for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] |= 0x20 }
    return bytes
  }

  /// Whether `needle` occurs in `haystack`.
  @inlinable
  public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    guard needle.count <= haystack.count else { return false }
    let first = needle[0]
    var index = 0
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == first {
        var offset = 1
        while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return true }
      }
      index += 1
    }
    return false
  }

  /// Whether any of `needles` occurs in `haystack`.
  @inlinable
  public static func containsAny(_ haystack: [UInt8], _ needles: [[UInt8]]) -> Bool {
    needles.contains { contains(haystack, $0) }
  }
}
