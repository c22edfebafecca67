import Testing

@testable import Requirements

@Suite("Pay floors as users write them, and salary ranges brought to a year")
struct PayFigureTests {
  @Test(
    "amounts, currencies and periods",
    arguments: [
      ("150000", 150_000, "USD", PayPeriod.year), ("150k", 150_000, "USD", .year),
      ("$150,000/year", 150_000, "USD", .year), ("€7,500/month", 7_500, "EUR", .month),
      ("60/hour", 60, "USD", .hour), ("60 USD/hr", 60, "USD", .hour), ("GBP 90k a year", 90_000, "GBP", .year),
      ("90k euros", 90_000, "EUR", .year), ("CA$120k", 120_000, "CAD", .year), ("£450 per day", 450, "GBP", .day),
      ("1.2m INR", 1_200_000, "INR", .year), ("5000 monthly", 5_000, "USD", .month),
    ] as [(String, Double, String, PayPeriod)])
  func parses(text: String, amount: Double, currency: String, period: PayPeriod) throws {
    let figure = try #require(PayFigure(parsing: text))
    #expect(figure == PayFigure(amount: amount, currency: currency, period: period))
  }

  @Test("what is not one amount of pay", arguments: ["", "lots", "150k/fortnight", "-5", "ab$100", "12 34 56 78"])
  func rejects(text: String) {
    #expect(PayFigure(parsing: text) == nil)
  }

  @Test("a year is 2,080 hours, 260 days, 52 weeks, 12 months; ranges compare by their top, converted")
  func annual() {
    #expect(PayFigure(amount: 56.75, currency: "USD", period: .hour).annual == 118_040)
    #expect(PayFigure(amount: 8_000, currency: "EUR", period: .month).annual == 96_000)
    let berlin = SalaryRange(min: 7_000, max: 8_000, currency: "EUR", period: .month, evidence: "")
    #expect(berlin.annualTop(in: "EUR") == 96_000)
    #expect(abs((berlin.annualTop(in: "USD") ?? 0) - 103_680) < 0.01)
    #expect(SalaryRange(min: 100, currency: "XYZ", period: .year, evidence: "").annualTop(in: "USD") == nil)
  }
}
