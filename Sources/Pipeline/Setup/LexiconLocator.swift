import Analysis
import Foundation

/// Finds the default lexicon when none is named.
public enum LexiconLocator {
  /// Where the default lexicon is: `$JDMATCH_LEXICON`, `Lexicons/cpo.yaml` in the current directory, or
  /// `Lexicons/cpo.yaml`, `share/jdmatch/Lexicons/cpo.yaml` or `share/jdmatch/cpo.yaml` in a folder up to six
  /// levels above the executable (the repository when run from `.build`, or the prefix `make install` wrote
  /// `bin/jdmatch` and `share/jdmatch/Lexicons` to). Everything else the lexicon needs is read beside it.
  ///
  /// - Parameters:
  ///   - environment: The process environment, for `JDMATCH_LEXICON`; nil for this process's.
  ///   - currentDirectory: The folder relative paths start from; nil for this process's.
  ///   - executable: The running executable, symlinks resolved; nil for this process's (found only when
  ///     `JDMATCH_LEXICON` is not set: resolving it costs some 1 M instructions).
  /// - Returns: The first of those that exists (or `$JDMATCH_LEXICON` as it is, when set), or nil.
  public static func defaultPath(
    environment: [String: String]? = nil, currentDirectory: String? = nil, executable: URL? = nil
  ) -> String? {
    let environment = environment ?? ProcessInfo.processInfo.environment
    if let path = environment["JDMATCH_LEXICON"], !path.isEmpty { return path }
    let currentDirectory = currentDirectory ?? FileManager.default.currentDirectoryPath
    let executable = executable ?? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    let name = LexiconLoader.defaultFileName
    var candidates = [currentDirectory + "/Lexicons/" + name]
    var directory = executable.deletingLastPathComponent()
    for _ in 0..<6 {
      candidates.append(directory.appendingPathComponent("Lexicons/" + name).path)
      candidates.append(directory.appendingPathComponent("share/jdmatch/Lexicons/" + name).path)
      candidates.append(directory.appendingPathComponent("share/jdmatch/" + name).path)
      directory = directory.deletingLastPathComponent()
    }
    return candidates.first { FileManager.default.fileExists(atPath: $0) }
  }
}
