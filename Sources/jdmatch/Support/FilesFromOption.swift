import ArgumentParser
import Foundation

/// `--files-from FILE|-`: more paths to read, one a line, from a file or standard input (the map step of a
/// deployment over many machines hands each worker its share of the files this way).
struct FilesFromOption: ParsableArguments {
  @Option(
    name: .customLong("files-from"),
    help: ArgumentHelp(
      "Also read the paths listed in this file, one a line (blank lines ignored); - reads them from standard input.",
      valueName: "file|-"))
  var filesFrom: String?

  /// The paths named on the command line, then those listed; a usage error when the list cannot be read or
  /// nothing at all is named.
  func paths(_ named: [String]) throws -> [String] {
    guard let filesFrom else {
      if named.isEmpty { throw ValidationError("Name files or folders, or list them with --files-from.") }
      return named
    }
    let data: Data
    if filesFrom == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else if let contents = FileManager.default.contents(atPath: filesFrom) {
      data = contents
    } else {
      Console.error("jdmatch: --files-from: cannot read \(filesFrom)")
      throw ExitStatus.usage.exitCode
    }
    let listed = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init).filter {
      !$0.trimmingCharacters(in: .whitespaces).isEmpty
    }
    let paths = named + listed
    if paths.isEmpty {
      Console.error("jdmatch: --files-from: \(filesFrom == "-" ? "standard input" : filesFrom) lists no file")
      throw ExitStatus.usage.exitCode
    }
    return paths
  }
}
