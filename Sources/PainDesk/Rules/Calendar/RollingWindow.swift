/// A rolling period ending on a date, as the frequency limits use it ("at most 4 per
/// rolling 12 months", ESI LCDs L39240/L39242). design.md §6: a rolling 12 months ending
/// at D is the period *after* the same date one year earlier, so a record dated exactly
/// D - 1 year is outside and D itself inside. A window of N days holds N dates.
///
/// A payer counts the window as "date of service minus one year": when that date does not
/// exist (D = 2024-02-29, 12 months earlier) the boundary clamps back to the month's last
/// day, 2023-02-28 (design.md §6), so 2023-03-01 stays inside. (The forward roll of
/// `LocalDate.adding(months:)` would give 2023-03-01 and drop it.)
public struct RollingWindow: Sendable, Hashable {
  /// The last date inside the window.
  public let end: LocalDate
  /// The boundary: the latest date *outside* the window, before it.
  public let after: LocalDate
  public let length: DateSpan

  public init(_ length: DateSpan, endingOn end: LocalDate) {
    self.end = end
    self.length = length
    switch length {
    case .days: self.after = length.before(end)
    case .months(let n): self.after = RollingWindow.monthsBefore(n, end)
    }
  }

  /// `n` months before `date`, the same day of the month or, when that month lacks it,
  /// the month's last day.
  static func monthsBefore(_ n: Int, _ date: LocalDate) -> LocalDate {
    let month = date.firstOfMonth.adding(months: -n)
    let last = LocalDate.daysIn(month: month.month, year: month.year)
    return month.adding(days: min(date.day, last) - 1)
  }

  public static func months(_ n: Int, endingOn end: LocalDate) -> RollingWindow {
    RollingWindow(.months(n), endingOn: end)
  }

  public static func days(_ n: Int, endingOn end: LocalDate) -> RollingWindow {
    RollingWindow(.days(n), endingOn: end)
  }

  /// The first date inside the window.
  public var start: LocalDate { after.adding(days: 1) }

  public func contains(_ date: LocalDate) -> Bool { date > after && date <= end }

  /// How many of `dates` fall inside the window.
  public func count<S: Sequence>(_ dates: S) -> Int where S.Element == LocalDate {
    dates.reduce(0) { $0 + (contains($1) ? 1 : 0) }
  }
}
