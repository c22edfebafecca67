import Analysis

/// What a recruiter sees of a resume in a ranking: who it is, where they stand, and which of the posting's
/// skills they lack.
public struct Candidate: Codable, Sendable, Equatable {
  /// The person's name from the resume's header, else the file's name.
  public var name: String
  /// Whether ``name`` was read from the resume (false: it is the file's name).
  public var nameFromResume: Bool
  /// The title of the current (or most recent) role.
  public var currentTitle: String?
  /// The level reached: intern/junior, mid, senior, lead/manager, director/head or vp/chief; nil when
  /// nothing tells.
  public var level: String?
  /// Years of experience from the roles' dates.
  public var years: Double
  /// The posting's skills the resume does not show, those that would add the most points first (at most
  /// ``missingSkillLimit``).
  public var missingSkills: [String]

  /// How many missing skills a row keeps.
  public static let missingSkillLimit = 3

  /// The candidate of a resume scored for a posting.
  ///
  /// - Parameters:
  ///   - resume: The resume's analysis.
  ///   - file: The file it was read from (its name stands in for a name the resume does not show).
  ///   - skills: The pair's skill fit.
  public init(resume: ResumeAnalysis, file: String, skills: SkillFit) {
    let fileName = file.split(separator: "/").last.map(String.init) ?? file
    name = resume.name ?? fileName
    nameFromResume = resume.name != nil
    currentTitle = resume.career.currentTitle
    level = resume.role.rung.map { RoleProfile.rungName($0).lowercased() }
    years = resume.career.years
    missingSkills = skills.missing.prefix(Self.missingSkillLimit).map(\.name)
  }

  /// Creates a candidate from its parts.
  public init(
    name: String, nameFromResume: Bool, currentTitle: String?, level: String?, years: Double, missingSkills: [String]
  ) {
    self.name = name
    self.nameFromResume = nameFromResume
    self.currentTitle = currentTitle
    self.level = level
    self.years = years
    self.missingSkills = missingSkills
  }
}
