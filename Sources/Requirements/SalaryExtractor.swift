/// Finds the pay a posting states.
enum SalaryExtractor {
  /// A money figure in a sentence.
  private struct Amount {
    var value: Double
    var currency: String?
    var multiplier: Double?
    var impliedPeriod: PayPeriod?
    var start: Int
    var end: Int
  }

  private static let multipliers: [String: Double] = [
    "k": 1_000, "thousand": 1_000, "m": 1_000_000, "mm": 1_000_000, "million": 1_000_000, "mn": 1_000_000,
    "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000, "l": 100_000, "lpa": 100_000,
    "crore": 10_000_000, "crores": 10_000_000, "cr": 10_000_000, "b": 1_000_000_000, "bn": 1_000_000_000,
    "billion": 1_000_000_000,
  ]
  private static let indianMultipliers: WordSet = [
    "lakh", "lakhs", "lac", "lacs", "l", "lpa", "crore", "crores", "cr",
  ]
  private static let periodUnits: [String: PayPeriod] = [
    "year": .year, "yr": .year, "annum": .year, "month": .month, "mo": .month, "week": .week, "wk": .week,
    "day": .day, "hour": .hour, "hr": .hour, "years": .year,
  ]
  private static let periodWords: [String: PayPeriod] = [
    "annually": .year, "annual": .year, "yearly": .year, "pa": .year, "lpa": .year, "ctc": .year,
    "monthly": .month, "weekly": .week, "daily": .day, "hourly": .hour, "ph": .hour, "pcm": .month,
  ]
  private static let periodLeadIns: WordSet = ["per", "a", "an", "/", "each", "every"]
  /// Words that say a figure is pay, even beside words of prices or funding.
  static let payWords: WordSet = [
    "salary", "salaries", "compensation", "comp", "wage", "wages", "ote", "remuneration", "ctc", "earnings", "lpa",
  ]
  /// Words that say a figure is pay unless words of prices or funding say otherwise ("priced under $30K in base
  /// trims").
  static let weakPayWords: WordSet = ["pay", "paid", "pays", "base", "earn", "rate", "rates"]
  /// Words that make a figure pay only in a sentence about the role ("the range for this role is…").
  private static let roleBoundPayWords: WordSet = ["range", "package", "annually", "hourly", "yearly", "annual"]
  private static let roleWords: WordSet = ["role", "position", "job", "hire", "candidate", "candidates", "offer"]
  /// The least plausible pay for each period, in any currency; below it a figure is a price, not pay.
  private static let floors: [PayPeriod: Double] = [.hour: 5, .day: 20, .week: 100, .month: 200, .year: 1_000]
  /// Words that say a figure is money other than pay.
  static let notPayWords: WordSet = [
    "raised", "raise", "raising", "funding", "funded", "series", "valuation", "revenue", "revenues", "arr",
    "investors", "investment", "backed", "seed", "ipo", "acquisition", "acquired", "p&l", "gmv", "spend",
    "sales", "bookings", "customers", "market", "business", "portfolio", "pipeline", "deals", "contracts", "fund",
    "capital", "assets", "aum", "turnover", "cost", "costs", "costing", "price", "prices", "priced", "pricing",
    "fee", "fees", "charge", "charges", "subscription", "subscriptions", "subscribe", "save", "savings",
    "deduct", "deduction", "tax", "taxes", "rent", "purchase", "buy", "lease", "loan", "mortgage", "ticket",
    "tickets", "deposit", "invoice", "cover", "coverage", "insurance", "premium", "premiums", "donate",
  ]
  /// Words right beside a figure that make it a perk rather than pay ("$1,500 learning budget",
  /// "signing bonus of $5,000"), even in a pay sentence.
  private static let perkWords: WordSet = [
    "budget", "budgets", "allowance", "stipend", "reimbursement", "credit", "credits", "match", "learning",
    "wellness", "gym", "referral", "relocation", "signing", "sign", "bonus", "bonuses", "equity", "grant",
    "rsus", "rsu", "options", "donation", "donations", "coworking", "home", "training", "development",
  ]
  private static let perkScanStops: WordSet = ["+", ",", ";", "plus", "and", "with", "|"]
  private static let rangeSeparators: WordSet = ["-", "to", "~"]

  /// The first pay statement of a posting: amounts with a currency, in a sentence that speaks of pay or under a
  /// pay or benefits heading, and never a funding or revenue figure.
  static func extract(from sentences: [Sentence], title: Sentence?) -> SalaryRange? {
    if let title, let salary = salary(in: title) { return salary }
    for sentence in sentences {
      if let salary = salary(in: sentence) { return salary }
    }
    return nil
  }

  private static func salary(in sentence: Sentence) -> SalaryRange? {
    guard sentence.hasDigits else { return nil }
    if sentence.mayConcern(.notPay), !sentence.mayConcern(.pay) { return nil }
    let hasPayWord = sentence.mayConcern([.pay, .weakPay])
    var i = 0
    while i < sentence.count {
      guard var low = amount(at: i, in: sentence) else {
        i += 1
        continue
      }
      var high: Amount?
      var j = low.end
      if sentence.isAny(j, rangeSeparators)
        || sentence.text(j) == "and" && sentence.text(low.start - 1) == "between"
      {
        if var upper = amount(at: j + 1, in: sentence) {
          upper.currency = upper.currency ?? low.currency
          if low.multiplier == nil, let multiplier = upper.multiplier,
            low.value * multiplier <= upper.value * multiplier
          {
            low.multiplier = multiplier
            low.impliedPeriod = low.impliedPeriod ?? upper.impliedPeriod
          }
          if upper.currency != low.currency, low.currency == "USD" { low.currency = upper.currency }
          high = upper
          j = upper.end
        }
      }
      if !isPerk(from: low.start, to: j, in: sentence),
        let range = makeRange(low, high, end: j, in: sentence, hasPayWord: hasPayWord)
      {
        return range
      }
      i = j
    }
    return nil
  }

