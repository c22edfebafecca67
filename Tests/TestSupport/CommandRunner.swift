import Foundation

/// Runs the built `jdmatch` executable, as a user would, and captures what it prints.
public enum CommandRunner {
  /// What one run printed and how it exited.
  public struct Result: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// The `jdmatch` built beside the test bundle.
  public static var executable: URL {
    let besideTests = Bundle.main.bundleURL.appendingPathComponent("jdmatch")
    if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
    return Fixtures.root.appendingPathComponent(".build/debug/jdmatch")
  }

  /// `environment` (by default this process's) with `JDMATCH_CACHE` set to the tests' own cache
  /// (``Fixtures/cacheDirectory``) unless it names one.
  public static func environment(_ environment: [String: String]? = nil) -> [String: String] {
    var environment = environment ?? ProcessInfo.processInfo.environment
    if environment["JDMATCH_CACHE"] == nil { environment["JDMATCH_CACHE"] = Fixtures.cacheDirectory }
    return environment
  }

  /// Runs `jdmatch` with `arguments`, optionally as another user (via `setpriv`) and with `input` on its
  /// standard input (else none), and waits for it. It keeps its compiled lexicon in the tests' cache unless
  /// `environment` names another (``environment(_:)``).
  public static func run(
    _ arguments: [String], asUser uid: Int? = nil, environment: [String: String]? = nil, input: String? = nil
  ) throws -> Result {
    let process = Process()
    if let uid {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      process.arguments = ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", executable.path] + arguments
    } else {
      process.executableURL = executable
      process.arguments = arguments
    }
    var environment = Self.environment(environment)
    if uid != nil, let options = environment["ASAN_OPTIONS"] {
      // Under scripts/sanitize: LeakSanitizer symbolizes a leak by reading the binary and the suppressions
      // file, which another user may not be allowed to read (a checkout in a private folder), so the one-off
      // allocations the suppressions name would be reported. Leaks stay checked in every run as this user.
      environment["ASAN_OPTIONS"] = options + ":detect_leaks=0"
    }
    process.environment = environment
    let captured = try capture(process, input: input.map { Data($0.utf8) })
    return Result(
      status: captured.status, stdout: String(decoding: captured.stdout, as: UTF8.self),
      stderr: String(decoding: captured.stderr, as: UTF8.self))
  }

  /// Starts `process` (already given its executable, arguments, folder and environment) with `input` on its
  /// standard input (none when nil), and waits for it: its exit status and both outputs. Standard error is
  /// read on another thread, so a large output on either pipe cannot block the child.
  public static func capture(_ process: Process, input: Data? = nil) throws -> (
    status: Int32, stdout: Data, stderr: Data
  ) {
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    let standardInput = input.map { _ in Pipe() }
    process.standardInput = standardInput ?? FileHandle.nullDevice
    try process.run()
    if let standardInput, let input {
      standardInput.fileHandleForWriting.write(input)
      try standardInput.fileHandleForWriting.close()
    }
    let errorOutput = DataBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errorOutput.data = stderr.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    group.wait()
    return (process.terminationStatus, output, errorOutput.data)
  }
}

/// Holds the bytes read on another thread; written once before the group is left.
private final class DataBox: @unchecked Sendable {
  var data = Data()
}
