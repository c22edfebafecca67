#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Memory that a compiled lexicon's arrays point into: a compiled file mapped read-only, or memory of their
/// own. It is given back (unmapped, freed) when the last array using it goes.
package final class CompiledStorage: @unchecked Sendable {
  /// The bytes.
  package let bytes: UnsafeRawBufferPointer
  /// Whether they are a mapped file (unmapped when done) or memory of their own (freed).
  private let isMapped: Bool

  private init(bytes: UnsafeRawBufferPointer, isMapped: Bool) {
    self.bytes = bytes
    self.isMapped = isMapped
  }

  deinit {
    guard let base = bytes.baseAddress else { return }
    if isMapped {
      munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
    } else {
      UnsafeMutableRawPointer(mutating: base).deallocate()
    }
  }

  /// A copy of `bytes` in memory of its own, aligned for any number.
  package convenience init(copying bytes: UnsafeRawBufferPointer) {
    let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, bytes.count), alignment: 16)
    if let base = bytes.baseAddress, !bytes.isEmpty {
      memory.baseAddress!.copyMemory(from: base, byteCount: bytes.count)
    }
    self.init(bytes: UnsafeRawBufferPointer(rebasing: memory[..<bytes.count]), isMapped: false)
  }

  /// The regular file at `path` mapped read-only, or nil when it cannot be (missing, not a regular file,
  /// empty or over `limit` bytes). Mapped pages come from the page cache as they are read, so a large file
  /// costs nothing to open; the file must not be truncated while mapped (a compiled file never is: it is
  /// replaced by renaming another over it).
  package static func mapping(path: String, limit: Int) -> CompiledStorage? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0, info.st_size <= limit
    else { return nil }
    let size = Int(info.st_size)
    guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
      return nil
    }
    return CompiledStorage(bytes: UnsafeRawBufferPointer(start: address, count: size), isMapped: true)
  }
}

/// An array of numbers read from a compiled lexicon without copying them (or held in memory of its own when it
/// was built, not read): the big tables of the skills tries are used where they lie in the mapped file.
package struct CompiledArray<Element: FixedWidthInteger>: RandomAccessCollection, @unchecked Sendable {
  private let storage: CompiledStorage
  private let elements: UnsafeBufferPointer<Element>

  /// The elements of `array`, copied into memory of their own.
  package init(_ array: [Element]) {
    storage = array.withUnsafeBytes { CompiledStorage(copying: $0) }
    elements = storage.bytes.bindMemory(to: Element.self)
  }

  /// `count` elements at `offset` in `storage`, which must be aligned for them.
  init(storage: CompiledStorage, offset: Int, count: Int) {
    self.storage = storage
    let raw = UnsafeRawBufferPointer(rebasing: storage.bytes[offset..<(offset + count * MemoryLayout<Element>.stride)])
    elements = raw.bindMemory(to: Element.self)
  }

  package var startIndex: Int { 0 }
  package var endIndex: Int { elements.count }

  @inline(__always)
  package subscript(index: Int) -> Element { elements[index] }

  /// The elements as raw bytes.
  package func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
    try body(UnsafeRawBufferPointer(elements))
  }
}
