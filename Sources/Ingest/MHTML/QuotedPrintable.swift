/// Decodes quoted-printable transfer encoding (RFC 2045): `=XX` bytes and `=` soft line breaks.
enum QuotedPrintable {
  /// The decoded bytes; a malformed escape is kept as written.
  static func decode(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard byte == 0x3D else {
        output.append(byte)
        index += 1
        continue
      }
      if index + 1 < bytes.count && bytes[index + 1] == 0x0A {
        index += 2
        continue
      }
      if index + 2 < bytes.count && bytes[index + 1] == 0x0D && bytes[index + 2] == 0x0A {
        index += 3
        continue
      }
      if index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
        output.append(high << 4 | low)
        index += 3
        continue
      }
      output.append(byte)
      index += 1
    }
    return output
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: return byte - 0x30
    case 0x41...0x46: return byte - 0x41 + 10
    case 0x61...0x66: return byte - 0x61 + 10
    default: return nil
    }
  }
}
