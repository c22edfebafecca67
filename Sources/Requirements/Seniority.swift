/// The level of a role, from intern to chief officer.
public enum Seniority: Int, Codable, Sendable, Equatable, Comparable, CaseIterable {
  /// An internship or co-op.
  case intern
  /// An entry-level role: associate, junior, graduate.
  case entry
  /// An individual contributor without a level word ("Product Manager").
  case individual
  /// A senior individual contributor ("Senior Product Manager").
  case senior
  /// A lead, principal, staff or group individual contributor ("Group Product Manager", "Principal PM").
  case lead
  /// A people manager ("Engineering Manager", "Manager, Product Management").
  case manager
  /// A director.
  case director
  /// The head of a function ("Head of Product").
  case head
  /// A vice president, including senior and executive VPs.
  case vicePresident
  /// A chief officer ("Chief Product Officer", "CPO").
  case chief

  /// Whether the first level ranks below the second.
  public static func < (lhs: Seniority, rhs: Seniority) -> Bool {
    lhs.rawValue < rhs.rawValue
  }

  /// Classifies a job title.
  ///
  /// "VP, Product" is `.vicePresident`; "Chief Product Officer" and "CPO" are `.chief`; "Head of Product" is
  /// `.head`; "Director of Product Management" is `.director`; "Engineering Manager" is `.manager`;
  /// "Group Product Manager" and "Principal PM" are `.lead`; "Senior Product Manager" is `.senior`;
  /// "Product Manager" is `.individual`; "Associate", "Junior" and "Graduate" titles are `.entry`; "Intern" is
  /// `.intern`.
  ///
  /// - Parameter title: A job title as written.
  /// - Returns: The level of the title, or nil when the title names no role or level.
  public static func classify(title: String) -> Seniority? {
    let named = PostingReader.sentence(of: title).flatMap { SeniorityClassifier.classify($0.tokens.map(\.text)) }
    // A federal grade ("GS-13") ranks a title whose words name no higher level.
    if let grade = SeniorityClassifier.federalGrade(in: title), named.map({ $0 < .lead }) ?? true { return grade }
    return named
  }
}
