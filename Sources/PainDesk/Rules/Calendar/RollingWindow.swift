/// A rolling period ending on a date, as the frequency limits use it ("at most 4 per
/// rolling 12 months", ESI LCDs L39240/L39242). design.md §6: a rolling 12 months ending
/// at D is the period *after* the same date one year earlier, so a record dated exactly
/// D - 1 year is outside and D itself inside. A window of N days holds N dates.
///
/// When "the same date" does not exist (D = 2024-02-29, 12 months earlier), the month
/// rule of `LocalDate.adding(months:)` gives 2023-03-01, the excluded boundary.
public struct RollingWindow: Sendable, Hashable {
  /// The last date inside the window.
  public let end: LocalDate
  /// The boundary: the latest date *outside* the window, before it.
  public let after: LocalDate
  public let length: DateSpan

  public init(_ length: DateSpan, endingOn end: LocalDate) {
    self.end = end
    self.length = length
    self.after = length.before(end)
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
