import Foundation

/// Headless Chromium for the browser tests: found on `PATH`, or installed from Debian's packages
/// when running as root in CI.
enum Chromium {
  /// The browser's path, or nil (with the reason printed) when it is not there and cannot be installed.
  static let executable: String? = {
    if let found = find() { return found }
    let environment = ProcessInfo.processInfo.environment
    guard getuid() == 0, environment["CI"] == "true" else {
      note("Chromium is not installed (apt-get install chromium); the browser tests are skipped.")
      return nil
    }
    note("Chromium is not installed; installing it with apt-get (CI).")
    _ = try? run("/usr/bin/env", ["apt-get", "update", "-qq"], timeout: 600)
    _ = try? run(
      "/usr/bin/env", ["DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq", "chromium"], timeout: 1200)
    if let found = find() { return found }
    note("Chromium could not be installed; the browser tests are skipped.")
    return nil
  }()

  /// Whether the browser tests can run.
  static var isAvailable: Bool { executable != nil }

  /// Loads `page` headless and returns what Chromium prints: the DOM after scripts ran, for `--dump-dom`.
  static func load(_ page: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
    guard let executable else { throw CocoaError(.executableNotLoadable) }
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent("jdmatch-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    return try run(
      executable,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
        "--user-data-dir=\(profile.path)",
      ]
        + arguments + [page.absoluteString],
      timeout: 120)
  }

  private static func find() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      for name in ["chromium", "chromium-browser"] {
        let candidate = "\(directory)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }

  /// Runs a program, killing it after `timeout` seconds; stderr (Chromium's D-Bus noise) is dropped.
  private static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval) throws
    -> (status: Int32, output: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    watchdog.cancel()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// A line on stderr, so a skipped browser test is visible in the test log.
  static func note(_ message: String) {
    FileHandle.standardError.write(Data("note: \(message)\n".utf8))
  }
}
