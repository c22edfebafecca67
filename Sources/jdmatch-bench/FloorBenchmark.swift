import ArgumentParser
import Foundation
import Ingest

/// `jdmatch-bench floor`: the floor alone — read each file, parse it with libxml2 and walk its text
/// nodes — for instruction counts under callgrind (scripts/bench-instructions.py).
struct FloorBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "floor",
    abstract: "Read, libxml2-parse and walk every posting under the paths, and nothing else.")

  @Argument(help: "Files or folders of postings.")
  var paths: [String]

  @Flag(help: "Instead, read each file as jdmatch does and print the bytes of main text (what analysis reads).")
  var mainText = false

  func run() throws {
    let files = InputCollector(extensions: InputCollector.postingExtensions).collect(paths).files
    if mainText {
      let ingestor = Ingestor()
      let bytes = files.reduce(0) { $0 + ((try? ingestor.document(at: $1))?.text.utf8.count ?? 0) }
      print("\(files.count) files, \(bytes) bytes of main text")
      return
    }
    var total = 0
    for file in files {
      if let data = FileManager.default.contents(atPath: file) {
        total &+= ParseFloor.textBytes(ofHTML: Array(data))
      }
    }
    print("\(files.count) files, \(total) bytes of text nodes")
  }
}
