/// A US federal holiday (5 U.S.C. 6103), computed from its rule rather than listed, so
/// the calendar works for any year. `date` is the day it is observed (the day offices
/// close), `actual` the day the statute names.
public struct FederalHoliday: Sendable, Hashable {
  public let name: String
  public let actual: LocalDate
  public let observed: LocalDate

  public var isObservedOnAnotherDay: Bool { actual != observed }

  /// Holidays observed in `year`, in date order. Under OPM's rule (5 U.S.C. 6103(b),
  /// Executive Order 11582) a holiday on a Saturday is observed the Friday before and one
  /// on a Sunday the Monday after, so New Year's Day of `year + 1` falling on a Saturday
  /// is observed on December 31 of `year` and listed here; New Year's Day of `year` on a
  /// Saturday belongs to `year - 1`. Inauguration Day (Washington, D.C. area only) is
  /// not included.
  public static func observed(in year: Int) -> [FederalHoliday] {
    var list: [FederalHoliday] = []
    func add(_ name: String, _ date: LocalDate?) {
      guard let date else { return }
      list.append(FederalHoliday(name: name, actual: date, observed: observedDay(date)))
    }
    func fixed(_ month: Int, _ day: Int) -> LocalDate? {
      LocalDate(year: year, month: month, day: day)
    }
    add("New Year's Day", fixed(1, 1))
    if year >= 1986 {  // Pub. L. 98-144, first observed 1986
      add("Birthday of Martin Luther King, Jr.", nth(3, .monday, 1, year))
    }
    add("Washington's Birthday", nth(3, .monday, 2, year))
    add("Memorial Day", last(.monday, 5, year))
    if year >= 2021 {  // Pub. L. 117-17
      add("Juneteenth National Independence Day", fixed(6, 19))
    }
    add("Independence Day", fixed(7, 4))
    add("Labor Day", nth(1, .monday, 9, year))
    add("Columbus Day", nth(2, .monday, 10, year))
    add("Veterans Day", fixed(11, 11))
    add("Thanksgiving Day", nth(4, .thursday, 11, year))
    add("Christmas Day", fixed(12, 25))
    if year < 9999, let next = LocalDate(year: year + 1, month: 1, day: 1),
      observedDay(next).year == year
    {
      list.append(FederalHoliday(name: "New Year's Day", actual: next, observed: observedDay(next)))
    }
    return list.filter { $0.observed.year == year }
  }

  /// Saturday -> the Friday before; Sunday -> the Monday after.
  static func observedDay(_ d: LocalDate) -> LocalDate {
    switch d.weekday {
    case .saturday: return d.adding(days: -1)
    case .sunday: return d.adding(days: 1)
    default: return d
    }
  }

  /// The `n`th `weekday` of a month (n >= 1).
  static func nth(_ n: Int, _ weekday: Weekday, _ month: Int, _ year: Int) -> LocalDate? {
    guard let first = LocalDate(year: year, month: month, day: 1) else { return nil }
    let shift = (weekday.rawValue - first.weekday.rawValue + 7) % 7
    return first.adding(days: shift + 7 * (n - 1))
  }

  /// The last `weekday` of a month.
  static func last(_ weekday: Weekday, _ month: Int, _ year: Int) -> LocalDate? {
    guard let first = LocalDate(year: year, month: month, day: 1) else { return nil }
    let end = first.adding(months: 1).adding(days: -1)
    let back = (end.weekday.rawValue - weekday.rawValue + 7) % 7
    return end.adding(days: -back)
  }
}
