extension LocalDate {
  /// N months after this date, clamped back to the month's last day when that day does
  /// not exist (design.md §6): the reading of a rule whose period may not run past the
  /// named month, such as DEA's "more than six months after the date on which such
  /// prescription was issued" (21 CFR 1306.22(a)): 2026-08-31 + 6 months = 2027-02-28,
  /// and 2027-08-31 + 6 months = 2028-02-29. `adding(months:)` rolls forward instead
  /// (to 2027-03-01), which would let a pharmacy fill one day too late.
  public func adding(monthsClampedBack n: Int) -> LocalDate {
    let rolled = adding(months: n)
    // A forward roll lands on the 1st of the month after the target; step back one day.
    guard rolled.day == 1, day != 1, rolled != LocalDate.earliest, rolled != LocalDate.latest else { return rolled }
    return rolled.adding(days: -1)
  }
}