  private static func makeRange(_ low: Amount, _ high: Amount?, end: Int, in sentence: Sentence, hasPayWord: Bool)
    -> SalaryRange?
  {
    guard let currency = low.currency ?? high?.currency else { return nil }
    let minimum = low.value * (low.multiplier ?? 1)
    var maximum = high.map { $0.value * ($0.multiplier ?? 1) }
    if let upper = maximum, upper < minimum { maximum = nil }
    guard minimum > 0, (low.multiplier ?? 1) < 1_000_000_000 else { return nil }
    if let multiplier = low.multiplier, multiplier >= 1_000_000, currency != "INR", currency != "JPY" { return nil }

    let period = low.impliedPeriod ?? high?.impliedPeriod ?? self.period(around: low.start, end, in: sentence)
    let cue =
      hasPayWord || period != nil || sentence.section.impliesPay
      || sentence.mentions(anyOf: roleBoundPayWords) && sentence.mentions(anyOf: roleWords)
    guard cue else { return nil }
    let resolved = period ?? .year
    guard minimum >= floors[resolved, default: 0] else { return nil }
    return SalaryRange(
      min: minimum, max: maximum, currency: currency, period: resolved, evidence: sentence.evidence)
  }

  /// Whether a perk word sits right after the figures ("$2,000 yearly learning budget") or shortly before them
  /// ("signing bonus of up to $5,000"), with no "+", "and" or comma between.
  private static func isPerk(from start: Int, to end: Int, in sentence: Sentence) -> Bool {
    var j = end
    while j < min(end + 4, sentence.count), !sentence.isAny(j, perkScanStops) {
      if sentence.isAny(j, perkWords) { return true }
      j += 1
    }
    var k = start - 1
    while k >= max(0, start - 5), !sentence.isAny(k, perkScanStops) {
      if sentence.isAny(k, perkWords) { return true }
      k -= 1
    }
    return false
  }

  /// The period stated within a few tokens after the amounts ("per year", "/hr", "annually") or before them
  /// ("hourly rate:", "annual base salary of").
  private static func period(around start: Int, _ end: Int, in sentence: Sentence) -> PayPeriod? {
    var j = end
    while j < min(end + 7, sentence.count) {
      if let period = periodWords[sentence.text(j) ?? ""], sentence.token(j)?.kind == .word { return period }
      if sentence.isAny(j, periodLeadIns), let unit = sentence.text(j + 1), let period = periodUnits[unit] {
        return period
      }
      if sentence.text(j) == "day", sentence.text(j + 1) == "rate" { return .day }
      j += 1
    }
    for k in stride(from: start - 1, through: max(0, start - 8), by: -1) {
      if let period = periodWords[sentence.text(k) ?? ""], sentence.token(k)?.kind == .word { return period }
      if sentence.text(k) == "day", sentence.text(k + 1) == "rate" { return .day }
    }
    return nil
  }

  /// Reads an amount with its currency and multiplier: "$240K", "CA$190,000", "USD 180,000", "€150k",
  /// "₹45 LPA", "150,000 CHF".
  private static func amount(at i: Int, in sentence: Sentence) -> Amount? {
    // The figure is at most two tokens after where a marker starts: most tokens are turned away unhashed.
    guard (i..<min(i + 3, sentence.count)).contains(where: { sentence.tokens[$0].kind == .number }) else { return nil }
    var currency: String?
    var start = i
    var j = i
    if let (code, markerStart) = CurrencyMarkers.symbol(at: i, in: sentence) {
      currency = code
      start = markerStart
      j = i + 1
    } else if let (code, markerStart) = CurrencyMarkers.symbol(at: i + 1, in: sentence), markerStart == i {
      currency = code  // "CA$", "A$": the letters start the marker
      j = i + 2
    } else if let code = CurrencyMarkers.word(at: i, in: sentence) {
      currency = code
      j = i + 1
      if sentence.text(j) == "." || sentence.text(j) == "$" { j += 1 }
    }
    guard let number = sentence.token(j), number.kind == .number else { return nil }
    var amount = Amount(value: number.value, currency: currency, start: start, end: j + 1)
    var k = j + 1
    if let word = sentence.token(k), word.kind == .word, let multiplier = multipliers[word.text],
      !word.spaceBefore || word.text.count > 1
    {
      amount.multiplier = multiplier
      if indianMultipliers.contains(word.text) { amount.currency = amount.currency ?? "INR" }
      if word.text == "lpa" { amount.impliedPeriod = .year }
      k += 1
      if sentence.text(k) == "pa" || sentence.text(k) == "per" && sentence.text(k + 1) == "annum" {
        amount.impliedPeriod = .year
      }
    }
    if let code = trailingCurrency(after: k, in: sentence) {
      if amount.currency == nil || amount.currency == "USD" && sentence.text(start) == "$" {
        amount.currency = code
      }
      k += 1
    }
    amount.end = k
    return amount
  }

  private static func trailingCurrency(after i: Int, in sentence: Sentence) -> String? {
    guard let token = sentence.token(i) else { return nil }
    if token.kind == .word {
      if CurrencyMarkers.isoCodes.contains(token.text) { return token.text.uppercased() }
      return CurrencyMarkers.names[token.text]
    }
    if token.kind == .symbol, token.text != "$", let (code, _) = CurrencyMarkers.symbol(at: i, in: sentence) {
      return code
    }
    return nil
  }
}
