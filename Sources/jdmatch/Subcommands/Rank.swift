import Analysis
import ArgumentParser
import Foundation
import Ingest
import Matching
import Report

/// `jdmatch rank`: which postings to go after first, or (with --posting) which candidates fit best.
struct Rank: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Rank folders of saved postings for a resume, or folders of resumes for a posting.",
    discussion: """
      Folders are walked recursively (hidden files skipped, symlinked folders followed once). Postings with \
      the same text are ranked once and their copies listed. Each score is the pair's own, the number \
      `score` gives. Ties are broken by file path, so the output is the same byte for byte on every \
      run. A progress bar is drawn on stderr when it is a terminal (not with --quiet). Exit status: 0 when \
      every file was ranked; 1 when some could not be read, a page held no main text or a folder held \
      nothing to rank (they are listed at the end and in JSON/CSV, and the rest are ranked; with nothing \
      at all to rank, only these lines are printed); 2 for a usage error.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown, html

    /// Whether the format shows each entry's full fit (the best ``Ranking/detailLimit`` entries).
    var showsDetails: Bool { self == .json || self == .html }
  }

  @Option(help: ArgumentHelp("Rank postings for this resume.", valueName: "file"))
  var resume: String?

  @Option(help: ArgumentHelp("Rank resumes for this posting instead (recruiter view).", valueName: "file"))
  var posting: String?

  @Argument(help: "Folders or files of postings (or of resumes, with --posting).")
  var paths: [String]

  @Option(help: "Output format: table, json, csv, markdown or html (one self-contained page).")
  var format: Format = .table

  @Option(help: ArgumentHelp("Write the output to this file (atomically) instead of stdout.", valueName: "file"))
  var output: String?

  @Option(help: "Show only the best N.")
  var top: Int?

  @Option(help: "Files processed in parallel (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "No progress bar.")
  var quiet = false

  @OptionGroup var lexiconOptions: LexiconOptions
  @OptionGroup var ingest: IngestOptionGroup

  func validate() throws {
    if (resume == nil) == (posting == nil) {
      throw ValidationError("Give exactly one of --resume (rank postings) or --posting (rank resumes).")
    }
    if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
  }

  func run() async throws {
    Terminal.configureColor()
    let (preparer, scorer) = try lexiconOptions.scoring()
    let ingestor = ingest.ingestor
    let subjectPath = resume ?? posting ?? ""
    let subject: Document
    do {
      subject = try ingestor.document(at: subjectPath)
    } catch let error as IngestError {
      Console.error("jdmatch: \(error.description)")
      throw ExitStatus.usage.exitCode
    }
    let rankingPostings = resume != nil
    let collector = InputCollector(
      extensions: rankingPostings ? InputCollector.postingExtensions : InputCollector.resumeExtensions)
    let collected = collector.collect(paths)
    let files = collected.files.filter { $0 != subjectPath }
    let what = rankingPostings ? "postings" : "resumes"
    let empty = collected.emptyDirectories.map { IngestError.nothingFound(path: $0, what: what) }
    if files.isEmpty {
      // Nothing to rank: a "0 postings ranked" table would read as success.
      for error in collected.skipped + empty { Console.error("jdmatch: \(error.description)") }
      if collected.skipped.isEmpty && empty.isEmpty {
        Console.error("jdmatch: no \(what) found in \(paths.joined(separator: ", "))")
      }
      throw ExitStatus.someInputsFailed.exitCode
    }
    let progress = ProgressBar(total: files.count, label: rankingPostings ? "postings" : "resumes", quiet: quiet)
    let batch = BatchPreparer(ingestor: ingestor, preparer: preparer)
    var skipped = (collected.skipped + empty).map { Ranking.Skipped(file: $0.path, reason: $0.reason) }
    var ranking: Ranking
    if rankingPostings {
      var outcomes = await batch.prepare(files, jobs: jobs, progress: progress.advance) { preparer, document in
        preparer.posting(document, compact: true)
      }
      progress.finish()
      var prepared: [(file: String, posting: PreparedPosting)] = []
      prepared.reserveCapacity(outcomes.count)
      for (file, outcome) in zip(files, outcomes) {
        switch outcome {
        case .success(let posting): prepared.append((file, posting))
        case .failure(let error): skipped.append(Ranking.Skipped(file: error.path, reason: error.reason))
        }
      }
      outcomes = []
      let resume = preparer.resume(subject)
      ranking = Ranker.rank(
        postings: prepared, for: resume, scorer: scorer, subject: subjectPath, skipped: skipped, top: top)
      if format.showsDetails {
        // Full evidence only for the entries a report details: read those postings once more.
        let detailed = Array(ranking.entries.prefix(Ranking.detailLimit))
        let full = await batch.prepare(detailed.map(\.file), jobs: jobs) { preparer, document in
          preparer.posting(document)
        }
        for (index, outcome) in full.enumerated() {
          if case .success(let posting) = outcome {
            ranking.entries[index].fit = scorer.score(posting, resume)
          }
        }
      }
    } else {
      let outcomes = await batch.prepare(files, jobs: jobs, progress: progress.advance) { preparer, document in
        (resume: preparer.resume(document), fingerprint: Preparer.fingerprint(document.text))
      }
      progress.finish()
      var prepared: [(file: String, resume: PreparedResume, fingerprint: UInt64)] = []
      for (file, outcome) in zip(files, outcomes) {
        switch outcome {
        case .success(let item): prepared.append((file, item.resume, item.fingerprint))
        case .failure(let error): skipped.append(Ranking.Skipped(file: error.path, reason: error.reason))
        }
      }
      let posting = preparer.posting(subject)
      ranking = Ranker.rank(
        resumes: prepared, for: posting, scorer: scorer, subject: subjectPath, skipped: skipped, top: top)
      if format.showsDetails {
        let byFile = Dictionary(prepared.map { ($0.file, $0.resume) }, uniquingKeysWith: { first, _ in first })
        for index in ranking.entries.indices.prefix(Ranking.detailLimit) {
          if let resume = byFile[ranking.entries[index].file] {
            ranking.entries[index].fit = scorer.score(posting, resume)
          }
        }
      }
    }
    let text: String
    switch format {
    case .table: text = RankingReport.table(ranking)
    case .markdown: text = RankingReport.markdown(ranking)
    case .csv: text = try RankingReport.csv(ranking)
    case .json: text = try RankingReport.json(ranking)
    case .html: text = HTMLReport.render(ranking)
    }
    if let output {
      try OutputFile.write(text, to: output)
    } else {
      Console.output(text)
    }
    for item in ranking.skipped { Console.error("jdmatch: \(item.file): \(item.reason)") }
    if !ranking.skipped.isEmpty { throw ExitStatus.someInputsFailed.exitCode }
  }
}
