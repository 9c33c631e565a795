import Testing

@testable import PainDesk

private func d(_ s: String) -> LocalDate { LocalDate(s)! }

@Suite struct CalendarDateTests {
  @Test func parsesRealDatesOnly() {
    #expect(LocalDate("2026-03-01") == LocalDate(year: 2026, month: 3, day: 1))
    #expect(LocalDate("2024-02-29") != nil)
    for bad in [
      "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-01-00", "2026-1-01",
      "2026-01-1", "2026/01/01", " 2026-01-01", "2026-01-01 ", "2026-01-01T00:00", "",
      "+026-01-01", "0000-01-01", "1900-02-29", "20260101",
    ] {
      #expect(LocalDate(bad) == nil, "\(bad)")
    }
    #expect(LocalDate("2000-02-29") != nil)
  }

  @Test func formatsAndCodes() throws {
    #expect(d("0099-01-05").description == "0099-01-05")
    #expect(d("2026-12-31").description == "2026-12-31")
  }

  @Test func dayNumbersRoundTrip() {
    #expect(d("1970-01-01").dayNumber == 0)
    #expect(d("1969-12-31").dayNumber == -1)
    #expect(d("2000-03-01").dayNumber == 11_017)
    #expect(d("0001-01-01").dayNumber == -719_162)
    for n in stride(from: -719_162, through: 2_932_896, by: 997) {
      #expect(LocalDate(dayNumber: n)!.dayNumber == n)
    }
    #expect(LocalDate(dayNumber: 2_932_896)!.description == "9999-12-31")
    #expect(LocalDate(dayNumber: 2_932_897) == nil)
  }

  @Test func addingDays() {
    #expect(d("2024-02-28").adding(days: 1) == d("2024-02-29"))
    #expect(d("2024-02-28").adding(days: 2) == d("2024-03-01"))
    #expect(d("2025-03-01").adding(days: -1) == d("2025-02-28"))
    #expect(d("2027-01-01").adding(days: -1) == d("2026-12-31"))
    #expect(d("2026-01-31").adding(days: -365) == d("2025-01-31"))
    #expect(d("2026-03-01").days(to: d("2026-02-01")) == -28)
    #expect(d("2024-01-01").days(to: d("2025-01-01")) == 366)
  }

  @Test(arguments: [
    ("2026-01-31", 1, "2026-03-01"), ("2024-01-31", 1, "2024-03-01"),
    ("2024-01-29", 1, "2024-02-29"), ("2025-01-29", 1, "2025-03-01"),
    ("2026-01-30", 1, "2026-03-01"), ("2026-03-31", 1, "2026-05-01"),
    ("2026-08-31", 1, "2026-10-01"), ("2026-12-31", 2, "2027-03-01"),
    ("2024-02-29", 12, "2025-03-01"), ("2024-02-29", 48, "2028-02-29"),
    ("2026-10-31", 4, "2027-03-01"), ("2026-12-15", 1, "2027-01-15"),
    ("2024-03-31", -1, "2024-03-01"), ("2026-01-15", -13, "2024-12-15"),
    ("2026-03-15", -12, "2025-03-15"), ("2026-05-31", 0, "2026-05-31"),
  ])
  func addingMonths(_ start: String, _ months: Int, _ expected: String) {
    #expect(d(start).adding(months: months) == d(expected))
  }

  @Test func addingYears() {
    #expect(d("2024-02-29").adding(years: 1) == d("2025-03-01"))
    #expect(d("2024-02-29").adding(years: 4) == d("2028-02-29"))
    #expect(d("2025-06-30").adding(years: -1) == d("2024-06-30"))
  }

  @Test func weekdays() {
    #expect(d("1970-01-01").weekday == .thursday)
    #expect(d("1969-12-28").weekday == .sunday)
    #expect(d("2026-03-01").weekday == .sunday)
    #expect(d("2026-07-04").weekday == .saturday)
    #expect(d("2028-01-01").weekday == .saturday)
    #expect(d("2027-11-25").weekday == .thursday)
  }

  @Test func ordering() {
    #expect(d("2025-12-31") < d("2026-01-01"))
    #expect(d("2026-02-01") > d("2026-01-31"))
  }
}
