import Analysis
import Foundation
import Matching
import Requirements

/// The words for `rank`'s filters: what each set aside, and why one row was.
public enum FilterWording {
  /// The filters' part of a ranking's summary: "filters set aside 7 (not remote: 5, score under 60: 3), 11
  /// left"; nil when no filter was applied.
  public static func summary(_ ranking: Ranking) -> String? {
    guard let filter = ranking.filter else { return nil }
    guard !ranking.setAside.isEmpty else { return "filters set aside none" }
    let counts = RankingFilter.Kind.allCases.compactMap { kind -> String? in
      let count = ranking.setAside.filter { $0.reasons.contains { $0.filter == kind } }.count
      return count == 0 ? nil : "\(label(kind, filter: filter)): \(count)"
    }
    return "filters set aside \(ranking.setAside.count) (\(counts.joined(separator: ", "))), \(ranking.keptCount) left"
  }

  /// What a filter sets aside, in a few words: "not remote", "score under 60".
  public static func label(_ kind: RankingFilter.Kind, filter: RankingFilter) -> String {
    switch kind {
    case .remote: return "not remote"
    case .location: return "not in “\(filter.location ?? "")”"
    case .minSalary: return "paying under \(filter.minSalary.map(figure) ?? "the floor")"
    case .requireSalary: return "no salary stated"
    case .minScore: return "score under \(filter.minScore ?? 0)"
    case .level: return "level outside \(filter.levels.map(levels) ?? "the range")"
    case .family: return "not \(filter.family ?? "the family")"
    }
  }

  /// Why one row was set aside: "not remote (on-site)", "pays at most 118,040 USD a year".
  public static func reason(_ reason: RankingFilter.Reason, filter: RankingFilter?) -> String {
    let found = reason.found
    switch reason.filter {
    case .remote:
      let workplace = ["onSite": "on-site", "hybrid": "hybrid"][found ?? ""] ?? "workplace not stated"
      return "not remote (\(workplace))"
    case .location:
      return "not in “\(filter?.location ?? "")” (\(found.map { "location: \($0)" } ?? "no location stated"))"
    case .minSalary:
      // found: "118040 USD/year".
      let parts = (found ?? "").split(separator: " ").map(String.init)
      let top =
        parts.count == 2 && Double(parts[0]) != nil
        ? "\(NumberFormat.grouped(Double(parts[0]) ?? 0)) \(parts[1].replacingOccurrences(of: "/year", with: " a year"))"
        : found ?? "?"
      return "pays at most \(top), under \(filter?.minSalary.map(figure) ?? "the floor")"
    case .requireSalary:
      return found.map { "pay in \($0), which has no reference rate" } ?? "no salary stated"
    case .minScore:
      return "score \(found ?? "?") under \(filter?.minScore ?? 0)"
    case .level:
      return "level \(found ?? "not known") outside \(filter?.levels.map(levels) ?? "the range")"
    case .family:
      return "family \(found ?? "not known"), not \(filter?.family ?? "the one asked")"
    }
  }

  /// Every reason of a row, joined by "; ".
  public static func reasons(_ item: Ranking.SetAside, filter: RankingFilter?) -> String {
    item.reasons.map { reason($0, filter: filter) }.joined(separator: "; ")
  }

  /// "120,000 USD a year".
  static func figure(_ figure: PayFigure) -> String {
    "\(NumberFormat.grouped(figure.amount)) \(figure.currency) a\(figure.period == .hour ? "n" : "") \(figure.period.rawValue)"
  }

  /// "senior" or "senior..director/head".
  static func levels(_ range: ClosedRange<Int>) -> String {
    let low = RoleProfile.rungName(range.lowerBound).lowercased()
    let high = RoleProfile.rungName(range.upperBound).lowercased()
    return low == high ? low : "\(low)..\(high)"
  }
}
