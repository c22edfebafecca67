/// The fields of a schema.org `JobPosting` that jdmatch reads from a page's JSON-LD.
public struct JobPosting: Codable, Sendable, Equatable {
  /// `title`.
  public var title: String?
  /// `hiringOrganization.name` (or the organisation given as a plain string).
  public var hiringOrganization: String?
  /// `jobLocation` as readable text ("Boston, MA, US"); several locations are joined with "; ".
  public var jobLocation: String?
  /// `jobLocationType` (`TELECOMMUTE` for remote jobs).
  public var jobLocationType: String?
  /// `baseSalary`.
  public var baseSalary: Salary?
  /// `employmentType`, joined with ", " when it is a list.
  public var employmentType: String?
  /// `datePosted`.
  public var datePosted: String?
  /// `validThrough`.
  public var validThrough: String?
  /// `experienceRequirements` as text (a `monthsOfExperience` object becomes "N months").
  public var experienceRequirements: String?
  /// `educationRequirements` as text (a `credentialCategory` object gives its category).
  public var educationRequirements: String?
  /// `skills`, split into a list when given as one comma-separated string.
  public var skills: [String]
  /// `description` converted from its HTML to plain text.
  public var description: String?

  /// Creates a posting with every field empty.
  public init() {
    skills = []
  }

  /// A salary or salary range from `baseSalary`.
  public struct Salary: Codable, Sendable, Equatable {
    /// `currency` (ISO 4217).
    public var currency: String?
    /// `value.minValue`, or `value.value` for a single figure.
    public var minValue: Double?
    /// `value.maxValue`.
    public var maxValue: Double?
    /// `value.unitText` (`YEAR`, `MONTH`, `HOUR`…).
    public var unitText: String?

    /// Creates a salary.
    public init(currency: String?, minValue: Double?, maxValue: Double?, unitText: String?) {
      self.currency = currency
      self.minValue = minValue
      self.maxValue = maxValue
      self.unitText = unitText
    }
  }
}
