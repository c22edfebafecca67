import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A folder of postings as they come from anywhere: good ones, broken ones, and things that are not files
/// at all. Every good file is ranked, every bad one listed once with its reason, and nothing hangs.
@Suite("jdmatch rank on a hostile batch", .serialized)
struct BatchRobustnessTests {
  /// A small posting whose text differs from every other one's, so none is folded in as a duplicate.
  static func posting(_ number: Int) -> String {
    """
    <html><head><title>VP of Product \(number) | Company \(number)</title></head><body><main>
    <h1>VP of Product</h1>
    <p>Requisition \(number). Lead the product strategy and roadmap for our platform, hire and coach a team of
    product managers, and own pricing and go-to-market with sales and marketing.</p>
    <h2>Requirements</h2><ul><li>10+ years of product management experience</li>
    <li>Experience building B2B SaaS products used by \(number) customers</li></ul>
    </main></body></html>
    """
  }

  /// What the broken files hold, by name, and the reason `jdmatch` must give for them.
  static let brokenKinds: [(name: String, bytes: [UInt8], reason: String)] = [
    ("empty.html", [], "file is empty"),
    ("blank.txt", Array(" \n\t\n".utf8), "file is empty"),
    (
      "logo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64),
      "binary file (PNG image), not a web page or text"
    ),
    (
      "page.htm", [0x1F, 0x8B, 0x08, 0x00] + [UInt8](repeating: 0x41, count: 64),
      "binary file (gzip-compressed data), not a web page or text"
    ),
    ("scan.pdf", Array("%PDF-1.4\n1 0 obj garbage\n".utf8), "malformed"),
  ]

