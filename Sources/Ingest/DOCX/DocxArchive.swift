import Foundation
import ZIPFoundation

/// A Word file's ZIP archive, held in memory, from which the XML parts are taken out with a cap on how
/// much they may inflate to. Nothing is written to disk and entry names are only compared, never used as
/// paths.
struct DocxArchive {
  /// The file the archive was read from, for errors.
  let source: String
  private let bytes: [UInt8]
  private let directory: ZIPDirectory

  /// Inflated bytes are handed over in chunks of this size, so an entry that inflates past its declared
  /// size is stopped after at most this much extra.
  private static let chunkSize = 16_384

  /// Opens the archive in `bytes`.
  ///
  /// - Throws: ``IngestError/malformed(path:reason:)`` when no ZIP directory can be read.
  init(bytes: [UInt8], source: String) throws {
    guard let directory = ZIPDirectory(bytes: bytes) else {
      throw IngestError.malformed(path: source, reason: "archive is corrupt (no readable ZIP directory)")
    }
    self.bytes = bytes
    self.source = source
    self.directory = directory
  }

  /// Whether `bytes` are a ZIP archive with an entry called `name`.
  static func contains(_ name: String, in bytes: [UInt8]) -> Bool {
    ZIPDirectory(bytes: bytes)?.entry(named: name) != nil
  }

  /// The entry called `name`, if the archive has one.
  func entry(named name: String) -> ZIPDirectory.Entry? {
    directory.entry(named: name)
  }

  /// Refuses, before anything is inflated, entries whose declared sizes add up to more than `limit` bytes.
  ///
  /// - Throws: ``IngestError/malformed(path:reason:)`` naming the entries and their size.
  func checkSizes(of entries: [ZIPDirectory.Entry], limit: Int) throws {
    let total = entries.reduce(UInt64(0)) { sum, entry in
      sum.addingReportingOverflow(entry.uncompressedSize).overflow
        ? .max : sum + entry.uncompressedSize
    }
    guard total > UInt64(max(0, limit)) else { return }
    let names = entries.map(\.name)
    let subject =
      names.count == 1 ? "\(names[0]) is" : "\(names.dropLast().joined(separator: ", ")) and \(names.last!) are"
    let size = total > UInt64(Int.max) ? "over \(IngestError.megabytes(Int.max))" : IngestError.megabytes(Int(total))
    throw IngestError.malformed(
      path: source, reason: "\(subject) \(size) uncompressed, over the \(IngestError.megabytes(limit)) limit")
  }

  /// The uncompressed bytes of `entry`.
  ///
  /// Call ``checkSizes(of:limit:)`` first: this trusts the declared size only as a ceiling, stopping as soon
  /// as more bytes arrive than declared.
  ///
  /// - Throws: ``IngestError/malformed(path:reason:)`` for an encrypted entry, an unknown compression method,
  ///   data that is cut short, fails to inflate, inflates past its declared size or fails its checksum.
  func contents(of entry: ZIPDirectory.Entry) throws -> [UInt8] {
    let name = entry.name
    if entry.isEncrypted { throw malformed("\(name) is encrypted (password-protected)") }
    guard let range = ZIPDirectory.dataRange(of: entry, in: bytes) else {
      throw malformed("archive is corrupt (\(name) is cut short or its header is missing)")
    }
    let declared = entry.uncompressedSize
    let output: [UInt8]
    let checksum: CRC32
    switch entry.method {
    case 0:
      guard UInt64(range.count) == declared else { throw malformed("archive is corrupt (\(name) has the wrong size)") }
      output = Array(bytes[range])
      checksum = Data(output).crc32(checksum: 0)
    case 8:
      (output, checksum) = try inflate(range, declared: declared, name: name)
    default:
      throw malformed("\(name) uses compression method \(entry.method), which jdmatch cannot read")
    }
    guard checksum == entry.crc32 else {
      throw malformed("archive is corrupt (\(name) fails its checksum)")
    }
    return output
  }

  /// Inflates the deflate data in `range`, feeding ZIPFoundation's inflater itself: its own reader on Linux
  /// neither stops at the entry's end nor at the end of the data, and reads a whole chunk's length past a
  /// short final chunk. So every chunk handed over is full length (zero-padded after the data), and asking
  /// for more once the entry's data is used up ends the stream as corrupt.
  private func inflate(_ range: Range<Int>, declared: UInt64, name: String) throws -> ([UInt8], CRC32) {
    var output: [UInt8] = []
    output.reserveCapacity(Int(min(declared, 1 << 26)))
    let checksum: CRC32
    do {
      checksum = try Data.decompress(
        size: Int64(range.count), bufferSize: Self.chunkSize, skipCRC32: false,
        provider: { position, chunkSize in
          guard position >= 0, position < Int64(range.count) else { throw InflateFailure.truncated }
          let start = range.lowerBound + Int(position)
          let end = min(range.upperBound, start + chunkSize)
          var chunk = Data(bytes[start..<end])
          if chunk.count < chunkSize { chunk.append(Data(count: chunkSize - chunk.count)) }
          return chunk
        },
        consumer: { data in
          guard UInt64(output.count) + UInt64(data.count) <= declared else { throw InflateFailure.overflow }
          output.append(contentsOf: data)
        })
    } catch InflateFailure.overflow {
      throw malformed("\(name) inflates past the \(declared) bytes it declares (a corrupt archive or a zip bomb)")
    } catch {
      throw malformed("archive is corrupt (\(name) cannot be inflated)")
    }
    guard UInt64(output.count) == declared else {
      throw malformed("archive is corrupt (\(name) inflates to \(output.count) bytes, not the \(declared) declared)")
    }
    return (output, checksum)
  }

  private func malformed(_ reason: String) -> IngestError {
    .malformed(path: source, reason: reason)
  }

  private enum InflateFailure: Error {
    case truncated
    case overflow
  }
}
