import Foundation

/// One amount of pay in a currency over a period, as a user writes a floor ("150k", "$150,000/year",
/// "€7,500/month", "60 USD/hour", "GBP 90k a year"), and the figures of a ``SalaryRange`` brought to a year
/// in one currency for comparing them.
public struct PayFigure: Codable, Sendable, Equatable {
  /// The amount in whole currency units.
  public var amount: Double
  /// The ISO 4217 code.
  public var currency: String
  /// The span of time the amount covers.
  public var period: PayPeriod

  /// Creates a figure.
  public init(amount: Double, currency: String, period: PayPeriod) {
    self.amount = amount
    self.currency = currency
    self.period = period
  }

  /// The amount over a year: hours × 2,080, days × 260, weeks × 52, months × 12.
  public var annual: Double { amount * Self.periodsPerYear(period) }

  /// How many of `period` make a working year: 2,080 hours, 260 days, 52 weeks, 12 months.
  public static func periodsPerYear(_ period: PayPeriod) -> Double {
    switch period {
    case .year: return 1
    case .month: return 12
    case .week: return 52
    case .day: return 260
    case .hour: return 2_080
    }
  }

  /// US dollars per unit of each currency the salary reader knows: fixed reference rates (close to the
  /// 2024–25 averages), so that a floor in one currency can be held against pay in another the same way on
  /// every run. A threshold, not an accountant's conversion.
  public static let dollarsPerUnit: [String: Double] = [
    "USD": 1, "EUR": 1.08, "GBP": 1.27, "CAD": 0.73, "AUD": 0.66, "INR": 0.012, "CHF": 1.13, "SGD": 0.75,
    "NZD": 0.60, "JPY": 0.0067, "SEK": 0.095, "NOK": 0.093, "DKK": 0.145, "PLN": 0.25, "HKD": 0.128,
    "ZAR": 0.054, "BRL": 0.18, "MXN": 0.055, "ILS": 0.27, "AED": 0.272, "CZK": 0.043, "HUF": 0.0027,
    "RON": 0.22, "CNY": 0.14, "KRW": 0.00073, "PHP": 0.0175, "MYR": 0.22, "IDR": 0.000063, "THB": 0.028,
    "TRY": 0.03,
  ]

  /// `amount` in `from` expressed in `to`, by ``dollarsPerUnit``; nil when either currency is not in it.
  public static func convert(_ amount: Double, from: String, to: String) -> Double? {
    if from == to { return amount }
    guard let source = dollarsPerUnit[from], let target = dollarsPerUnit[to] else { return nil }
    return amount * source / target
  }

  /// A floor as written: an amount (with "k" or "m", thousands separated by commas, spaces or
  /// underscores), a currency as a symbol, "CA$"-style prefix, ISO code or name before or after it
  /// (`defaultCurrency` when none), and a period after "/", "per", "a" or "an", or as a word ("hourly");
  /// a year when none.
  ///
  /// - Returns: The figure, or nil when the text is not one amount of pay.
  public init?(parsing text: String, defaultCurrency: String = "USD") {
    var rest = text.lowercased().trimmingCharacters(in: .whitespaces)
    var period = PayPeriod.year
    // The period: "/hour", " per month", " a year", " an hour", " hourly".
    for separator in ["/", " per ", " an ", " a ", " "] {
      guard let range = rest.range(of: separator, options: .backwards) else { continue }
      let word = rest[range.upperBound...].trimmingCharacters(in: .whitespaces)
      let found =
        Self.periodUnits[word] ?? Self.periodUnits[word.hasSuffix("s") ? String(word.dropLast()) : word]
        ?? (separator == " " ? Self.periodWords[word] : nil)
      if let found {
        period = found
        rest = String(rest[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        break
      }
    }
    var currency: String?
    // A currency before the amount: "$", "ca$", "€", "usd ", "rs ".
    if let dollar = rest.firstIndex(of: "$") {
      let prefix = String(rest[..<dollar]).trimmingCharacters(in: .whitespaces)
      guard prefix.isEmpty || CurrencyMarkers.dollarCode(prefix: prefix) != nil else { return nil }
      currency = prefix.isEmpty ? "USD" : CurrencyMarkers.dollarCode(prefix: prefix)
      rest = String(rest[rest.index(after: dollar)...])
    } else if let first = rest.first, let code = CurrencyMarkers.symbolCode(String(first)) {
      currency = code
      rest = String(rest.dropFirst())
    }
    rest = rest.trimmingCharacters(in: .whitespaces)
    // A code or name before or after the amount: "usd 150000", "150000 eur", "90k euros".
    let words = rest.split(separator: " ").map(String.init)
    if currency == nil, let first = words.first, let code = Self.currencyWord(first) {
      currency = code
      rest = words.dropFirst().joined(separator: " ")
    } else if currency == nil, words.count > 1, let last = words.last, let code = Self.currencyWord(last) {
      currency = code
      rest = words.dropLast().joined(separator: " ")
    }
    // The amount: digits with separators, then "k" or "m".
    var multiplier = 1.0
    // Separated thousands come in threes: "150,000", "150 000", but not "12 34".
    let groups = rest.split(whereSeparator: { $0 == "," || $0 == "_" || $0 == " " })
    guard groups.dropFirst().allSatisfy({ $0.prefix { $0.isNumber }.count == 3 }) else { return nil }
    var digits = groups.joined()
    if digits.hasSuffix("k") {
      multiplier = 1_000
      digits.removeLast()
    } else if digits.hasSuffix("m") {
      multiplier = 1_000_000
      digits.removeLast()
    }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isNumber || $0 == "." }), let value = Double(digits),
      value.isFinite, value >= 0
    else { return nil }
    self.init(amount: value * multiplier, currency: currency ?? defaultCurrency, period: period)
  }

  private static func currencyWord(_ word: String) -> String? {
    if CurrencyMarkers.isoCodes.contains(word) { return word.uppercased() }
    return CurrencyMarkers.names[word] ?? CurrencyMarkers.wordPrefixes[word]
  }

  private static let periodUnits: [String: PayPeriod] = [
    "year": .year, "yr": .year, "y": .year, "annum": .year, "month": .month, "mo": .month, "week": .week,
    "wk": .week, "day": .day, "hour": .hour, "hr": .hour, "h": .hour,
  ]
  private static let periodWords: [String: PayPeriod] = [
    "annually": .year, "yearly": .year, "monthly": .month, "weekly": .week, "daily": .day, "hourly": .hour,
  ]
}

extension SalaryRange {
  /// The range's upper figure (its only one when single) over a year, in `currency`; nil when its
  /// currency has no reference rate.
  public func annualTop(in currency: String) -> Double? {
    let top = PayFigure(amount: max ?? min, currency: self.currency, period: period)
    return PayFigure.convert(top.annual, from: self.currency, to: currency)
  }
}
