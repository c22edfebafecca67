import Foundation
import TestSupport
import Testing

/// `make install PREFIX=…`: the release binary and its data installed under a prefix rank postings from a
/// folder outside the checkout, the binary finding its lexicon in `PREFIX/share/jdmatch/Lexicons`.
@Suite("An installed jdmatch ranks from outside the checkout")
struct InstallCommandTests {
  private struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `executable` with `arguments` in `directory`, without JDMATCH_LEXICON, with a private cache.
  private func run(_ executable: String, _ arguments: [String], in directory: URL, cache: URL) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["JDMATCH_LEXICON"] = nil
    environment["JDMATCH_CACHE"] = cache.path
    process.environment = environment
    let captured = try CommandRunner.capture(process)
    return Run(
      status: captured.status, stdout: String(decoding: captured.stdout, as: UTF8.self),
      stderr: String(decoding: captured.stderr, as: UTF8.self))
  }

  @Test("make install-built copies binary and data; the copy ranks in a folder outside the checkout")
  func installedCopyRanks() throws {
    let release = Fixtures.root.appendingPathComponent(".build/release/jdmatch").path
    try #require(FileManager.default.isExecutableFile(atPath: release), "make release first")
    let temporary = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let prefix = temporary.appendingPathComponent("prefix")

    // The Makefile's own copy step (`make install` is `make release` and then this).
    let make = try run(
      "/usr/bin/env",
      ["make", "-C", Fixtures.root.path, "--no-print-directory", "install-built", "PREFIX=" + prefix.path],
      in: temporary, cache: temporary)
    #expect(make.status == 0, "\(make.stderr)")
    let data = prefix.appendingPathComponent("share/jdmatch/Lexicons")
    for file in [
      "cpo.yaml", "roles.yaml", "scoring.json", "background-df.tsv", "document-kinds.yaml", "README.md",
      "skills/esco-skills.tsv", "skills/esco-occupations.tsv", "skills/technology.tsv", "skills/README.md",
    ] {
      #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent(file).path), "\(file) installed")
    }

    // A folder of postings and a resume outside the checkout, and a working directory there too.
    let work = temporary.appendingPathComponent("work")
    let postings = work.appendingPathComponent("saved postings")
    try FileManager.default.createDirectory(at: postings, withIntermediateDirectories: true)
    for name in ["greenhouse-cpo-lumora.html", "marketing-manager-fernway.html"] {
      try FileManager.default.copyItem(
        atPath: Fixtures.posting(name), toPath: postings.appendingPathComponent(name).path)
    }
    let resume = work.appendingPathComponent("resume.md")
    try FileManager.default.copyItem(atPath: Fixtures.resume("vp-product-morgan-ellis.md"), toPath: resume.path)

    let installed = prefix.appendingPathComponent("bin/jdmatch").path
    let ranked = try run(
      installed, ["rank", "--resume", "resume.md", "--as-of", "2026-12", "--format", "csv", "saved postings"],
      in: work, cache: temporary.appendingPathComponent("cache"))
    #expect(ranked.status == 0, "\(ranked.stderr)")
    let rows = ranked.stdout.split(separator: "\n").map(String.init)
    #expect(rows.count == 3, "\(ranked.stdout)")
    #expect(rows.dropFirst().first?.contains("greenhouse-cpo-lumora.html") == true, "\(ranked.stdout)")
    #expect(rows.last?.contains("marketing-manager-fernway.html") == true, "\(ranked.stdout)")

    // The same binary without its data beside it finds no lexicon: the installed data is what was read.
    let alone = temporary.appendingPathComponent("alone/bin")
    try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: installed, toPath: alone.appendingPathComponent("jdmatch").path)
    let bare = try run(
      alone.appendingPathComponent("jdmatch").path, ["rank", "--resume", "resume.md", "saved postings"], in: work,
      cache: temporary.appendingPathComponent("cache"))
    #expect(bare.status != 0)
    #expect(bare.stderr.contains("cannot find the default lexicon"), "\(bare.stderr)")

    // make uninstall removes both.
    let uninstall = try run(
      "/usr/bin/env", ["make", "-C", Fixtures.root.path, "--no-print-directory", "uninstall", "PREFIX=" + prefix.path],
      in: temporary, cache: temporary)
    #expect(uninstall.status == 0, "\(uninstall.stderr)")
    #expect(!FileManager.default.fileExists(atPath: installed))
    #expect(!FileManager.default.fileExists(atPath: data.path))
  }
}
