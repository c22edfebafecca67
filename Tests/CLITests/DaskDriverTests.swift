import Foundation
import TestSupport
import Testing

/// `scripts/dask-analyze.py`: the fixtures sharded over a local Dask cluster of two worker processes give, byte
/// for byte, what one `jdmatch analyze --format jsonl` gives over the same list; a shard whose jdmatch dies is
/// named with its files, and nothing is written. Runs where Python can import dask.distributed:
/// `$JDMATCH_DASK_PYTHON` (`make test-dask` sets it to the venv it makes, and then a Python without Dask fails
/// the test), else `python3` on PATH; otherwise skipped with a note.
@Suite(
  "Dask driver: sharded analyze equals one process", .serialized,
  .enabled(if: DaskPython.executable != nil, "Python with dask.distributed not found: Dask driver tests skipped"),
  .timeLimit(.minutes(5)))
struct DaskDriverTests {
  private let driver = "scripts/dask-analyze.py"
  private let jdmatch = CommandRunner.executable.path

  private struct Run {
    var status: Int32
    var stdout: Data
    var stderr: String
  }

  /// Runs `executable` from the repository root with `input` on stdin, killed after `timeout` seconds.
  private func run(_ executable: String, _ arguments: [String], input: Data = Data(), timeout: Double = 240) throws
    -> Run
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = Fixtures.root
    process.environment = CommandRunner.environment()
    // Killed if it runs past `timeout` (the check is harmless before it starts or after it ends).
    let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
    defer { watchdog.cancel() }
    let captured = try CommandRunner.capture(process, input: input)
    return Run(
      status: captured.status, stdout: captured.stdout, stderr: String(decoding: captured.stderr, as: UTF8.self))
  }

  /// Whether the two outputs are the same bytes; if not, the first line where they part is recorded. (An
  /// `#expect(a == b)` on the outputs would have the failure diffed byte by byte: minutes for 200 KB.)
  private func sameBytes(_ sharded: Data, _ single: Data) -> Bool {
    if sharded == single { return true }
    let left = sharded.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let right = single.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let common = min(left.count, right.count)
    let line = (0..<common).first { left[$0] != right[$0] } ?? common
    func shown(_ lines: [Data]) -> String {
      line < lines.count ? String(decoding: lines[line].prefix(160), as: UTF8.self) : "(no line)"
    }
    let message =
      "outputs part at line \(line + 1) (\(left.count) and \(right.count) lines): sharded \(shown(left)); "
      + "single \(shown(right))"
    Issue.record(Comment(rawValue: message))
    return false
  }

  /// The driver's input list (`--list`), then the driver over two local workers and the single process over
  /// that list: both outputs and statuses, and the list.
  private func compare(_ arguments: [String], jdmatchOptions: [String], shardSize: Int) throws
    -> (list: [String], sharded: Run, single: Run)
  {
    let python = try #require(DaskPython.executable)
    let listed = try run(python, [driver, "--list"] + arguments)
    #expect(listed.status == 0, "\(listed.stderr)")
    let list = String(decoding: listed.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
    let sharded = try run(
      python, [driver, "--jdmatch", jdmatch, "--workers", "2", "--shard-size", "\(shardSize)"] + arguments)
    let single = try run(
      jdmatch, ["analyze", "--format", "jsonl", "--files-from", "-"] + jdmatchOptions, input: listed.stdout)
    return (list, sharded, single)
  }

  @Test("postings: the fixtures folder, a file of postings and a missing file; output equals one process's")
  func postings() throws {
    let feed = "Fixtures/feeds/jobspy-jobs.csv"
    let missing = "Fixtures/postings/no-such-posting.html"
    let (list, sharded, single) = try compare(
      ["Fixtures/postings", feed, missing], jdmatchOptions: [], shardSize: 3)
    // The folder is walked in place, sorted, the expectations file (.json) left out; then the files as named.
    let postings = Fixtures.postingNames().map { "Fixtures/postings/" + $0 }
    #expect(postings.count == 18)
    #expect(list == postings + [feed, missing])
    // Seven shards over two workers; one input failed, so both exit 1 and both print its error line.
    #expect(sharded.status == 1, "\(sharded.stderr)")
    #expect(single.status == 1)
    #expect(sameBytes(sharded.stdout, single.stdout))
    let lines = String(decoding: sharded.stdout, as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 18 + 5 + 1)  // a line per page, per row of the feed, and the missing file's
    #expect(lines.last == #"{"error":"no such file","file":"Fixtures/postings/no-such-posting.html"}"#)
    #expect(lines[0].contains(#""source":"Fixtures/postings/blog-cpo-role-heavy-boilerplate.html""#))
    #expect(sharded.stderr.contains("jdmatch: Fixtures/postings/no-such-posting.html: no such file"))
  }

  @Test("resumes: the fixtures folder with --resume and --as-of, written to --output; equals one process's")
  func resumes() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("resumes.jsonl").path
    let (list, sharded, single) = try compare(
      ["--resume", "--as-of", "2026-06", "Fixtures/resumes", "--output", output],
      jdmatchOptions: ["--resume", "--as-of", "2026-06"], shardSize: 2)
    #expect(list.count == 10)
    #expect(list.contains("Fixtures/resumes/vp-product-morgan-ellis.docx"))
    #expect(sharded.status == 0, "\(sharded.stderr)")
    #expect(single.status == 0, "\(single.stderr)")
    #expect(sharded.stdout.isEmpty)
    let written = try Data(contentsOf: URL(fileURLWithPath: output))
    #expect(sameBytes(written, single.stdout))
    #expect(String(decoding: written, as: UTF8.self).split(separator: "\n").count == 10)
    // Nothing left beside it: the temporary file was renamed.
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["resumes.jsonl"])
  }

  @Test("a shard whose jdmatch is killed is named with its files; exit 3 and nothing written")
  func failedShard() throws {
    let python = try #require(DaskPython.executable)
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // A jdmatch that dies by SIGSEGV on the shard holding the nurse posting, and runs the real one otherwise.
    let wrapper = directory.appendingPathComponent("jdmatch")
    try """
    #!/bin/sh
    list=$(cat)
    case "$list" in *registered-nurse*) kill -SEGV $$ ;; esac
    printf '%s\\n' "$list" | exec '\(jdmatch)' "$@"

    """.write(to: wrapper, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper.path)
    let output = directory.appendingPathComponent("postings.jsonl").path
    let result = try run(
      python,
      [
        driver, "--jdmatch", wrapper.path, "--workers", "2", "--shard-size", "4", "--output", output,
        "Fixtures/postings",
      ])
    #expect(result.status == 3)
    #expect(result.stdout.isEmpty)
    // The nurse posting is the 15th of the sorted folder: shard 4 of 5 holds files 13 to 16.
    #expect(result.stderr.contains("shard 4 of 5 (files 13–16 of the list) failed: jdmatch was killed by signal 11"))
    #expect(result.stderr.contains("  Fixtures/postings/registered-nurse-stmarys.html\n"))
    #expect(result.stderr.contains("  Fixtures/postings/printed-cpo-meridian.pdf\n"))
    #expect(!result.stderr.contains("shard 3 of 5"))
    #expect(result.stderr.contains("1 shard(s) failed; nothing written"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["jdmatch"])
  }
}

/// A Python that can import dask.distributed: `$JDMATCH_DASK_PYTHON` (which must), else `python3` on PATH.
enum DaskPython {
  static let executable: String? = {
    let environment = ProcessInfo.processInfo.environment
    if let required = environment["JDMATCH_DASK_PYTHON"], !required.isEmpty {
      // Asked for by name (make test-dask): a Python without Dask fails the tests instead of skipping them.
      return required
    }
    let path = environment["PATH"] ?? "/usr/bin:/bin"
    guard
      let python = path.split(separator: ":").map({ "\($0)/python3" }).first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      }), imports(python)
    else {
      note("no python3 on PATH imports dask.distributed (make test-dask makes a venv): Dask driver tests skipped.")
      return nil
    }
    return python
  }()

  private static func imports(_ python: String) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", "import dask.distributed"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }

  /// A line on stderr, so a skipped test is visible in the test log.
  static func note(_ message: String) {
    FileHandle.standardError.write(Data("note: \(message)\n".utf8))
  }
}
