/// The pay a posting states for the role.
public struct SalaryRange: Codable, Sendable, Equatable {
  /// The lower figure, or the only one, in whole currency units ("$240K" gives 240000; "₹45 LPA" gives 4500000).
  public var min: Double
  /// The upper figure of a range; nil when a single figure is stated.
  public var max: Double?
  /// The ISO 4217 code of the currency: "USD", "EUR", "GBP", "CAD", "AUD", "INR", "CHF"…
  public var currency: String
  /// The span of time the figures cover.
  public var period: PayPeriod
  /// The sentence the pay was read from.
  public var evidence: String

  /// Creates a salary range.
  ///
  /// - Parameters:
  ///   - min: The lower or only figure.
  ///   - max: The upper figure of a range, if any.
  ///   - currency: The ISO 4217 currency code.
  ///   - period: The span of time the figures cover.
  ///   - evidence: The sentence the pay was read from.
  public init(min: Double, max: Double? = nil, currency: String, period: PayPeriod, evidence: String) {
    self.min = min
    self.max = max
    self.currency = currency
    self.period = period
    self.evidence = evidence
  }
}
