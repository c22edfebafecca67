import Foundation

/// Writes command output to a file atomically: a temporary file beside it, then a rename, so an
/// interrupted run leaves the old file or none, never half of one.
enum OutputFile {
  static func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    do {
      try Data(text.utf8).write(to: url, options: .atomic)
    } catch {
      Console.error("jdmatch: \(path): cannot write output: \(error.localizedDescription)")
      throw ExitStatus.usage.exitCode
    }
  }
}
