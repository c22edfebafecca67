import Analysis
import ArgumentParser
import Foundation
import Ingest
import Matching
import Pipeline

/// `jdmatch-bench speed` (the default): measures the per-posting pipeline against its floor on one
/// corpus, in one run.
struct SpeedBenchmark: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "speed",
    abstract: "Time jdmatch's pipeline stages against a raw libxml2 parse of the same files.",
    discussion: """
      Make a corpus with scripts/generate-corpus.py --count N --seed S DIR, then run \
      jdmatch-bench DIR --resume Fixtures/resumes/vp-product-morgan-ellis.md. Stages, each over every file: \
      (a) floor: read + htmlReadMemory + walk all text nodes; (b) extract; (c) extract + analyze; \
      (d) the full rank, single-threaded and on all cores. Prints MB/s, postings/s and each stage's \
      throughput as a share of the floor's, then peak RSS and the wall time of `jdmatch score` runs.
      """)

  @Argument(help: "The corpus folder.")
  var corpus: String

  @Option(help: "The resume to rank for.")
  var resume: String

  @Option(help: "Lexicon file.")
  var lexicon: String = "Lexicons/cpo.yaml"

  @Option(help: "The jdmatch binary to time `score` with.")
  var jdmatch: String = ".build/release/jdmatch"

  @Option(help: "How many `jdmatch score` runs to time.")
  var scoreRuns: Int = 20

  func run() async throws {
    let files = InputCollector(extensions: InputCollector.postingExtensions).collect([corpus]).files
    guard !files.isEmpty else { throw ValidationError("no postings under \(corpus)") }
    let bytes = files.reduce(0) { total, file in
      total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
    }
    let setup = try ScoringSetup.load(lexiconPath: self.lexicon)
    let preparer = setup.preparer
    let ingestor = Ingestor()
    let cores = ProcessInfo.processInfo.activeProcessorCount
    print("corpus: \(files.count) files, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB; \(cores) cores")

    // Warm-up: read every file once so no stage pays for a cold page cache.
    var warm = 0
    for file in files { warm &+= FileManager.default.contents(atPath: file)?.count ?? 0 }
    blackHole(warm)

    var rows: [(String, Double)] = []
    rows.append(("(a) floor: read + libxml2 parse + text walk", time {
      var sink = 0
      for file in files {
        if let data = FileManager.default.contents(atPath: file) { sink &+= ParseFloor.textBytes(ofHTML: Array(data)) }
      }
      blackHole(sink)
    }))
    rows.append(("(b) extract", time {
      var sink = 0
      for file in files { sink &+= (try? ingestor.document(at: file))?.text.utf8.count ?? 0 }
      blackHole(sink)
    }))
    rows.append(("(c) extract + analyze", time {
      var sink = 0.0
      for file in files {
        if let document = try? ingestor.document(at: file) {
          sink += preparer.postingAnalyzer.analyze(document).competencies.first?.emphasis ?? 0
        }
      }
      blackHole(Int(sink))
    }))
    _ = try ingestor.document(at: resume)
    for jobs in [1, cores] {
      rows.append(("(d) full rank, \(jobs) job\(jobs == 1 ? "" : "s")", await timeAsync {
        let ranker = BatchRanker(
          mode: .postingsForResume, preparer: preparer, scorer: setup.scorer, ingestor: ingestor, jobs: jobs)
        let ranking = try? await ranker.rank(subject: resume, paths: files)
        blackHole(ranking?.entries.count ?? 0)
      }))
    }

    let floor = rows[0].1
    print("")
    print("stage                                           seconds     MB/s  postings/s  vs floor")
    for (name, seconds) in rows {
      let megabytes = Double(bytes) / 1_048_576 / seconds
      let postings = Double(files.count) / seconds
      print(
        name.padding(toLength: 46, withPad: " ", startingAt: 0)
          + String(format: "%9.2f %8.1f %11.0f %8.0f%%", seconds, megabytes, postings, floor / seconds * 100))
    }
    if rows.count >= 5 {
      print(String(format: "parallel speed-up (%d cores): %.2f×", cores, rows[3].1 / rows[4].1))
    }
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    print(String(format: "peak RSS of this process: %.0f MB", Double(usage.ru_maxrss) / 1024))
    try timeScore(posting: files[0])
  }

  /// Times whole `jdmatch score` processes, start to exit, lexicon loading included.
  private func timeScore(posting: String) throws {
    guard FileManager.default.isExecutableFile(atPath: jdmatch), scoreRuns > 0 else {
      print("jdmatch score: skipped (no executable at \(jdmatch))")
      return
    }
    var times: [Double] = []
    for _ in 0..<scoreRuns {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: jdmatch)
      process.arguments = ["score", "--resume", resume, posting, "--lexicon", lexicon]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      let start = DispatchTime.now()
      try process.run()
      process.waitUntilExit()
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
    }
    times.sort()
    print(String(format: "jdmatch score, one posting and one resume, process start to exit: median %.1f ms, max %.1f ms (%d runs)",
      times[times.count / 2], times[times.count - 1], times.count))
  }

  private func time(_ body: () -> Void) -> Double {
    let start = DispatchTime.now()
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
  }

  private func timeAsync(_ body: () async -> Void) async -> Double {
    let start = DispatchTime.now()
    await body()
    return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
  }
}

/// Keeps a value alive so the optimiser cannot drop the work that produced it.
@inline(never) func blackHole(_ value: Int) {
  if value == Int.min { print("") }
}
