/// Deadlines are never moved to a later business day (design.md §6): a tool reports the
/// calendar date the rule gives, even on a weekend or holiday, because moving it is the
/// payer's or the rule's choice, not ours, and an early filing is never late. When the
/// date is not a business day a tool says "the rule may allow the next business day"
/// and can name that day with `nextBusinessDay`.
public struct Deadline: Sendable, Hashable {
  public let date: LocalDate
  /// The rule that gives it (e.g. `appeal.window.medicare.redetermination`).
  public let rule: String

  public init(date: LocalDate, rule: String) {
    self.date = date
    self.rule = rule
  }

  /// The deadline `span` after `start` (a notice date, a receipt date...).
  public init(_ span: DateSpan, after start: LocalDate, rule: String) {
    self.init(date: span.after(start), rule: rule)
  }

  /// True when the date is a Saturday, Sunday, federal holiday or clinic closed day.
  public func fallsOnNonBusinessDay(_ calendar: ClinicCalendar) -> Bool {
    !calendar.isBusinessDay(date)
  }

  /// The next business day on or after the deadline: for information only.
  public func nextBusinessDay(_ calendar: ClinicCalendar) -> LocalDate {
    calendar.businessDay(onOrAfter: date)
  }

  /// Days left from `asOf` (negative when passed).
  public func daysLeft(asOf: LocalDate) -> Int { asOf.days(to: date) }
}
