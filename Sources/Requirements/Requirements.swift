/// The hard requirements and conditions of a job posting.
public struct Requirements: Codable, Sendable, Equatable {
  /// The years of experience asked for; nil when the posting names none.
  public var experience: ExperienceRequirement?
  /// The degrees asked for, one per level, lowest level first.
  public var degrees: [DegreeRequirement]
  /// The certifications asked for, one per certification, in the order first met.
  public var certifications: [CertificationRequirement]
  /// The seniority of the role; nil when neither title nor text shows it.
  public var seniority: Seniority?
  /// The number of people the role leads; nil when not stated.
  public var teamSize: TeamSizeRequirement?
  /// Where the work is done; nil when not stated.
  public var workplace: Workplace?
  /// The pay of the role; nil when not stated.
  public var salary: SalaryRange?

  /// Creates a set of requirements; every part defaults to absent.
  ///
  /// - Parameters:
  ///   - experience: The years of experience asked for.
  ///   - degrees: The degrees asked for.
  ///   - certifications: The certifications asked for.
  ///   - seniority: The seniority of the role.
  ///   - teamSize: The number of people the role leads.
  ///   - workplace: Where the work is done.
  ///   - salary: The pay of the role.
  public init(
    experience: ExperienceRequirement? = nil,
    degrees: [DegreeRequirement] = [],
    certifications: [CertificationRequirement] = [],
    seniority: Seniority? = nil,
    teamSize: TeamSizeRequirement? = nil,
    workplace: Workplace? = nil,
    salary: SalaryRange? = nil
  ) {
    self.experience = experience
    self.degrees = degrees
    self.certifications = certifications
    self.seniority = seniority
    self.teamSize = teamSize
    self.workplace = workplace
    self.salary = salary
  }
}
