import CSV
import Foundation
import TestSupport
import Testing

/// `rank`'s output fits where it goes: the terminal's width (the file path never cut), nothing cut in a pipe
/// or a file, the format named by `--output`'s extension, and the command line's small courtesies.
@Suite("rank output that fits: width, formats, colour, suggestions")
struct OutputFitCommandTests {
  private let resume = Fixtures.resume("vp-product-morgan-ellis.md")
  private let postings = Fixtures.root.appendingPathComponent("Fixtures/postings").path

  /// This process's environment without the variables that change the output, plus `extra`.
  private func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    for name in ["COLUMNS", "NO_COLOR", "FORCE_COLOR"] { environment[name] = nil }
    return environment.merging(extra) { $1 }
  }

  private func files() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: postings).filter { !$0.hasSuffix(".json") }.map {
      postings + "/" + $0
    }
  }

  @Test("COLUMNS=200: the table is as wide as that, and every file path is there in full")
  func wideTerminal() throws {
    let result = try CommandRunner.run(
      ["rank", "--resume", resume, postings], environment: environment(["COLUMNS": "200"]))
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    for file in try files() {
      #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix(file) }, "\(file)")
    }
    let rows = lines.filter { $0.hasPrefix("   ") && !$0.hasPrefix("           ") }
    #expect(rows.allSatisfy { $0.count <= 200 })
    #expect(!rows.contains { $0.contains("…") }, "200 columns hold every title, company and location")
  }

  @Test("COLUMNS=70: rows are cut to 70 columns, the file paths still in full")
  func narrowTerminal() throws {
    let result = try CommandRunner.run(
      ["rank", "--resume", resume, postings], environment: environment(["COLUMNS": "70"]))
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let paths = try files()
    for file in paths { #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == file }, "\(file)") }
    let others = lines.dropFirst().filter { line in !paths.contains(line.trimmingCharacters(in: .whitespaces)) }
    #expect(others.allSatisfy { $0.count <= 70 }, "\(others.filter { $0.count > 70 })")
    #expect(others.contains { $0.contains("…") })
  }

  @Test("piped output with no COLUMNS is not cut at all")
  func piped() throws {
    let result = try CommandRunner.run(["rank", "--resume", resume, postings], environment: environment())
    #expect(!result.stdout.contains("…"))
    #expect(result.stdout.contains("Remote — United States or Canada"))
    #expect(
      result.stdout.contains(
        "Fixtures/postings/bold-headings-director-product-cobalt.html · gaps: Product analytics, logistics"))
  }

  @Test("--output NAME.csv, .json, .md and .html pick the format; --format still wins")
  func formatFromExtension() throws {
    let directory = try Fixtures.temporaryDirectory()
    let csv = directory.appendingPathComponent("ranking.csv").path
    #expect(try CommandRunner.run(["rank", "--resume", resume, postings, "--output", csv]).status == 0)
    let reader = try CSVReader(string: try String(contentsOfFile: csv, encoding: .utf8), hasHeaderRow: true)
    #expect(reader.headerRow?.prefix(3) == ["rank", "score", "band"])
    let json = directory.appendingPathComponent("Ranking.JSON").path
    _ = try CommandRunner.run(["rank", "--resume", resume, postings, "--output", json])
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json)))
    #expect((object as? [String: Any])?["entries"] != nil)
    let markdown = directory.appendingPathComponent("ranking.md").path
    _ = try CommandRunner.run(["rank", "--resume", resume, postings, "--output", markdown])
    #expect(try String(contentsOfFile: markdown, encoding: .utf8).hasPrefix("## 18 postings ranked"))
    let html = directory.appendingPathComponent("ranking.html").path
    _ = try CommandRunner.run(["rank", "--resume", resume, postings, "--output", html])
    #expect(try String(contentsOfFile: html, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    let table = directory.appendingPathComponent("table.csv").path
    _ = try CommandRunner.run(["rank", "--resume", resume, postings, "--output", table, "--format", "table"])
    let text = try String(contentsOfFile: table, encoding: .utf8)
    #expect(text.hasPrefix("18 postings ranked"))
    #expect(!text.contains("…"), "a table in a file is not cut")
    #expect(!text.contains("\u{1B}["), "nor coloured")
  }

  @Test("formats are case-insensitive: --format JSON, --format Csv")
  func formatCase() throws {
    let json = try CommandRunner.run(["rank", "--resume", resume, "--format", "JSON", "--top", "2", postings])
    #expect(json.status == 0, "\(json.stderr)")
    #expect(json.stdout.hasPrefix("{"))
    let csv = try CommandRunner.run(["rank", "--resume", resume, "--format", "Csv", "--top", "2", postings])
    #expect(csv.stdout.hasPrefix("rank,score,band"))
    let bad = try CommandRunner.run(["rank", "--resume", resume, "--format", "yaml", postings])
    #expect(bad.status == 2)
  }

  @Test("a misspelt command gets a suggestion")
  func suggestion() throws {
    let result = try CommandRunner.run(["scor", "--resume", resume, postings])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("Error: Unknown command 'scor'. Did you mean 'score'?\n"))
    let far = try CommandRunner.run(["frobnicate"])
    #expect(far.status == 2)
    #expect(!far.stderr.contains("Did you mean"))
  }

  @Test("--top -1 and --top 0 say what is wrong, not 'Missing value'")
  func negativeTop() throws {
    for value in ["-1", "0"] {
      let result = try CommandRunner.run(["rank", "--resume", resume, "--top", value, postings])
      #expect(result.status == 2)
      #expect(result.stderr.hasPrefix("Error: --top must be at least 1."), "\(result.stderr)")
    }
  }

  @Test("an empty NO_COLOR= keeps colour; a non-empty one turns it off")
  func noColor() throws {
    let arguments = ["rank", "--resume", resume, "--top", "1", postings]
    let empty = try CommandRunner.run(arguments, environment: environment(["NO_COLOR": "", "FORCE_COLOR": "1"]))
    #expect(empty.stdout.contains("\u{1B}[1m18 postings ranked"))
    let set = try CommandRunner.run(arguments, environment: environment(["NO_COLOR": "1", "FORCE_COLOR": "1"]))
    #expect(!set.stdout.contains("\u{1B}["))
    let piped = try CommandRunner.run(arguments, environment: environment())
    #expect(!piped.stdout.contains("\u{1B}["))
  }

  @Test("a folder of only unreadable files: no table, each file named once on stderr, exit 1")
  func onlyUnreadable() throws {
    let directory = try Fixtures.temporaryDirectory()
    let png = directory.appendingPathComponent("a.html")
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]).write(to: png)
    let noText = directory.appendingPathComponent("b.html")
    try FileManager.default.copyItem(atPath: Fixtures.board("script-shell-no-text.html"), toPath: noText.path)
    for format in ["table", "csv", "json"] {
      let result = try CommandRunner.run(["rank", "--resume", resume, "--format", format, directory.path])
      #expect(result.status == 1)
      #expect(result.stdout.isEmpty, "\(format): \(result.stdout)")
      #expect(
        result.stderr
          == "jdmatch: \(png.path): binary file (PNG image), not a web page or text\n"
          + "jdmatch: \(noText.path): no main text found\n")
    }
  }

  @Test("a table on stdout names a skipped file once (on stderr); in a file it lists it too")
  func skippedOnce() throws {
    let directory = try Fixtures.temporaryDirectory()
    try FileManager.default.copyItem(
      atPath: Fixtures.posting("greenhouse-cpo-lumora.html"), toPath: directory.appendingPathComponent("a.html").path)
    let broken = directory.appendingPathComponent("b.html")
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]).write(to: broken)
    let result = try CommandRunner.run(["rank", "--resume", resume, directory.path], environment: environment())
    #expect(result.status == 1)
    #expect(!result.stdout.contains(broken.path))
    #expect(result.stdout.contains("1 skipped"))
    #expect(result.stderr.components(separatedBy: broken.path).count == 2)
    let file = directory.appendingPathComponent("out.txt").path
    _ = try CommandRunner.run(["rank", "--resume", resume, directory.path, "--output", file])
    #expect(try String(contentsOfFile: file, encoding: .utf8).contains("\(broken.path): binary file"))
  }
}
