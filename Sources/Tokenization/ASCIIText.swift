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
}
