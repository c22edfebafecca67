import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What tells the running program's code from any other build's: its GNU build ID where it has one, else the
/// identity of its file. A compiled lexicon holds tries its tokenizer made, so it is only read by the build
/// that wrote it.
///
/// The build ID is read from the program's own headers in memory (the auxiliary vector's `AT_PHDR`), so a copy
/// of the binary, a stripped copy or a run under valgrind (whose `/proc/self/exe` is valgrind's) are the same
/// program, and two builds of different code never are.
enum ExecutableIdentity {
  /// The running program's identity, or nil when it cannot be told (then no compiled lexicon is used).
  static let current: [UInt8]? = {
    if let id = buildID() { return Array("build-id:".utf8) + id }
    let path = Bundle.main.executablePath ?? "/proc/self/exe"
    guard let file = FileIdentity(path: "/proc/self/exe") ?? FileIdentity(path: path) else { return nil }
    var bytes = Array("file:".utf8)
    for value in file.values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    return bytes
  }()

  /// The GNU build ID note of the program's loaded headers (64-bit ELF), or nil.
  private static func buildID() -> [UInt8]? {
    #if os(Linux) && (arch(x86_64) || arch(arm64))
      // getauxval is in every glibc; it is looked up because the Glibc module does not declare it.
      guard let symbol = dlsym(nil, "getauxval") else { return nil }
      let auxiliary = unsafeBitCast(symbol, to: (@convention(c) (UInt) -> UInt).self)
      // AT_PHDR, AT_PHENT, AT_PHNUM: where the program headers are, their size and number.
      let (phdr, entrySize, count) = (auxiliary(3), Int(auxiliary(4)), Int(auxiliary(5)))
      guard let headers = UnsafeRawPointer(bitPattern: phdr), entrySize >= 56, count > 0, count < 1_000 else {
        return nil
      }
      func type(_ index: Int) -> UInt32 { headers.loadUnaligned(fromByteOffset: index * entrySize, as: UInt32.self) }
      func word(_ index: Int, _ offset: Int) -> UInt {
        UInt(headers.loadUnaligned(fromByteOffset: index * entrySize + offset, as: UInt64.self))
      }
      // Where the program was loaded: the headers' address less the address PT_PHDR gives them.
      guard let phdrIndex = (0..<count).first(where: { type($0) == 6 }) else { return nil }
      let bias = phdr &- word(phdrIndex, 16)
      for index in 0..<count where type(index) == 4 {  // PT_NOTE: p_vaddr at 16, p_memsz at 40
        guard var note = UnsafeRawPointer(bitPattern: bias &+ word(index, 16)) else { continue }
        let end = note + Int(word(index, 40))
        while end - note >= 12 {
          let nameSize = Int(note.loadUnaligned(as: UInt32.self))
          let descriptionSize = Int(note.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
          let noteType = note.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
          let description = note + 12 + ((nameSize + 3) & ~3)
          guard end - description >= descriptionSize else { break }
          // NT_GNU_BUILD_ID, named "GNU".
          if noteType == 3, nameSize == 4, memcmp(note + 12, "GNU", 4) == 0, descriptionSize > 0 {
            return Array(UnsafeRawBufferPointer(start: description, count: descriptionSize))
          }
          note = description + ((descriptionSize + 3) & ~3)
        }
      }
      return nil
    #else
      return nil
    #endif
  }
}
