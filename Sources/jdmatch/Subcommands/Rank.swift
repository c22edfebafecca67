import Analysis
import ArgumentParser
import Foundation
import Matching
import Pipeline
import Report
import Requirements

/// `jdmatch rank`: which postings to go after first, or (with --posting) which candidates fit best.
struct Rank: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rank",
    abstract: "Rank folders of saved postings for a resume, or folders of resumes for a posting.",
    discussion: """
      Folders are walked recursively (hidden files skipped, symlinked folders followed once). A .csv or \
      .jsonl file of postings (python-jobspy's export, or the columns title, company, location, description, \
      url) gives one posting per row, named FILE#N (N from 1, a CSV's header not counted), its URL kept in \
      every format; a row without a description is skipped with its reason. Postings with \
      the same text are ranked once and their copies listed. Each score is the pair's own, the number \
      `score` gives. Ties are broken by file path, so the output is the same byte for byte on every \
      run. Filters (--remote, --location, --min-salary, --min-score, --level, --family) set rows aside \
      without changing a score; the summary counts them, and JSON and CSV give each one's reasons. The table \
      is as wide as the terminal (COLUMNS, else its size), the file path never cut; in a pipe or a file \
      nothing is cut. With --posting, each candidate is named (from the resume's header, else the file) \
      with current title, level, years and the posting's skills they lack. A progress bar is drawn on stderr when it is a terminal (not with --quiet). Exit status: 0 when \
      every file was ranked; 1 when some could not be read, a page held no main text or a folder held \
      nothing to rank (they are listed at the end and in JSON/CSV, and the rest are ranked; with nothing \
      at all to rank, only these lines are printed); 2 for a usage error.
      """
  )

  enum Format: String, OutputFormat {
    case table, json, csv, markdown, html

    static let help = "Output format: table, json, csv, markdown or html (one self-contained page)."
    static let standard = Format.table

    /// Whether the format shows each entry's full fit (the best ``Ranking/detailLimit`` entries).
    var showsDetails: Bool { self == .json || self == .html }
  }

  @Option(help: ArgumentHelp("Rank postings for this resume.", valueName: "file"))
  var resume: String?

  @Option(help: ArgumentHelp("Rank resumes for this posting instead (recruiter view).", valueName: "file"))
  var posting: String?

  @Argument(
    help: "Folders or files of postings, .csv/.jsonl files of postings among them (or of resumes, with --posting).")
  var paths: [String] = []

  @OptionGroup var filesFrom: FilesFromOption

  @OptionGroup var outputOptions: OutputOptions<Format>

  // Unconditional: "--top -1" is a bad value ("must be at least 1"), not a missing one.
  @Option(
    parsing: .unconditional, help: ArgumentHelp("Show only the best N (of those the filters keep).", valueName: "n"))
  var top: Int?

  @Flag(help: "Keep only postings that say they are remote (by workplace or location).")
  var remote = false

  @Option(
    help: ArgumentHelp(
      "Keep only postings whose location holds this text (any case); remote postings match only text that says remote.",
      valueName: "text"))
  var location: String?

  @Option(
    name: .customLong("min-salary"),
    help: ArgumentHelp(
      "Keep only postings whose pay reaches this (the top of their range, over a year, in this currency): 150k, $150,000/year, €7500/month, 60/hour. US dollars unless a currency is written; postings stating no pay are kept.",
      valueName: "amount[/year|/month|/hour]"))
  var minSalary: String?

  @Flag(name: .customLong("require-salary"), help: "Set aside postings that state no pay.")
  var requireSalary = false

  @Option(
    name: .customLong("min-score"), parsing: .unconditional,
    help: ArgumentHelp("Keep only scores of at least N (0–100).", valueName: "n"))
  var minScore: Int?

  @Option(
    help: ArgumentHelp(
      "Keep only this level or range of levels: intern/junior, mid, senior, lead/manager, director/head, vp/chief (senior..director).",
      valueName: "rung[..rung]"))
  var level: String?

  @Option(
    help: ArgumentHelp(
      "Keep only this role family (product, software-engineering, marketing…, as in Lexicons/roles.yaml).",
      valueName: "name"))
  var family: String?

  @Option(help: "Files processed in parallel (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "No progress bar.")
  var quiet = false

  @Flag(
    help: """
      Rank every file read, even one that does not read as a posting (or, with --posting, as a resume): a \
      career article, a README, a manual. Without it such files are set aside and listed with the reason.
      """)
  var keepAll = false

  @OptionGroup var lexiconOptions: LexiconOptions
  @OptionGroup var asOf: AsOfOption
  @OptionGroup var ingest: IngestOptionGroup

  func validate() throws {
    if (resume == nil) == (posting == nil) {
      throw ValidationError("Give exactly one of --resume (rank postings) or --posting (rank resumes).")
    }
    if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    if paths.isEmpty && filesFrom.filesFrom == nil {
      throw ValidationError("Name the folders or files to rank, or list them with --files-from FILE|-.")
    }
    if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    if posting != nil {
      let postingOnly = [
        ("--remote", remote), ("--location", location != nil), ("--min-salary", minSalary != nil),
        ("--require-salary", requireSalary),
      ]
      if let (name, _) = postingOnly.first(where: { $0.1 }) {
        throw ValidationError("\(name) filters postings: use it with --resume, not --posting.")
      }
    }
    if let location, location.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--location needs some text to look for.")
    }
    if let minSalary, PayFigure(parsing: minSalary) == nil {
      throw ValidationError(
        "--min-salary: cannot read '\(minSalary)' as pay; write e.g. 150000, 150k, $150,000/year, €7500/month or 60/hour."
      )
    }
    if let minScore, !(0...100).contains(minScore) { throw ValidationError("--min-score must be from 0 to 100.") }
    if let level, Self.levels(level) == nil {
      throw ValidationError(
        "--level: cannot read '\(level)'; give a level or a range of two: intern, junior, mid, senior, lead, manager, director, head, vp, chief (e.g. senior..director)."
      )
    }
  }

  /// The rungs of the words a user gives for levels, 0 intern/junior … 5 VP/chief.
  static let rungWords: [String: Int] = [
    "intern": 0, "junior": 0, "intern/junior": 0, "entry": 0, "mid": 1, "senior": 2, "lead": 3, "manager": 3,
    "lead/manager": 3, "director": 4, "head": 4, "director/head": 4, "vp": 5, "chief": 5, "vp/chief": 5,
    "executive": 5,
  ]

  /// "senior" → 2...2; "senior..director" → 2...4; "senior.." → 2...5; "..mid" → 0...1; nil for anything else.
  static func levels(_ text: String) -> ClosedRange<Int>? {
    let parts = text.lowercased().components(separatedBy: "..").map { $0.trimmingCharacters(in: .whitespaces) }
    func rung(_ word: String, default fallback: Int) -> Int? { word.isEmpty ? fallback : rungWords[word] }
    switch parts.count {
    case 1: return rungWords[parts[0]].map { $0...$0 }
    case 2:
      guard !(parts[0].isEmpty && parts[1].isEmpty), let low = rung(parts[0], default: 0),
        let high = rung(parts[1], default: 5)
      else { return nil }
      return min(low, high)...max(low, high)
    default: return nil
    }
  }

  /// The role family `name` means (its id, name, or the start of either, in any case), or a usage error
  /// listing the families.
  private func familyID(_ name: String, in vocabulary: RoleVocabulary) throws -> String {
    let wanted = name.lowercased()
    let families = vocabulary.families
    let exact = families.first { $0.id.lowercased() == wanted || $0.name.lowercased() == wanted }
    let started = families.filter { $0.id.lowercased().hasPrefix(wanted) || $0.name.lowercased().hasPrefix(wanted) }
    if let found = exact ?? (started.count == 1 ? started.first : nil) { return found.id }
    Console.error(
      "Error: --family: no role family '\(name)'; the families are "
        + families.map(\.id).joined(separator: ", ") + ".")
    throw ExitStatus.usage.exitCode
  }

  func run() async throws {
    let (preparer, scorer) = try lexiconOptions.scoring(asOf: try asOf.date())
    let mode: Ranking.Mode = resume != nil ? .postingsForResume : .resumesForPosting
    let filter = RankingFilter(
      remote: remote, location: location?.trimmingCharacters(in: .whitespaces),
      minSalary: minSalary.flatMap { PayFigure(parsing: $0) }, requireSalary: requireSalary, minScore: minScore,
      levels: level.flatMap(Self.levels),
      family: try family.map { try familyID($0, in: preparer.postingAnalyzer.builder.lexicon.roles) })
    let ranker = BatchRanker(
      mode: mode, preparer: preparer, scorer: scorer, ingestor: ingest.ingestor, jobs: jobs, keepAll: keepAll,
      filter: filter.isActive ? filter : nil)
    let paths = try filesFrom.paths(paths)
    let progress = ProgressBar(label: mode.rankedItems, quiet: quiet)
    let ranking: Ranking
    do {
      ranking = try await ranker.rank(
        subject: resume ?? posting ?? "", paths: paths, top: top, details: outputOptions.format.showsDetails,
        progress: progress.update)
    } catch {
      throw BatchOutcome.failure(error)
    }
    switch outputOptions.format {
    case .table:
      // On standard output the skipped files are listed once, on stderr, below.
      try outputOptions.write(
        RankingReport.table(
          ranking, colored: outputOptions.colored, width: outputOptions.width,
          listsSkipped: !outputOptions.toStandardOutput))
    case .markdown: try outputOptions.write(RankingReport.markdown(ranking))
    case .csv: try outputOptions.write(RankingReport.csv(ranking))
    case .json: try outputOptions.write(try RankingReport.json(ranking))
    case .html: try outputOptions.write(RankingReport.html(ranking))
    }
    try BatchOutcome.finish(skipped: ranking.skipped)
  }
}
