import ArgumentParser
import Ingest

/// `--max-size MB`, shared by every command that reads files.
struct IngestOptionGroup: ParsableArguments {
  @Option(name: .customLong("max-size"), help: ArgumentHelp("Largest file to read, in MB.", valueName: "MB"))
  var maxSizeMB: Int = IngestOptions.defaultMaxBytes / 1_048_576

  func validate() throws {
    guard maxSizeMB > 0 else { throw ValidationError("--max-size must be a positive number of megabytes.") }
  }

  var ingestor: Ingestor { Ingestor(options: IngestOptions(maxBytes: maxSizeMB * 1_048_576)) }
}
