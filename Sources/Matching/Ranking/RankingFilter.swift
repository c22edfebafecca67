import Analysis
import Foundation
import Requirements

/// Which ranked postings (or resumes) to keep: remote ones, those in a place, paying at least a figure,
/// scoring at least a number, at some levels, in one role family. A filter only sets rows aside; it never
/// changes a score or the order of the rows it keeps.
///
/// A posting that states no pay is kept by `minSalary` unless `requireSalary` is set; a filter on workplace,
/// place, level or family sets aside a row that does not state it.
public struct RankingFilter: Codable, Sendable, Equatable {
  /// One filter.
  public enum Kind: String, Codable, Sendable, CaseIterable {
    /// Remote postings only.
    case remote
    /// Postings in a place.
    case location
    /// Postings paying at least a figure.
    case minSalary
    /// Postings that state their pay.
    case requireSalary
    /// Rows scoring at least a number.
    case minScore
    /// Rows at some levels.
    case level
    /// Rows in one role family.
    case family
  }

  /// Why a row was set aside: the filter, and what the row shows of what it checks.
  public struct Reason: Codable, Sendable, Equatable {
    /// The filter that set it aside.
    public var filter: Kind
    /// What the row shows: the workplace ("onSite", "hybrid"), the location, the pay over a year in the
    /// floor's currency, the score, the level's rung name or the family id; nil when it states none.
    public var found: String?

    /// Creates a reason.
    public init(filter: Kind, found: String?) {
      self.filter = filter
      self.found = found
    }
  }

  /// Keep only postings that say they are remote (by workplace or location).
  public var remote = false
  /// Keep only postings whose location holds this text (any case); remote postings match only text that
  /// says "remote".
  public var location: String?
  /// Keep only postings whose pay reaches this figure over a year: the top of their range, over a year, in
  /// the floor's currency.
  public var minSalary: PayFigure?
  /// Set aside postings that state no pay (or pay in a currency without a reference rate).
  public var requireSalary = false
  /// Keep only rows scoring at least this.
  public var minScore: Int?
  /// Keep only rows whose level's rung (0 intern/junior … 5 VP/chief) lies in this range.
  public var levels: ClosedRange<Int>?
  /// Keep only rows whose role family is this id.
  public var family: String?

  /// Creates a filter; nothing set keeps everything.
  public init(
    remote: Bool = false, location: String? = nil, minSalary: PayFigure? = nil, requireSalary: Bool = false,
    minScore: Int? = nil, levels: ClosedRange<Int>? = nil, family: String? = nil
  ) {
    self.remote = remote
    self.location = location
    self.minSalary = minSalary
    self.requireSalary = requireSalary
    self.minScore = minScore
    self.levels = levels
    self.family = family
  }

  /// Whether any filter is set.
  public var isActive: Bool {
    remote || location != nil || minSalary != nil || requireSalary || minScore != nil || levels != nil
      || family != nil
  }

  /// The filters a row fails, in the order of ``Kind``; empty when it is kept.
  public func reasons(_ row: ScoredFile) -> [Reason] {
    var reasons: [Reason] = []
    let place = row.location?.lowercased()
    let isRemote = row.workplace == .remote || place?.contains("remote") == true
    if remote, !isRemote {
      reasons.append(Reason(filter: .remote, found: row.workplace?.rawValue))
    }
    if let location {
      let wanted = location.lowercased().trimmingCharacters(in: .whitespaces)
      let matches =
        place.map { $0.contains(wanted) } == true || (wanted.contains("remote") && row.workplace == .remote)
      if !matches { reasons.append(Reason(filter: .location, found: row.location)) }
    }
    let annual = minSalary.flatMap { floor in row.salary?.annualTop(in: floor.currency) }
    if let minSalary, let annual, annual < minSalary.annual {
      reasons.append(Reason(filter: .minSalary, found: "\(Int(annual.rounded())) \(minSalary.currency)/year"))
    }
    let stated = row.salary.map { PayFigure.dollarsPerUnit[$0.currency] != nil } ?? false
    if requireSalary, !stated {
      reasons.append(Reason(filter: .requireSalary, found: row.salary?.currency))
    }
    if let minScore, row.score < minScore {
      reasons.append(Reason(filter: .minScore, found: "\(row.score)"))
    }
    if let levels, row.rung.map({ !levels.contains($0) }) ?? true {
      reasons.append(Reason(filter: .level, found: row.rung.map { RoleProfile.rungName($0).lowercased() }))
    }
    if let family, row.family != family {
      reasons.append(Reason(filter: .family, found: row.family))
    }
    return reasons
  }
}
