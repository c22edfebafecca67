import Foundation
import Requirements

/// The roles a resume lists with their date ranges, and the experience they add up to.
public struct CareerHistory: Codable, Sendable, Equatable {
  /// One role: its title line and when it was held.
  public struct Role: Codable, Sendable, Equatable {
    /// The title as written, without the dates ("VP of Product, Halcyon Health").
    public var title: String
    /// First month, counted as year × 12 + month − 1.
    public var startMonth: Int
    /// Last month, or the as-of month for a current role.
    public var endMonth: Int
    /// Whether the role is current ("Present").
    public var isCurrent: Bool
    /// The level the title names, if any.
    public var seniority: Seniority?
    /// The employer, when the line (or the lines around it) names one.
    public var employer: String? = nil
    /// The line the dates were read from, as written.
    public var line: String = ""
    /// Whether the start names its month ("2019" does not).
    public var startHasMonth: Bool = true
    /// Whether the end names its month ("2021" and "Present" do not).
    public var endHasMonth: Bool = true
    /// The heading of the section it was read under, if any.
    public var section: String? = nil

    /// Length in months.
    public var months: Int { max(0, endMonth - startMonth) }

    /// Creates a role (for building resumes by hand, as tests of the scoring do).
    ///
    /// - Parameters:
    ///   - title: The title as written.
    ///   - startMonth: First month, year × 12 + month − 1.
    ///   - endMonth: Last month, likewise.
    ///   - isCurrent: Whether it runs to "Present".
    ///   - seniority: The level the title names.
    ///   - employer: The employer, when named.
    ///   - line: The line the dates were read from.
    ///   - startHasMonth: Whether the start names its month.
    ///   - endHasMonth: Whether the end names its month.
    ///   - section: The heading of the section it was read under.
    public init(
      title: String, startMonth: Int, endMonth: Int, isCurrent: Bool = false, seniority: Seniority? = nil,
      employer: String? = nil, line: String = "", startHasMonth: Bool = true, endHasMonth: Bool = true,
      section: String? = nil
    ) {
      self.title = title
      self.startMonth = startMonth
      self.endMonth = endMonth
      self.isCurrent = isCurrent
      self.seniority = seniority
      self.employer = employer
      self.line = line
      self.startHasMonth = startHasMonth
      self.endHasMonth = endHasMonth
      self.section = section
    }
  }

  /// The roles in the order the resume lists them.
  public var roles: [Role]
  /// Dated entries of sections that are not employment (education, projects, volunteering, activities),
  /// in the order the resume lists them; they never count towards years, titles or level.
  public var otherEntries: [Role] = []
  /// Years of experience: the union of the roles' date ranges (overlaps counted once), to 0.1 year.
  public var years: Double
  /// The highest level any title names.
  public var highestSeniority: Seniority?
  /// The title of the current role, or of the most recent one.
  public var currentTitle: String?

  /// Years as explanations write them: "16" or "16.4".
  public static func describe(years: Double) -> String {
    years == years.rounded() ? String(Int(years)) : String(format: "%.1f", years)
  }

  /// Builds the history from roles, merging overlapping ranges.
  ///
  /// - Parameters:
  ///   - roles: The employment roles.
  ///   - otherEntries: Dated entries that are not employment, kept for display only.
  public init(roles: [Role], otherEntries: [Role] = []) {
    self.roles = roles
    self.otherEntries = otherEntries
    let intervals = roles.map { ($0.startMonth, $0.endMonth) }.sorted { $0 < $1 }
    var total = 0
    var current: (Int, Int)?
    for interval in intervals {
      if let open = current, interval.0 <= open.1 {
        current = (open.0, max(open.1, interval.1))
      } else {
        if let open = current { total += open.1 - open.0 }
        current = interval
      }
    }
    if let open = current { total += open.1 - open.0 }
    years = (Double(total) / 12 * 10).rounded(.down) / 10
    highestSeniority = roles.compactMap(\.seniority).max()
    currentTitle = (roles.first(where: \.isCurrent) ?? roles.max { $0.endMonth < $1.endMonth })?.title
  }
}
