import Foundation

/// Turns bytes in a known encoding into valid UTF-8, replacing what cannot be decoded with U+FFFD.
enum UTF8Transcoder {
  /// The UTF-8 bytes of `bytes` read as `encoding`, skipping `bomLength` bytes first.
  static func transcode(_ bytes: [UInt8], from encoding: CharacterEncoding, bomLength: Int = 0) -> [UInt8] {
    let body = bomLength > 0 ? Array(bytes.dropFirst(bomLength)) : bytes
    switch encoding {
    case .utf8:
      return EncodingDetector.isValidUTF8(body) ? body : Array(String(decoding: body, as: UTF8.self).utf8)
    case .utf16LittleEndian, .utf16BigEndian:
      return utf16ToUTF8(body, littleEndian: encoding == .utf16LittleEndian)
    case .windows1252:
      return windows1252ToUTF8(body)
    case .foundation(let foundationEncoding, _):
      if let string = String(data: Data(body), encoding: foundationEncoding) { return Array(string.utf8) }
      return windows1252ToUTF8(body)
    }
  }

  /// Decodes UTF-16 code units; unpaired surrogates become U+FFFD, a trailing odd byte is dropped.
  static func utf16ToUTF8(_ bytes: [UInt8], littleEndian: Bool) -> [UInt8] {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 0
    while index + 1 < bytes.count {
      let low = UInt16(bytes[index])
      let high = UInt16(bytes[index + 1])
      units.append(littleEndian ? (high << 8 | low) : (low << 8 | high))
      index += 2
    }
    return Array(String(decoding: units, as: UTF16.self).utf8)
  }

  /// Decodes windows-1252 (a superset of the printable ISO-8859-1 range); the five unassigned bytes
  /// become U+FFFD.
  static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      if byte < 0x80 {
        output.append(byte)
        continue
      }
      let scalar: UInt32 = byte < 0xA0 ? UInt32(highControls[Int(byte) - 0x80]) : UInt32(byte)
      appendUTF8(scalar, to: &output)
    }
    return output
  }

  private static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      output.append(UInt8(scalar))
    case 0x80..<0x800:
      output.append(UInt8(0xC0 | (scalar >> 6)))
      output.append(UInt8(0x80 | (scalar & 0x3F)))
    default:
      output.append(UInt8(0xE0 | (scalar >> 12)))
      output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      output.append(UInt8(0x80 | (scalar & 0x3F)))
    }
  }

  /// windows-1252 bytes 0x80–0x9F.
  private static let highControls: [UInt16] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
    0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0xFFFD, 0x017E, 0x0178,
  ]
}
