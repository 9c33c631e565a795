/// The one clock of every date-based tool: the `--as-of` flag (style.md §4.3). A date
/// means the start of that day in the clinic's time zone; an instant keeps its time and
/// gives the clinic's date at that instant (design.md §6). Hour-based clocks use
/// `instant`, day-based rules `date`.
public struct AsOf: Sendable, Hashable {
  public let instant: Instant
  public let date: LocalDate

  public init(date: LocalDate, calendar: ClinicCalendar) {
    self.date = date
    self.instant = calendar.startOfDay(date)
  }

  public init(instant: Instant, calendar: ClinicCalendar) {
    self.instant = instant
    self.date = calendar.localDate(of: instant)
  }

  /// Parses the flag's value; nil (flag absent) means `now`.
  public init(flag text: String?, calendar: ClinicCalendar, now: Instant = .now) throws(ToolkitError) {
    guard let text else {
      self.init(instant: now, calendar: calendar)
      return
    }
    if let d = LocalDate(text) {
      self.init(date: d, calendar: calendar)
    } else if let i = Instant(text) {
      self.init(instant: i, calendar: calendar)
    } else {
      throw ToolkitError.usage(
        "--as-of '\(text)' is not a date (YYYY-MM-DD) or an instant (RFC 3339)")
    }
  }
}
