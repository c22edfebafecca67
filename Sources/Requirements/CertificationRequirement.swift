/// A professional certification a posting asks for.
public struct CertificationRequirement: Codable, Sendable, Equatable {
  /// The canonical name of the certification: "CSPO", "PMP", "Pragmatic Institute", "SAFe", "CSM", "PMI-ACP",
  /// "AIPMM CPM", "Scrum.org PSPO" or "Scrum.org PSM".
  public var name: String
  /// Whether the certification is demanded or only wished for.
  public var importance: Importance
  /// The sentence the certification was read from.
  public var evidence: String

  /// Creates a certification requirement.
  ///
  /// - Parameters:
  ///   - name: The canonical name of the certification.
  ///   - importance: Whether it is demanded or wished for.
  ///   - evidence: The sentence it was read from.
  public init(name: String, importance: Importance, evidence: String) {
    self.name = name
    self.importance = importance
    self.evidence = evidence
  }
}
