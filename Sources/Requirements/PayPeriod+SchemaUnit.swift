extension PayPeriod {
  /// The period named by a schema.org `unitText` (`YEAR`, `MONTH`, `WEEK`, `DAY`, `HOUR`); year when absent.
  ///
  /// - Parameter schemaUnit: The `unitText` of a `baseSalary`, in any case.
  public init(schemaUnit: String?) {
    switch schemaUnit?.uppercased() {
    case "HOUR": self = .hour
    case "DAY": self = .day
    case "WEEK": self = .week
    case "MONTH": self = .month
    default: self = .year
    }
  }
}
