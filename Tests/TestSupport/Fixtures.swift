import Foundation

/// Paths to the repository's fixtures, found from this file's location so tests run from any directory.
public enum Fixtures {
  /// The repository root.
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Fixtures/postings/NAME`.
  public static func posting(_ name: String) -> String {
    root.appendingPathComponent("Fixtures/postings").appendingPathComponent(name).path
  }

  /// `Fixtures/boards/NAME`: job-board saves, app shells and odd pages, kept out of the ranked postings.
  public static func board(_ name: String) -> String {
    root.appendingPathComponent("Fixtures/boards").appendingPathComponent(name).path
  }

  /// `Fixtures/look-alikes/NAME`: files saved beside postings and resumes that are neither (a career article, a
  /// README, a manual chapter), and a job-description template, which is a posting.
  public static func lookAlike(_ name: String) -> String {
    root.appendingPathComponent("Fixtures/look-alikes").appendingPathComponent(name).path
  }

  /// `Fixtures/resumes/NAME`.
  public static func resume(_ name: String) -> String {
    root.appendingPathComponent("Fixtures/resumes").appendingPathComponent(name).path
  }

  /// `Fixtures/resume-shapes/NAME`: resumes in the shapes people write (front matter, setext headings,
  /// one-line and three-line roles), kept out of the ranked resumes.
  public static func resumeShape(_ name: String) -> String {
    root.appendingPathComponent("Fixtures/resume-shapes").appendingPathComponent(name).path
  }

  /// `Lexicons/NAME`.
  public static func lexicon(_ name: String) -> String {
    root.appendingPathComponent("Lexicons").appendingPathComponent(name).path
  }

  /// The names of the files in `Fixtures/postings` (not hidden, not the expectations file).
  public static func postingNames() -> [String] {
    let directory = root.appendingPathComponent("Fixtures/postings").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".json") }.sorted()
  }

  /// The compiled-lexicon cache the tests use (`.build/test-lexicon-cache`), in place of the user's
  /// `~/.cache/jdmatch`: loading the lexicon in a test, or running `jdmatch` (``CommandRunner``), reads and
  /// writes it, so the tests neither depend on nor change what a user's runs keep.
  public static let cacheDirectory: String = root.appendingPathComponent(".build/test-lexicon-cache").path

  /// A new empty directory under the system's temporary directory.
  public static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("jdmatch-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
