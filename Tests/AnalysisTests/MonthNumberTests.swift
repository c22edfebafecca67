import Foundation
import Testing

@testable import Analysis

@Suite("A date's month number")
struct MonthNumberTests {
  @Test("counted from the days since 1970, it is the Gregorian calendar's month in UTC")
  func sameAsCalendar() {
    var seconds: [Double] = [0, -1, 1, 86_399.999, 86_400, -86_400.5, 1_717_200_000, 1_798_761_599, 1_798_761_600]
    // Every day's first and last second from 1890 to 2110 (month and leap-year ends, 1900 and 2100 not leap years).
    for day in stride(from: -29_220, through: 51_135, by: 1) {
      seconds += [Double(day) * 86_400, Double(day) * 86_400 + 86_399.5]
    }
    // Years across the whole range read by counting, and past its ends.
    for year in stride(from: 1500, through: 10_100, by: 7) {
      seconds += [Double(year - 1970) * 31_556_952, Double(year - 1970) * 31_556_952 + 15_000_000]
    }
    seconds += [-11_676_096_000, -11_676_096_000.5, 253_402_300_799.5, 253_402_300_800]
    for value in seconds {
      let date = Date(timeIntervalSince1970: value)
      #expect(DateRangeParser.monthNumber(of: date) == DateRangeParser.calendarMonthNumber(of: date), "\(value)")
    }
  }
}
