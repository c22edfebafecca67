/// Which line of work and which level a posting or a resume is about, read from its titles.
public struct RoleProfile: Codable, Sendable, Equatable {
  /// One family and its share of the titles.
  public struct FamilyShare: Codable, Sendable, Equatable {
    /// The family's id in `roles.yaml`.
    public var family: String
    /// Its share, 0–1; the shares of a profile sum to 1.
    public var share: Double
    /// The title that named it first.
    public var title: String

    /// Creates a share.
    public init(family: String, share: Double, title: String) {
      self.family = family
      self.share = share
      self.title = title
    }
  }

  /// The title it was read from: a posting's job title, or a resume's most recent title (or headline).
  public var title: String?
  /// The families named by the titles, largest share first (ties by id); empty when no title names one.
  public var families: [FamilyShare]
  /// The level, 0 intern/junior, 1 mid, 2 senior, 3 lead/manager, 4 director/head, 5 VP/chief; nil
  /// when nothing tells.
  public var rung: Int?
  /// Where the level was read ("title", "years required", …).
  public var rungSource: String?
  /// Where the families were read when not from titles ("role phrases in the text"), else "titles held"
  /// or nil.
  public var familySource: String?

  /// Creates a profile.
  public init(title: String?, families: [FamilyShare], rung: Int?, rungSource: String?, familySource: String? = nil) {
    self.title = title
    self.families = families
    self.rung = rung
    self.rungSource = rungSource
    self.familySource = familySource
  }

  /// The ``familySource`` of families read from role phrases in the running text, not from titles.
  public static let textMentions = "role phrases in the text"

  /// A profile that knows nothing.
  public static let unknown = RoleProfile(title: nil, families: [], rung: nil, rungSource: nil)

  /// The family with the largest share.
  public var primaryFamily: String? { families.first?.family }

  /// The share of family `id`, 0 when absent.
  public func share(of id: String) -> Double {
    families.first { $0.family == id }?.share ?? 0
  }

  /// The names of the rungs, in order.
  public static let rungNames = ["intern/junior", "mid", "senior", "lead/manager", "director/head", "VP/chief"]

  /// The rung's name, or "unknown".
  public static func rungName(_ rung: Int?) -> String {
    guard let rung, rungNames.indices.contains(rung) else { return "unknown" }
    return rungNames[rung]
  }
}
