import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file with the checks a batch needs: it must exist, be a regular file (a FIFO would
/// block forever), be readable and fit the size limit. Every input jdmatch reads goes through it.
public enum FileReader {
  /// The bytes of the file at `path`.
  ///
  /// - Throws: ``IngestError`` for a missing path, a directory, a special file, a permission problem,
  ///   an empty file or one over `limit` bytes.
  public static func read(_ path: String, limit: Int) throws -> [UInt8] {
    var info = stat()
    guard stat(path, &info) == 0 else { throw error(for: errno, path: path) }
    try check(info, path: path, limit: limit)
    // The path may have been swapped for a FIFO since the check: O_NONBLOCK keeps open() from waiting
    // for a writer, and the descriptor is checked again below. It changes nothing for regular files.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else { throw error(for: errno, path: path) }
    defer { close(descriptor) }
    guard fstat(descriptor, &info) == 0 else { throw error(for: errno, path: path) }
    try check(info, path: path, limit: limit)
    let size = Int(info.st_size)
    // Read one byte past the expected size to notice a file that grew past the limit meanwhile, into a buffer
    // not zeroed first (the compiled lexicon, megabytes, is read on every run).
    var total = 0
    var bytes = try [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
      defer { initialized = total }
      while total < buffer.count {
        let count = Glibc.read(descriptor, buffer.baseAddress! + total, buffer.count - total)
        if count < 0 {
          if errno == EINTR { continue }
          throw error(for: errno, path: path)
        }
        if count == 0 { break }
        total += count
      }
    }
    if total == size + 1 {
      // It grew since it was measured: read on, a block at a time, up to the limit.
      var block = [UInt8](repeating: 0, count: 65_536)
      while total <= limit {
        let count = block.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
        if count < 0 {
          if errno == EINTR { continue }
          throw error(for: errno, path: path)
        }
        if count == 0 { break }
        bytes.append(contentsOf: block[..<count])
        total += count
      }
    }
    if total > limit { throw IngestError.tooLarge(path: path, bytes: total, limit: limit) }
    if bytes.isEmpty { throw IngestError.empty(path: path) }
    return bytes
  }

  /// Refuses what is not a regular file of 1 to `limit` bytes.
  private static func check(_ info: stat, path: String, limit: Int) throws {
    let type = info.st_mode & S_IFMT
    if type == S_IFDIR { throw IngestError.isDirectory(path: path) }
    guard type == S_IFREG else { throw IngestError.notRegularFile(path: path) }
    let size = Int(info.st_size)
    if size > limit { throw IngestError.tooLarge(path: path, bytes: size, limit: limit) }
    if size == 0 { throw IngestError.empty(path: path) }
  }

  private static func error(for code: Int32, path: String) -> IngestError {
    switch code {
    case ENOENT, ENOTDIR: return .notFound(path: path)
    case EACCES, EPERM: return .unreadable(path: path, reason: "permission denied")
    case EISDIR: return .isDirectory(path: path)
    case ELOOP: return .unreadable(path: path, reason: "symbolic link loop")
    default: return .unreadable(path: path, reason: String(cString: strerror(code)))
    }
  }
}
