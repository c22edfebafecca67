import Foundation
import Ingest

/// The month "Present" stands for in a resume, and what it was taken from.
///
/// In order: the month the caller gives (`--as-of`); else the first date the resume states for itself
/// (``Document/dates``: printed on it, then the file's metadata) that its roles allow; else today. A date
/// the roles contradict is skipped: a resume is not written before the latest month its roles name ("Jan
/// 2021 – Present" was not written in 2019), nor after today.
public struct AsOf: Codable, Sendable, Equatable {
  /// What the month was taken from.
  public enum Basis: Codable, Sendable, Equatable {
    /// The month the caller asked for (`--as-of`).
    case given
    /// A date the document states for itself.
    case document(DocumentDate)
    /// Today: the document states no date its roles allow.
    case today
  }

  /// The month, counted as year × 12 + month − 1.
  public var month: Int
  /// What it was taken from.
  public var basis: Basis
  /// Dates the document states that were not used, with the reason.
  public var skipped: [Skipped] = []

  /// A date of the document that was not used.
  public struct Skipped: Codable, Sendable, Equatable {
    /// Why a date was not used.
    public enum Reason: String, Codable, Sendable {
      /// It lies after today.
      case future
      /// It lies before the latest month the roles name.
      case beforeRoles
    }

    /// The date.
    public var date: DocumentDate
    /// Why it was not used.
    public var reason: Reason
  }

  /// The month as `YYYY-MM`.
  public var text: String { DocumentDate.text(monthNumber: month) }

  /// The name of what the month was taken from: the document date's source (`printed`, `pdfMetadata`,
  /// `docxMetadata`, `jsonResumeMeta`, `frontMatter`, `htmlMeta`), `option` or `today`.
  public var sourceName: String {
    switch basis {
    case .given: return "option"
    case .document(let date): return date.source.rawValue
    case .today: return "today"
    }
  }

  /// Chooses the month for a document whose roles name `latestRoleMonth` as their latest month.
  ///
  /// - Parameters:
  ///   - given: The caller's month, which always wins.
  ///   - dates: The document's own dates, most trusted first.
  ///   - latestRoleMonth: The latest month the roles name (a start, or the end of a finished role), if any.
  ///   - today: This month.
  public static func choose(given: Int?, dates: [DocumentDate], latestRoleMonth: Int?, today: Int) -> AsOf {
    if let given { return AsOf(month: given, basis: .given) }
    var skipped: [Skipped] = []
    for date in dates {
      if date.monthNumber > today {
        skipped.append(Skipped(date: date, reason: .future))
      } else if let latestRoleMonth, date.monthNumber < latestRoleMonth {
        skipped.append(Skipped(date: date, reason: .beforeRoles))
      } else {
        return AsOf(month: date.monthNumber, basis: .document(date), skipped: skipped)
      }
    }
    return AsOf(month: today, basis: .today, skipped: skipped)
  }
}
