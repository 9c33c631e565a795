import Testing

@testable import PainDesk

private func d(_ s: String) -> LocalDate { LocalDate(s)! }

@Suite struct CalendarHolidayTests {
  // OPM federal holiday tables (opm.gov), observed dates.
  static let opm: [Int: [String]] = [
    2025: [
      "2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04",
      "2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25",
    ],
    2026: [
      "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
      "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
    ],
    2027: [
      "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05",
      "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25", "2027-12-24", "2027-12-31",
    ],
    // 2022-01-01 fell on a Saturday: observed 2021-12-31, so 2022 has ten.
    2022: [
      "2022-01-17", "2022-02-21", "2022-05-30", "2022-06-20", "2022-07-04", "2022-09-05",
      "2022-10-10", "2022-11-11", "2022-11-24", "2022-12-26",
    ],
  ]

  @Test(arguments: [2025, 2026, 2027, 2022])
  func observedDatesMatchOPM(_ year: Int) {
    let got = FederalHoliday.observed(in: year).map(\.observed.description)
    #expect(got == Self.opm[year]!)
    for h in FederalHoliday.observed(in: year) {
      #expect(ClinicCalendar.isFederalHoliday(h.observed))
      #expect(!ClinicCalendar().isBusinessDay(h.observed))
    }
  }

  @Test func namesAndObservedShifts() {
    let y2026 = ClinicCalendar().federalHolidays(year: 2026)
    let july = y2026.first { $0.name == "Independence Day" }!
    #expect(july.actual == d("2026-07-04") && july.observed == d("2026-07-03"))
    #expect(july.isObservedOnAnotherDay)
    let y2027 = FederalHoliday.observed(in: 2027)
    let newYear = y2027.last!
    #expect(newYear.name == "New Year's Day" && newYear.actual == d("2028-01-01"))
    #expect(FederalHoliday.observed(in: 2028).first!.name == "Birthday of Martin Luther King, Jr.")
    #expect(y2027.contains { $0.name == "Juneteenth National Independence Day" })
    #expect(!FederalHoliday.observed(in: 2020).contains { $0.name.hasPrefix("Juneteenth") })
    #expect(FederalHoliday.observed(in: 2021).contains { $0.observed == d("2021-06-18") })
    #expect(ClinicCalendar.isFederalHoliday(d("2021-12-31")))
    #expect(ClinicCalendar.isFederalHoliday(d("2300-12-25")))
  }

  @Test func businessDaysSkipWeekendsHolidaysAndClosedDays() {
    let cal = ClinicCalendar(closedDays: [d("2026-12-24")])
    #expect(cal.adding(businessDays: 1, to: d("2026-07-02")) == d("2026-07-06"))
    #expect(cal.adding(businessDays: -1, to: d("2026-07-06")) == d("2026-07-02"))
    #expect(cal.adding(businessDays: 1, to: d("2026-05-22")) == d("2026-05-26"))
    #expect(cal.adding(businessDays: 1, to: d("2026-11-25")) == d("2026-11-27"))
    #expect(cal.adding(businessDays: 1, to: d("2026-12-23")) == d("2026-12-28"))
    #expect(cal.adding(businessDays: 5, to: d("2026-12-31")) == d("2027-01-08"))
    #expect(cal.adding(businessDays: 0, to: d("2026-07-04")) == d("2026-07-04"))
    #expect(cal.adding(businessDays: 1, to: d("2026-07-04")) == d("2026-07-06"))
    #expect(!cal.isBusinessDay(d("2026-12-24")))
    #expect(ClinicCalendar().isBusinessDay(d("2026-12-24")))
    #expect(cal.isBusinessDay(d("2026-07-06")))
    #expect(!cal.isBusinessDay(d("2026-07-04")))
    #expect(cal.businessDay(onOrAfter: d("2026-07-03")) == d("2026-07-06"))
  }

  @Test func deadlinesAreNotMoved() {
    let cal = ClinicCalendar()
    // A 120-day window from a notice received 2026-03-06 ends Saturday 2026-07-04.
    let deadline = Deadline(.days(120), after: d("2026-03-06"), rule: "appeal.window.medicare.redetermination")
    #expect(deadline.date == d("2026-07-04"))
    #expect(deadline.fallsOnNonBusinessDay(cal))
    #expect(deadline.nextBusinessDay(cal) == d("2026-07-06"))
    #expect(deadline.daysLeft(asOf: d("2026-07-01")) == 3)
    #expect(!Deadline(date: d("2026-07-06"), rule: "x").fallsOnNonBusinessDay(cal))
  }
}
