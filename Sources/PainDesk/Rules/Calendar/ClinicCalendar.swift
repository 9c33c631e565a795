import Foundation

/// The clinic's calendar (design.md §6): its time zone (config `timezone`, default the
/// system's), and its business days, which skip Saturdays, Sundays, US federal holidays
/// (5 U.S.C. 6103, computed by their rules) and the days the clinic closes (config
/// `holidays`).
public struct ClinicCalendar: Sendable {
  public let timeZone: TimeZone
  /// Extra days the clinic is closed, from the config.
  public let closedDays: Set<LocalDate>

  public init(timeZone: TimeZone = .current, closedDays: Set<LocalDate> = []) {
    self.timeZone = timeZone
    self.closedDays = closedDays
  }

  /// A calendar in the IANA zone `identifier` (e.g. `America/Los_Angeles`); nil when the
  /// system does not know the zone.
  public init?(timeZoneIdentifier identifier: String, closedDays: Set<LocalDate> = []) {
    guard let tz = TimeZone(identifier: identifier) else { return nil }
    self.init(timeZone: tz, closedDays: closedDays)
  }

  // MARK: Instants and local dates

  /// Seconds east of UTC at `instant`.
  public func offset(at instant: Instant) -> Int {
    timeZone.secondsFromGMT(for: instant.date)
  }

  /// The clinic's calendar date at `instant`.
  public func localDate(of instant: Instant) -> LocalDate {
    localDateTime(of: instant).date
  }

  /// The clinic's date and second of the day at `instant`; an instant at the calendar's
  /// ends whose local time falls past them stops at 0001-01-01 or 9999-12-31.
  public func localDateTime(of instant: Instant) -> (date: LocalDate, secondOfDay: Int) {
    let local = instant.seconds.saturatingAdding(Int64(offset(at: instant)))
    let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    guard let date = LocalDate(dayNumber: Int(days)) else {
      return days < 0 ? (LocalDate.earliest, 0) : (LocalDate.latest, 86_399)
    }
    return (date, Int(local - days * 86_400))
  }

  /// The first instant of `date` in the clinic's zone (design.md §6: `--as-of DATE`).
  public func startOfDay(_ date: LocalDate) -> Instant {
    instant(date, secondOfDay: 0)
  }

  /// The instant of a local wall-clock time. When the time is repeated (clocks set back)
  /// the earlier instant is used; when it does not exist (clocks set forward) the time
  /// is read with the offset before the change, which lands just after the gap.
  public func instant(_ date: LocalDate, secondOfDay: Int) -> Instant {
    let wall = Int64(date.dayNumber) * 86_400 + Int64(secondOfDay)
    let before = Int64(offset(at: Instant(seconds: wall - 86_400)))
    let after = Int64(offset(at: Instant(seconds: wall + 86_400)))
    let candidates = [wall - before, wall - after].filter {
      $0 + Int64(offset(at: Instant(seconds: $0))) == wall
    }
    return Instant(seconds: candidates.min() ?? wall - before)
  }

  /// An appointment start as records.md writes it: a local `YYYY-MM-DDTHH:MM` (or
  /// `THH:MM:SS`) in the clinic's zone, or an RFC 3339 instant with an offset.
  public func parseDateTime(_ text: String) -> Instant? {
    var t = text
    return t.withUTF8 { b -> Instant? in
      if let i = Instant.parse(b) { return i }
      guard b.count == 16 || b.count == 19,
        let date = LocalDate.parse(UnsafeBufferPointer(rebasing: b[0..<10])),
        b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t"),
        let (second, end) = LocalTimeText.parse(b, from: 11, seconds: b.count == 19),
        end == b.count
      else { return nil }
      return instant(date, secondOfDay: second)
    }
  }

  // MARK: Business days

  /// Not a Saturday, Sunday, observed federal holiday or clinic closed day.
  public func isBusinessDay(_ date: LocalDate) -> Bool {
    !date.weekday.isWeekend && !ClinicCalendar.isFederalHoliday(date)
      && !closedDays.contains(date)
  }

  /// `n` business days after `date` (before it when `n` is negative). Counting starts
  /// with the next day, so it does not matter whether `date` itself is a business day;
  /// `n == 0` returns `date` unchanged.
  public func adding(businessDays n: Int, to date: LocalDate) -> LocalDate {
    var d = date
    var left = abs(n)
    let step = n < 0 ? -1 : 1
    while left > 0 {
      d = d.adding(days: step)
      if isBusinessDay(d) { left -= 1 }
    }
    return d
  }

  /// The first business day on or after `date`.
  public func businessDay(onOrAfter date: LocalDate) -> LocalDate {
    var d = date
    while !isBusinessDay(d) { d = d.adding(days: 1) }
    return d
  }

  /// Federal holidays observed in `year` with their names (see `FederalHoliday`).
  public func federalHolidays(year: Int) -> [FederalHoliday] {
    FederalHoliday.observed(in: year)
  }

  /// Observed federal holidays of 1971-2199, computed once; other years on demand.
  private static let holidayTable: Set<LocalDate> = {
    var s = Set<LocalDate>()
    for y in 1971...2199 { for h in FederalHoliday.observed(in: y) { s.insert(h.observed) } }
    return s
  }()

  public static func isFederalHoliday(_ date: LocalDate) -> Bool {
    if (1971...2199).contains(date.year) { return holidayTable.contains(date) }
    return FederalHoliday.observed(in: date.year).contains { $0.observed == date }
  }
}
