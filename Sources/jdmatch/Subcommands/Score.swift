import Analysis
import ArgumentParser
import Foundation
import Ingest
import Matching
import Report

/// `jdmatch score`: how well one resume fits each of some postings.
struct Score: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract: "Score a resume against job postings: a 0–100 fit, what matches, what is missing, and advice.",
    discussion: """
      The score has five parts, each a 0–1 value times a weight fitted on real postings and resumes \
      (Lexicons/scoring.json): role family (the posting's title against the titles the resume holds), level \
      (rungs from intern to VP/chief), competencies of the lexicon (by the posting's emphasis, scaled by how \
      much of the posting the lexicon covers), requirements (years, degrees, certifications; required items \
      weigh twice preferred ones) and whole-text similarity (TF-IDF). A pair's score never depends on other \
      files, so rank gives the same number. Bands: Poor 0–39, Weak 40–54, Fair 55–69, Good 70–84, Strong \
      85–100. --explain prints the arithmetic. The resume's text never appears in errors. \(ExitStatus.helpText)
      """
  )

  enum Format: String, OutputFormat {
    case table, json, markdown, html

    static let help = "Output format: table, json, markdown or html (one self-contained page)."
    static let standard = Format.table
  }

  @Option(help: ArgumentHelp("The resume (.txt, .md, .html, .docx, .pdf, or JSON Resume .json).", valueName: "file"))
  var resume: String

  @Argument(help: "Saved job postings.")
  var postings: [String]

  @OptionGroup var outputOptions: OutputOptions<Format>

  @Flag(help: "Print the arithmetic behind every point of the score.")
  var explain = false

  @OptionGroup var lexiconOptions: LexiconOptions
  @OptionGroup var asOf: AsOfOption
  @OptionGroup var ingest: IngestOptionGroup

  func run() async throws {
    let (preparer, scorer) = try lexiconOptions.scoring(asOf: try asOf.date())
    let ingestor = ingest.ingestor
    let preparedResume: PreparedResume
    do {
      preparedResume = preparer.resume(try ingestor.document(at: resume))
    } catch let error as IngestError {
      Console.error("jdmatch: resume \(error.description)")
      throw ExitStatus.someInputsFailed.exitCode
    }
    let (documents, failures) = DocumentReader.readEach(postings, with: ingestor)
    let fits = documents.map { document in
      let posting = preparer.posting(document)
      var fit = scorer.score(posting, preparedResume)
      // A file that may not be a posting (or a resume) is still scored, with a note that says so.
      if let kind = posting.analysis.kind, kind.setsAside || kind.isDoubtful { fit.notes.append(.postingKind(kind)) }
      if let kind = preparedResume.analysis.kind, kind.setsAside || kind.isDoubtful {
        fit.notes.append(.resumeKind(kind))
      }
      return fit
    }
    switch outputOptions.format {
    case .table: try outputOptions.write(FitReport.table(fits, explain: explain, colored: outputOptions.colored))
    case .markdown: try outputOptions.write(FitReport.markdown(fits))
    case .json: try outputOptions.write(try FitReport.json(fits, oneFileNamed: postings.count == 1))
    case .html: try outputOptions.write(FitReport.html(fits))
    }
    if failures > 0 { throw ExitStatus.someInputsFailed.exitCode }
  }
}
