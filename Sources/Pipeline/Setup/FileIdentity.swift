#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `stat` says of a file that changes whenever its bytes do: device, inode, size, and the times of its
/// last modification and status change, in nanoseconds.
struct FileIdentity: Equatable, Sendable {
  var device: Int64
  var inode: Int64
  var size: Int64
  var modified: Int64
  var changed: Int64

  /// The identity recorded for a file changed too recently to be known by its times: it never equals a file's.
  static let racy = FileIdentity(device: 0, inode: 0, size: -1, modified: 0, changed: 0)

  init(device: Int64, inode: Int64, size: Int64, modified: Int64, changed: Int64) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modified = modified
    self.changed = changed
  }

  /// The identity of the file at `path` (symbolic links followed), or nil when there is none.
  init?(path: String) {
    guard !path.isEmpty else { return nil }
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    device = Int64(truncatingIfNeeded: info.st_dev)
    inode = Int64(truncatingIfNeeded: info.st_ino)
    size = Int64(info.st_size)
    #if canImport(Darwin)
      modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
      changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
    #else
      modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
      changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    #endif
  }

  /// The five numbers, in order.
  var values: [Int64] { [device, inode, size, modified, changed] }
}
