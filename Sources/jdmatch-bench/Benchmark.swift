import ArgumentParser

/// `jdmatch-bench`: benchmarks, one subcommand each; `speed` when none is named.
@main
struct Benchmark: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jdmatch-bench",
    abstract: "Measure jdmatch: pipeline speed against a raw parse, and competency tagging against labelled sentences.",
    subcommands: [SpeedBenchmark.self, TaggingBenchmark.self, FloorBenchmark.self],
    defaultSubcommand: SpeedBenchmark.self)
}
