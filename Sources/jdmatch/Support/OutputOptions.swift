import ArgumentParser

/// The formats a command writes, for ``OutputOptions``.
protocol OutputFormat: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {
  /// The help of `--format`.
  static var help: String { get }
  /// The format when neither `--format` nor the `--output` file's extension names one.
  static var standard: Self { get }
}

extension OutputFormat {
  /// A format named in any case ("JSON"), or by a file extension that stands for it ("md", "htm").
  init?(argument: String) {
    let name = argument.lowercased()
    guard let format = Self(rawValue: name) ?? Self(fileExtension: name) else { return nil }
    self = format
  }

  /// The extension a file in this format usually has.
  var fileExtension: String {
    switch rawValue {
    case "markdown": return "md"
    case "table", "text": return "txt"
    default: return rawValue
    }
  }

  /// The format a file extension ("csv", "md", "htm", "txt") stands for, in any case; nil for any other.
  init?(fileExtension: String) {
    let name = fileExtension.lowercased()
    let aliases = ["md": "markdown", "htm": "html", "txt": "text"]
    if let format = Self(rawValue: name) ?? aliases[name].flatMap(Self.init(rawValue:)) {
      self = format
    } else if name == "txt", let table = Self(rawValue: "table") {
      self = table
    } else {
      return nil
    }
  }
}

/// `--format` and `--output`, shared by every command that writes output.
struct OutputOptions<Format: OutputFormat>: ParsableArguments {
  @Option(
    name: .customLong("format"),
    help: ArgumentHelp(
      Format.help + " Any case. Default: the one the --output file's extension names ("
        + Format.allCases.map { "." + $0.fileExtension }.joined(separator: ", ")
        + "), else \(Format.standard.rawValue).",
      valueName: "format"))
  var chosenFormat: Format?

  @Option(help: ArgumentHelp("Write the output to this file (atomically) instead of stdout.", valueName: "file"))
  var output: String?

  /// The format asked for, else the one the `--output` file's extension names, else the command's default.
  var format: Format {
    if let chosenFormat { return chosenFormat }
    if let output, let dot = output.lastIndex(of: "."), !output[dot...].contains("/"),
      let format = Format(fileExtension: String(output[output.index(after: dot)...]))
    {
      return format
    }
    return Format.standard
  }

  /// Whether output goes to standard output (not to a file).
  var toStandardOutput: Bool { output == nil }

  /// Whether a table goes to a terminal that shows colour (never when written to a file).
  var colored: Bool { output == nil && Terminal.colored }

  /// How wide a table may be: the terminal's width on standard output; nil (no limit) in a file.
  var width: Int? { output == nil ? Terminal.width : nil }

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
