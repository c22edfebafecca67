import ArgumentParser

/// The formats a command writes, for ``OutputOptions``.
protocol OutputFormat: ExpressibleByArgument, CaseIterable {
  /// The help of `--format`.
  static var help: String { get }
  /// The format when `--format` is not given.
  static var standard: Self { get }
}

/// `--format` and `--output`, shared by every command that writes output.
struct OutputOptions<Format: OutputFormat>: ParsableArguments {
  @Option(help: ArgumentHelp(Format.help))
  var format: Format = Format.standard

  @Option(help: ArgumentHelp("Write the output to this file (atomically) instead of stdout.", valueName: "file"))
  var output: String?

  /// Writes `text` to the `--output` file atomically, or to standard output.
  ///
  /// - Throws: `ExitCode` 2 after naming the file and the reason on stderr.
  func write(_ text: String) throws {
    if let output {
      try OutputFile.write(text, to: output)
    } else {
      Console.output(text)
    }
  }
}
