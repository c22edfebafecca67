import Analysis
import ArgumentParser
import Foundation
import Matching
import Pipeline

/// `--lexicon PATH`, shared by every command that reads competencies.
struct LexiconOptions: ParsableArguments {
  @Option(
    name: .customLong("lexicon"),
    help: ArgumentHelp(
      "Lexicon file (YAML). Default: Lexicons/cpo.yaml, found beside the jdmatch binary, in the current directory, or via JDMATCH_LEXICON.",
      valueName: "path"))
  var path: String?

  /// Loads the chosen lexicon (through the ``LexiconCache``), or fails with a one-line error naming the file,
  /// line and problem.
  func load() throws -> CompiledLexicon {
    let resolved = try path ?? Self.defaultPath()
    do {
      return try LexiconCache.load(lexiconPath: resolved, directory: LexiconCache.defaultDirectory()).compiled
    } catch let error as LexiconError {
      Console.error("jdmatch: \(error.description)")
      throw ExitStatus.usage.exitCode
    }
  }

  /// The lexicon and what scoring needs beside it (see ``ScoringSetup``), or a one-line error.
  func scoring(asOf: Date? = nil) throws -> (preparer: Preparer, scorer: FitScorer) {
    let resolved = try path ?? Self.defaultPath()
    do {
      let setup = try ScoringSetup.load(lexiconPath: resolved, asOf: asOf)
      return (setup.preparer, setup.scorer)
    } catch let error as LexiconError {
      Console.error("jdmatch: \(error.description)")
      throw ExitStatus.usage.exitCode
    } catch let error as ScoringModelError {
      Console.error("jdmatch: \(error.description)")
      throw ExitStatus.usage.exitCode
    }
  }

  /// The default lexicon's path (see ``LexiconLocator``), or a one-line error.
  static func defaultPath() throws -> String {
    if let found = LexiconLocator.defaultPath() { return found }
    let name = LexiconLoader.defaultFileName
    Console.error("jdmatch: cannot find the default lexicon Lexicons/\(name); pass --lexicon PATH")
    throw ExitStatus.usage.exitCode
  }
}