  /// A folder with 900 good postings and 100 broken files.
  private func makeBatch() throws -> (directory: URL, broken: [String: String]) {
    let directory = try Fixtures.temporaryDirectory()
    var broken: [String: String] = [:]
    for number in 0..<1_000 {
      let folder = directory.appendingPathComponent("part\(number / 250)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      if number % 10 == 7 {
        let kind = Self.brokenKinds[(number / 10) % Self.brokenKinds.count]
        let file = folder.appendingPathComponent("\(number)-\(kind.name)")
        try Data(kind.bytes).write(to: file)
        broken[file.path] = kind.reason
      } else {
        try Data(Self.posting(number).utf8).write(to: folder.appendingPathComponent("\(number)-posting.html"))
      }
    }
    return (directory, broken)
  }

  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test("1,000 files, 100 broken, with a FIFO, symlink loops, a dangling link and an unreadable file")
  func hostileFolder() throws {
    let (directory, broken) = try makeBatch()
    var expected = broken
    let fifo = directory.appendingPathComponent("pipe.html").path
    try #require(mkfifo(fifo, 0o644) == 0)
    expected[fifo] = "not a regular file (FIFO, socket or device)"
    let loopA = directory.appendingPathComponent("loop-a.html").path
    let loopB = directory.appendingPathComponent("loop-b.html").path
    try FileManager.default.createSymbolicLink(atPath: loopA, withDestinationPath: "loop-b.html")
    try FileManager.default.createSymbolicLink(atPath: loopB, withDestinationPath: "loop-a.html")
    expected[loopA] = "cannot read: symbolic link loop"
    expected[loopB] = "cannot read: symbolic link loop"
    let dangling = directory.appendingPathComponent("gone.html").path
    try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere/gone.html")
    expected[dangling] = "cannot read: broken symbolic link (its target is missing)"
    // A folder that links back to its parent is walked once.
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("part0/up").path, withDestinationPath: "..")
    let locked = directory.appendingPathComponent("locked.html")
    try Data(Self.posting(5_000).utf8).write(to: locked)
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
    expected[locked.path] = "cannot read: permission denied"
    // root reads any file, so as root the run is made as the unprivileged user "nobody", who may not
    // be able to enter the checkout: the lexicon and resume it needs are copied somewhere it can read.
    let uid: Int? = getuid() == 0 ? 65534 : nil
    let inputs = try Fixtures.temporaryDirectory()
    let lexicon = inputs.appendingPathComponent("cpo.yaml").path
    let resume = inputs.appendingPathComponent("vp-product-morgan-ellis.md").path
    // The lexicon with everything read beside it (a checkout the user cannot enter is no fallback).
    for name in ["cpo.yaml", "roles.yaml", "scoring.json", "background-df.tsv", "document-kinds.yaml", "skills"] {
      try FileManager.default.copyItem(
        atPath: Fixtures.lexicon(name), toPath: inputs.appendingPathComponent(name).path)
    }
    try FileManager.default.copyItem(atPath: Fixtures.resume("vp-product-morgan-ellis.md"), toPath: resume)
    let start = ContinuousClock.now
    let result = try CommandRunner.run(
      ["rank", "--resume", resume, "--lexicon", lexicon, "--format", "json", "--quiet", directory.path],
      asUser: uid)
    let duration = ContinuousClock.now - start
    #expect(result.status == 1, "\(result.stderr)")
    let object = try json(result.stdout)
    let entries = try #require(object["entries"] as? [[String: Any]])
    #expect(entries.count == 900)
    #expect(entries.allSatisfy { ($0["file"] as? String)?.hasSuffix("-posting.html") == true })
    let skipped = try #require(object["skipped"] as? [[String: Any]])
    var reasons: [String: String] = [:]
    for item in skipped {
      let file = try #require(item["file"] as? String)
      #expect(reasons[file] == nil, "\(file) listed twice")
      reasons[file] = item["reason"] as? String
    }
    #expect(Set(reasons.keys) == Set(expected.keys))
    for (file, reason) in expected {
      #expect(reasons[file]?.hasPrefix(reason) == true, "\(file): \(reasons[file] ?? "not listed")")
    }
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == expected.count)
    for line in lines {
      let named = expected.keys.first { line.hasPrefix("jdmatch: \($0): ") }
      #expect(named != nil, "unexpected stderr line: \(line)")
    }
    // A debug build ranks the thousand files in seconds; a hang on the FIFO or the loops would not end.
    #expect(duration < TimeLimit.seconds(120))
  }

  @Test("SIGINT while the output file is being written removes the temporary file and keeps the old one")
  func interruptedWrite() throws {
    // The write takes microseconds, so a preloaded fsync() that sleeps holds it open long enough to be
    // interrupted every time. Skipped where no C compiler is found (the Swift toolchain brings clang).
    let work = try Fixtures.temporaryDirectory()
    let source = work.appendingPathComponent("slow-fsync.c")
    try Data("#include <unistd.h>\nint fsync(int fd) { (void)fd; sleep(3); return 0; }\n".utf8).write(to: source)
    let library = work.appendingPathComponent("slow-fsync.so")
    let compiler = Process()
    compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    compiler.arguments = ["clang", "-shared", "-fPIC", "-o", library.path, source.path]
    compiler.standardError = FileHandle.nullDevice
    guard (try? compiler.run()) != nil else { return }
    compiler.waitUntilExit()
    guard compiler.terminationStatus == 0 else { return }
    let outputDirectory = try Fixtures.temporaryDirectory()
    let output = outputDirectory.appendingPathComponent("ranking.json")
    let old = Data("old ranking\n".utf8)
    try old.write(to: output)
    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments = [
      "rank", "--resume", Fixtures.resume("vp-product-morgan-ellis.md"), "--format", "json", "--quiet",
      "--output", output.path, Fixtures.root.appendingPathComponent("Fixtures/postings").path,
    ]
    var environment = CommandRunner.environment()
    environment["LD_PRELOAD"] = library.path
    // Under scripts/sanitize the AddressSanitizer runtime would refuse to load after the preloaded library.
    environment["ASAN_OPTIONS"] = (environment["ASAN_OPTIONS"].map { $0 + ":" } ?? "") + "verify_asan_link_order=0"
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = ContinuousClock.now + .seconds(60)
    var sawTemporaryFile = false
    while ContinuousClock.now < deadline && process.isRunning {
      if try FileManager.default.contentsOfDirectory(atPath: outputDirectory.path).count > 1 {
        sawTemporaryFile = true
        break
      }
      Thread.sleep(forTimeInterval: 0.01)
    }
    #expect(sawTemporaryFile)
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
    #expect(try Data(contentsOf: output) == old)
    #expect(try FileManager.default.contentsOfDirectory(atPath: outputDirectory.path) == ["ranking.json"])
  }

  @Test("SIGINT during rank --output leaves the old file or the complete new one, and no temporary file")
  func interruptedOutput() throws {
    let (directory, _) = try makeBatch()
    let outputDirectory = try Fixtures.temporaryDirectory()
    let output = outputDirectory.appendingPathComponent("ranking.json")
    let arguments = [
      "rank", "--resume", Fixtures.resume("vp-product-morgan-ellis.md"), "--format", "json", "--quiet",
      "--output", output.path, directory.path,
    ]
    // A complete run gives the new contents and how long a run takes here.
    let start = ContinuousClock.now
    _ = try CommandRunner.run(arguments)
    let fullRun = ContinuousClock.now - start
    let complete = try Data(contentsOf: output)
    #expect(complete.count > 100_000)
    let old = Data("old ranking\n".utf8)
    let fractions = [0.1, 0.5, 0.8, 0.9, 0.95, 0.98, 1.0, 1.02]
    for fraction in fractions {
      try old.write(to: output)
      let process = Process()
      process.executableURL = CommandRunner.executable
      process.arguments = arguments
      process.environment = CommandRunner.environment()
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      let delay = fullRun * fraction
      Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) * 1e-18)
      kill(process.processIdentifier, SIGINT)
      process.waitUntilExit()
      let contents = try? Data(contentsOf: output)
      #expect(contents == old || contents == complete, "after \(fraction) of a run: a partial file")
      #expect(try FileManager.default.contentsOfDirectory(atPath: outputDirectory.path) == ["ranking.json"])
      if process.terminationReason == .uncaughtSignal { #expect(process.terminationStatus == SIGINT) }
    }
  }
}
