import Foundation

/// Why a file could not be turned into a ``Document``.
///
/// Every case names the file, so a batch can report one line per failure.
public enum IngestError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The path does not exist.
  case notFound(path: String)
  /// The path is a directory where a file was expected.
  case isDirectory(path: String)
  /// The path is not a regular file (a FIFO, socket or device).
  case notRegularFile(path: String)
  /// The file exists but could not be read (permissions, I/O error).
  case unreadable(path: String, reason: String)
  /// The file is empty or holds only whitespace.
  case empty(path: String)
  /// The file is larger than the size limit.
  case tooLarge(path: String, bytes: Int, limit: Int)
  /// The file is binary data (an image, an archive, an executable…), not a page or text.
  case binary(path: String, kind: String)
  /// The file is of a recognised type but its content is broken beyond use.
  case malformed(path: String, reason: String)
  /// The file holds no readable text once markup and boilerplate are removed.
  case noText(path: String)
  /// The PDF's pages are images without a text layer, as a scanner makes them.
  case noTextLayer(path: String)
  /// A `.json` file that is not a JSON Resume: invalid JSON, an array, far too large, or without a `basics` or
  /// `work` member.
  case notJSONResume(path: String, reason: String)
  /// A page parsed, but no main text was found in it, even after falling back to the best text block
  /// with furniture kept and then to the whole body text (a script-only shell, a page of nothing but
  /// markup); an empty posting is never handed on.
  case noMainText(path: String)
  /// A folder named on the command line holds no file of the kinds asked for (`what`: "postings",
  /// "resumes").
  case nothingFound(path: String, what: String)
  /// A row of a file of postings (`jobs.csv#12`, see ``PostingFeed``) whose description is empty or missing.
  case noDescription(path: String)

  /// The file the error is about.
  public var path: String {
    switch self {
    case .notFound(let path), .isDirectory(let path), .notRegularFile(let path), .unreadable(let path, _),
      .empty(let path), .tooLarge(let path, _, _), .binary(let path, _), .malformed(let path, _),
      .noText(let path), .noTextLayer(let path), .notJSONResume(let path, _), .noMainText(let path),
      .nothingFound(let path, _), .noDescription(let path):
      return path
    }
  }

  /// The reason alone, without the path.
  public var reason: String {
    switch self {
    case .notFound: return "no such file"
    case .isDirectory: return "is a directory, not a file"
    case .notRegularFile: return "not a regular file (FIFO, socket or device)"
    case .unreadable(_, let reason): return "cannot read: \(reason)"
    case .empty: return "file is empty"
    case .tooLarge(_, let bytes, let limit):
      return "file is \(Self.megabytes(bytes)), over the \(Self.megabytes(limit)) limit (raise it with --max-size)"
    case .binary(_, let kind): return "binary file (\(kind)), not a web page or text"
    case .malformed(_, let reason): return "malformed: \(reason)"
    case .noText: return "no readable text found"
    case .noTextLayer: return "no text layer: is this a scanned image? (run OCR on it, or save the original as text)"
    case .notJSONResume(_, let reason): return "not a JSON Resume: \(reason)"
    case .noMainText: return "no main text found"
    case .nothingFound(let path, let what): return "no \(what) found under \(path)"
    case .noDescription: return "row has no description"
    }
  }

  /// One line naming the file and the reason.
  public var description: String { "\(path): \(reason)" }

  /// A byte count as "4.2 MB" or "300 MB", as the reasons above show it.
  static func megabytes(_ bytes: Int) -> String {
    let mb = Double(bytes) / 1_048_576
    return mb >= 10 ? "\(Int(mb.rounded())) MB" : String(format: "%.1f MB", mb)
  }
}
