/// Windows line ends in text that is read line by line: `"\r\n"` is one `Character` to Swift, so a reader that
/// splits at `"\n"` would not split there, and the text is rewritten with `"\n"` first.
enum LineEnds {
  /// Whether `bytes` hold a carriage return followed by a line feed: the bytes of that one `Character`
  /// (a CR and an LF always form it), found without Foundation bridging the whole text.
  static func containsCRLF(_ bytes: some Sequence<UInt8>) -> Bool {
    var previous: UInt8 = 0
    for byte in bytes {
      if previous == 0x0D && byte == 0x0A { return true }
      previous = byte
    }
    return false
  }
}
