import Testing

@testable import PainDesk

private func d(_ s: String) -> LocalDate { LocalDate(s)! }

@Suite struct CalendarWindowTests {
  @Test func rolling12MonthsExcludesTheSameDateAYearEarlier() {
    let w = RollingWindow.months(12, endingOn: d("2026-03-15"))
    #expect(!w.contains(d("2025-03-15")))
    #expect(w.contains(d("2025-03-16")))
    #expect(w.contains(d("2026-03-15")))
    #expect(!w.contains(d("2026-03-16")))
    #expect(w.start == d("2025-03-16") && w.after == d("2025-03-15"))
    #expect(w.count([d("2025-03-15"), d("2025-06-01"), d("2026-03-15"), d("2026-04-01")]) == 2)
  }

  /// "Date of service minus one year" from 2024-02-29 is 2023-02-28 (clamped back, design.md
  /// §6): the window keeps 2023-03-01.
  @Test func rollingWindowEndingOnALeapDay() {
    let w = RollingWindow.months(12, endingOn: d("2024-02-29"))
    #expect(w.after == d("2023-02-28"))
    #expect(!w.contains(d("2023-02-28")) && w.contains(d("2023-03-01")))
    #expect(RollingWindow.months(6, endingOn: d("2026-08-31")).after == d("2026-02-28"))
    #expect(RollingWindow.months(1, endingOn: d("2026-03-31")).after == d("2026-02-28"))
    #expect(RollingWindow.months(12, endingOn: d("2025-03-01")).after == d("2024-03-01"))
  }

  @Test func rollingDays() {
    let w = RollingWindow.days(90, endingOn: d("2026-03-31"))
    #expect(w.start == d("2026-01-01"))
    #expect(!w.contains(d("2025-12-31")))
    #expect(w.count((0..<200).map { d("2025-10-01").adding(days: $0) }) == 90)
  }

  @Test func dueStates() {
    let asOf = d("2026-03-01")
    #expect(DueState.classify(dueOn: d("2026-02-28"), asOf: asOf) == .overdue)
    #expect(DueState.classify(dueOn: d("2026-03-01"), asOf: asOf) == .due)
    #expect(DueState.classify(dueOn: d("2026-03-15"), asOf: asOf) == .due)
    #expect(DueState.classify(dueOn: d("2026-03-16"), asOf: asOf) == .notDue)
    #expect(DueState.classify(dueOn: d("2026-03-16"), asOf: asOf, withinDays: 30) == .due)
    #expect(DueState.classify(dueOn: d("2026-03-02"), asOf: asOf, withinDays: 0) == .notDue)
    #expect(DueState.notDue.rawValue == "not_due")
  }

  @Test func dueChecks() {
    let asOf = d("2026-03-01")
    let done = DueCheck(lastDone: d("2025-12-01"), every: .days(90), requiredSince: d("2025-01-01"), asOf: asOf)
    #expect(done.dueOn == d("2026-03-01") && done.state == .due && !done.neverDone)
    let overdue = DueCheck(lastDone: d("2025-08-28"), every: .months(6), requiredSince: d("2025-01-01"), asOf: asOf)
    #expect(overdue.dueOn == d("2026-02-28") && overdue.state == .overdue)
    let fine = DueCheck(lastDone: d("2026-02-01"), every: .days(180), requiredSince: d("2025-01-01"), asOf: asOf)
    #expect(fine.state == .notDue)
    let never = DueCheck(lastDone: nil, every: .days(90), requiredSince: d("2026-03-10"), asOf: asOf)
    #expect(never.neverDone && never.dueOn == d("2026-03-10") && never.state == .due)
    let neverLong = DueCheck(lastDone: nil, every: .days(90), requiredSince: d("2025-06-01"), asOf: asOf)
    #expect(neverLong.state == .overdue)
  }

  @Test func visits() {
    for t in ["new_patient", "follow_up", "procedure", "telehealth"] {
      #expect(Visit.isVisit(type: t, status: "completed"))
      #expect(!Visit.isVisit(type: t, status: "scheduled"))
      #expect(!Visit.isVisit(type: t, status: "no_show"))
    }
    #expect(!Visit.isVisit(type: "uds", status: "completed"))
    #expect(!Visit.isVisit(type: "pump_refill", status: "completed"))
  }

  @Test func activePrescriptions() {
    let asOf = d("2026-03-31")
    // Filled 2026-01-30 for 30 days: supply ends 2026-03-01, exactly 30 days before as-of.
    #expect(ActivePrescription.supplyEnds(writtenOn: d("2026-01-20"), lastFilledOn: d("2026-01-30"), daysSupply: 30) == d("2026-03-01"))
    #expect(ActivePrescription.isActive(status: "active", writtenOn: d("2026-01-20"), lastFilledOn: d("2026-01-30"), daysSupply: 30, asOf: asOf))
    #expect(!ActivePrescription.isActive(status: "active", writtenOn: d("2026-01-20"), lastFilledOn: d("2026-01-29"), daysSupply: 30, asOf: asOf))
    // No fill: the written date counts.
    #expect(ActivePrescription.isActive(status: "active", writtenOn: d("2026-01-30"), lastFilledOn: nil, daysSupply: 30, asOf: asOf))
    #expect(!ActivePrescription.isActive(status: "active", writtenOn: d("2026-01-29"), lastFilledOn: nil, daysSupply: 30, asOf: asOf))
    #expect(!ActivePrescription.isActive(status: "discontinued", writtenOn: d("2026-03-30"), lastFilledOn: nil, daysSupply: 30, asOf: asOf))
  }

  @Test func spans() {
    #expect(DateSpan.months(4).after(d("2026-10-31")) == d("2027-03-01"))
    #expect(DateSpan.days(65).after(d("2026-01-01")) == d("2026-03-07"))
    #expect(DateSpan.years(1).before(d("2026-03-15")) == d("2025-03-15"))
    #expect(DateSpan.months(1).description == "1 month")
  }
}

@Test func sixMonthsFromTheThirtiethOfAugustRollsToMarch() {
  let check = DueCheck(
    lastDone: LocalDate("2025-08-30")!, every: .months(6), requiredSince: LocalDate("2025-01-01")!,
    asOf: LocalDate("2026-03-01")!)
  #expect(check.dueOn == LocalDate("2026-03-01")! && check.state == .due)
}
