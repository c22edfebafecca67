import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes command output to a file atomically: a temporary file beside it, then a rename, so an
/// interrupted run leaves the old file or none, never half of one, and no temporary file either.
///
/// While the temporary file exists, SIGINT, SIGTERM and SIGHUP first remove it and then end the process
/// as they would have; before and after, they are left alone.
enum OutputFile {
  /// The signals that remove the temporary file before ending the process.
  static let interruptions: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// Writes `text` to `path`.
  ///
  /// - Throws: `ExitCode` 2 after naming the file and the reason on stderr.
  static func write(_ text: String, to path: String) throws {
    do {
      try replace(path, with: Array(text.utf8))
    } catch let failure as Failure {
      Console.error("jdmatch: \(path): cannot write output: \(failure.reason)")
      throw ExitStatus.usage.exitCode
    }
  }

  /// Why the output could not be written.
  struct Failure: Error {
    var reason: String

    init(errno code: Int32) {
      reason = String(cString: strerror(code))
    }
  }

  /// Replaces the file at `path` with `bytes` through a temporary file in the same folder.
  static func replace(_ path: String, with bytes: [UInt8]) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let template = Array((folder + "/." + url.lastPathComponent + ".tmp-XXXXXX").utf8CString)
    guard template.count <= TemporaryPath.capacity else { throw Failure(errno: ENAMETOOLONG) }
    // Allocated here, before any handler that reads it is installed.
    let buffer = TemporaryPath.buffer
    let previous = interruptions.map { signal($0, removeTemporaryFileAndRaise) }
    defer {
      buffer[0] = 0
      for (interruption, handler) in zip(interruptions, previous) { signal(interruption, handler) }
    }
    // The handler may run from now on: the buffer holds the name mkstemp fills in, and an empty string
    // once the file is renamed or removed.
    template.withUnsafeBufferPointer { source in
      buffer.update(from: source.baseAddress!, count: source.count)
    }
    let descriptor = mkstemp(buffer)
    guard descriptor >= 0 else {
      let code = errno
      buffer[0] = 0
      throw Failure(errno: code)
    }
    var renamed = false
    defer {
      if !renamed { unlink(buffer) }
    }
    do {
      defer { close(descriptor) }
      // mkstemp makes the file private (0600); an output file gets the old file's mode, or the usual one.
      var existing = stat()
      let mode = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o666 & ~currentUmask()
      fchmod(descriptor, mode)
      var written = 0
      while written < bytes.count {
        let count = bytes.withUnsafeBytes { raw in
          Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
        }
        if count < 0 {
          if errno == EINTR { continue }
          throw Failure(errno: errno)
        }
        written += count
      }
      guard fsync(descriptor) == 0 else { throw Failure(errno: errno) }
    }
    guard rename(buffer, path) == 0 else { throw Failure(errno: errno) }
    renamed = true
  }

  /// The process's file-creation mask (reading it means setting it, so it is set back at once).
  private static func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }
}

/// The temporary file's name as a C string the signal handler can use without allocating. Never freed, so
/// a handler running on another thread can never see it go away.
private enum TemporaryPath {
  static let capacity = Int(PATH_MAX) + 1
  nonisolated(unsafe) static let buffer: UnsafeMutablePointer<CChar> = {
    let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
    buffer.initialize(repeating: 0, count: capacity)
    return buffer
  }()
}

/// Removes the temporary output file, if there is one, then lets the signal end the process as usual.
/// Only async-signal-safe calls.
private func removeTemporaryFileAndRaise(_ number: Int32) {
  if TemporaryPath.buffer[0] != 0 { unlink(TemporaryPath.buffer) }
  signal(number, SIG_DFL)
  raise(number)
}
