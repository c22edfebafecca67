import Analysis
import ArgumentParser
import Foundation
import Ingest
import Matching
import Pipeline

/// `jdmatch-bench speed` (the default): measures the per-posting pipeline against its floor on one or
/// more corpora, in one run.
struct SpeedBenchmark: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "speed",
    abstract: "Time jdmatch's pipeline stages against a raw libxml2 parse of the same files.",
    discussion: """
      Make corpora with scripts/generate-corpus.py --count N --seed S [--shape text-dense] DIR, then run \
      jdmatch-bench DIR... --resume Fixtures/resumes/vp-product-morgan-ellis.md. Stages, each over every \
      file of a corpus: (a) floor: read + htmlReadMemory + walk all text nodes; (b) extract; (c) extract + \
      analyze; (d) the full rank, single-threaded and on all cores. Prints MB/s, postings/s and each \
      stage's throughput as a share of the floor's; then analysis alone over documents already in memory, \
      in MB/s of main text; then peak RSS and the wall time of `jdmatch score` runs.
      """)

  @Argument(help: "The corpus folders, each measured on its own.")
  var corpora: [String]

  @Option(help: "The resume to rank for.")
  var resume: String

  @Option(help: "Lexicon file.")
  var lexicon: String = "Lexicons/cpo.yaml"

  @Option(help: "The jdmatch binary to time `score` with.")
  var jdmatch: String = ".build/release/jdmatch"

  @Option(help: "How many `jdmatch score` runs to time.")
  var scoreRuns: Int = 20

  func run() async throws {
    let setup = try ScoringSetup.load(lexiconPath: self.lexicon)
    var firstPosting: String?
    for (index, corpus) in corpora.enumerated() {
      if index > 0 { print("") }
      firstPosting = try await measure(corpus: corpus, setup: setup) ?? firstPosting
    }
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    print("")
    print(String(format: "peak RSS of this process: %.0f MB", Double(usage.ru_maxrss) / 1024))
    if let firstPosting { try timeScore(posting: firstPosting) }
  }

  /// Prints the stage table of one corpus and returns its first file.
  private func measure(corpus: String, setup: ScoringSetup) async throws -> String? {
    let files = InputCollector(extensions: InputCollector.postingExtensions).collect([corpus]).files
    guard !files.isEmpty else { throw ValidationError("no postings under \(corpus)") }
    let bytes = files.reduce(0) { total, file in
      total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
    }
    let preparer = setup.preparer
    let ingestor = Ingestor()
    let cores = ProcessInfo.processInfo.activeProcessorCount
    print(
      "corpus \(corpus): \(files.count) files, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB; \(cores) cores")

    // Warm-up: read every file once so no stage pays for a cold page cache.
    var warm = 0
    for file in files { warm &+= FileManager.default.contents(atPath: file)?.count ?? 0 }
    blackHole(warm)

    var rows: [(String, Double)] = []
    rows.append(
      (
        "(a) floor: read + libxml2 parse + text walk",
        time {
          var sink = 0
          for file in files {
            if let data = FileManager.default.contents(atPath: file) {
              sink &+= ParseFloor.textBytes(ofHTML: Array(data))
            }
          }
          blackHole(sink)
        }
      ))
    rows.append(
      (
        "(b) extract",
        time {
          var sink = 0
          for file in files { sink &+= (try? ingestor.document(at: file))?.text.utf8.count ?? 0 }
          blackHole(sink)
        }
      ))
    rows.append(
      (
        "(c) extract + analyze",
        time {
          var sink = 0.0
          for file in files {
            if let document = try? ingestor.document(at: file) {
              sink += preparer.posting(document, compact: true).analysis.competencies.first?.emphasis ?? 0
            }
          }
          blackHole(Int(sink))
        }
      ))
    _ = try ingestor.document(at: resume)
    for jobs in [1, cores] {
      rows.append(
        (
          "(d) full rank, \(jobs) job\(jobs == 1 ? "" : "s")",
          await timeAsync {
            let ranker = BatchRanker(
              mode: .postingsForResume, preparer: preparer, scorer: setup.scorer, ingestor: ingestor, jobs: jobs)
            let ranking = try? await ranker.rank(subject: resume, paths: files)
            blackHole(ranking?.entries.count ?? 0)
          }
        ))
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
    // Analysis alone, on documents already extracted (at most 2,000, to bound memory).
    let documents = files.prefix(2_000).compactMap { try? ingestor.document(at: $0) }
    let textBytes = documents.reduce(0) { $0 + $1.text.utf8.count }
    let analysis = time {
      var sink = 0.0
      for document in documents {
        sink += preparer.posting(document, compact: true).analysis.competencies.first?.emphasis ?? 0
      }
      blackHole(Int(sink))
    }
    print(
      String(
        format:
          "analysis alone (%d documents, %.1f MB of main text, %.1f KB each): %.1f MB/s of text, %.2f ms per posting",
        documents.count, Double(textBytes) / 1_048_576, Double(textBytes) / 1024 / Double(max(1, documents.count)),
        Double(textBytes) / 1_048_576 / analysis, analysis * 1000 / Double(max(1, documents.count))))
    return files.first
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
    print(
      String(
        format:
          "jdmatch score, one posting and one resume, process start to exit: median %.1f ms, max %.1f ms (%d runs)",
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
