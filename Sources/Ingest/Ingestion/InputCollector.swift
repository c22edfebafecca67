import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds the files to read under the paths a user names: files as given, directories walked
/// recursively, hidden files and folders skipped, symlinked folders followed once (no loops).
public struct InputCollector: Sendable {
  /// What was found: files in a stable order, and paths that could not be walked.
  public struct Collection: Sendable, Equatable {
    /// Files to read, sorted by path.
    public var files: [String]
    /// Paths that could not be walked, with the reason.
    public var skipped: [IngestError]
    /// Folders named in the call under which no file with a wanted extension was found, as named.
    public var emptyDirectories: [String] = []
  }

  /// File extensions (lowercase, without the dot) to pick up inside directories.
  public let extensions: Set<String>

  /// Extensions of saved job postings.
  public static let postingExtensions: Set<String> = [
    "html", "htm", "xhtml", "mhtml", "mht", "txt", "md", "markdown", "pdf",
  ]
  /// Extensions of resumes: those of postings that resumes come in, Word files and JSON Resume (`.json`).
  public static let resumeExtensions: Set<String> = ["html", "htm", "txt", "md", "markdown", "docx", "pdf", "json"]

  /// Creates a collector for files with the given extensions.
  public init(extensions: Set<String>) {
    self.extensions = extensions
  }

  /// Collects the files under `paths`. A path named directly is always taken, whatever its extension,
  /// so the reader can say why it cannot be read.
  public func collect(_ paths: [String]) -> Collection {
    var files: [String] = []
    var skipped: [IngestError] = []
    var visited = Set<String>()
    var emptyDirectories: [String] = []
    for path in paths {
      var info = stat()
      guard stat(path, &info) == 0 else {
        skipped.append(errno == EACCES ? .unreadable(path: path, reason: "permission denied") : .notFound(path: path))
        continue
      }
      if info.st_mode & S_IFMT == S_IFDIR {
        let before = (files: files.count, skipped: skipped.count, visited: visited.count)
        walk(path, visited: &visited, files: &files, skipped: &skipped)
        // A folder whose walk found nothing and reported nothing would otherwise pass unnoticed (one
        // named twice is walked, and judged, once).
        if visited.count > before.visited && files.count == before.files && skipped.count == before.skipped {
          emptyDirectories.append(path)
        }
      } else {
        files.append(path)
      }
    }
    var seen = Set<String>()
    let unique = files.filter { seen.insert($0).inserted }
    return Collection(files: unique.sorted(), skipped: skipped, emptyDirectories: emptyDirectories)
  }

  private func walk(
    _ directory: String, visited: inout Set<String>, files: inout [String], skipped: inout [IngestError]
  ) {
    // A folder reached twice through symlinks is walked once.
    guard let real = realpath(directory, nil) else {
      skipped.append(.unreadable(path: directory, reason: "cannot resolve the folder"))
      return
    }
    let identity = String(cString: real)
    free(real)
    guard visited.insert(identity).inserted else { return }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      skipped.append(.unreadable(path: directory, reason: "cannot list the folder (permission denied?)"))
      return
    }
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      var info = stat()
      guard stat(path, &info) == 0 else {
        let code = errno
        var linkInfo = stat()
        // A link that leads nowhere is named when it could have been a posting (or a folder of them).
        let fileExtension = FormatSniffer.fileExtension(of: name) ?? ""
        if lstat(path, &linkInfo) == 0 && linkInfo.st_mode & S_IFMT == S_IFLNK
          && (fileExtension.isEmpty || extensions.contains(fileExtension))
        {
          skipped.append(
            code == ELOOP
              ? .unreadable(path: path, reason: "symbolic link loop")
              : .unreadable(path: path, reason: "broken symbolic link (its target is missing)"))
        }
        continue
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        walk(path, visited: &visited, files: &files, skipped: &skipped)
      case S_IFREG:
        let fileExtension = FormatSniffer.fileExtension(of: name) ?? ""
        if extensions.contains(fileExtension) { files.append(path) }
      default:
        // FIFOs, sockets and devices inside a folder are never opened.
        let fileExtension = FormatSniffer.fileExtension(of: name) ?? ""
        if extensions.contains(fileExtension) { skipped.append(.notRegularFile(path: path)) }
      }
    }
  }
}
