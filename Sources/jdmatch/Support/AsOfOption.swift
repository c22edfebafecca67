import ArgumentParser
import Foundation

/// `--as-of YYYY-MM`: the month a resume's "Present" stands for, shared by `analyze --resume`, `score` and
/// `rank`, so that a run can be repeated byte for byte next month.
struct AsOfOption: ParsableArguments {
  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      """
      The month a resume's "Present" stands for (YYYY-MM), for repeatable output. Default: the date the \
      resume states for itself (printed on it, or in its file's metadata), else this month.
      """,
      valueName: "YYYY-MM"))
  var month: String?

  func validate() throws { _ = try date() }

  /// The month as a date (its first day, UTC), or nil when not given.
  func date() throws -> Date? {
    guard let month else { return nil }
    let parts = month.split(separator: "-").map { Int($0) }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
    guard (2...3).contains(parts.count), let year = parts[0], let number = parts[1], (1900...2200).contains(year),
      (1...12).contains(number), let date = calendar.date(from: DateComponents(year: year, month: number, day: 1))
    else { throw ValidationError("--as-of takes a month as YYYY-MM, not '\(month)'.") }
    return date
  }
}
