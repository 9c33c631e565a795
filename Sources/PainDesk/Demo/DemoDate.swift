/// A calendar date for the demo generator: a day number (days since 1970-01-01) so the
/// generator can step through days with `+` and `-`; the calendar itself is `LocalDate`'s.
struct DemoDate: Comparable, Hashable {
  let day: Int

  init(day: Int) { self.day = day }

  /// A real date; the generator names only real ones.
  init(year: Int, month: Int, day d: Int) {
    guard let date = LocalDate(year: year, month: month, day: d) else {
      preconditionFailure("the demo names a date that does not exist")
    }
    day = date.dayNumber
  }

  /// Parses `YYYY-MM-DD`; nil unless it names a real date.
  init?(_ text: String) {
    guard let date = LocalDate(text) else { return nil }
    day = date.dayNumber
  }

  var localDate: LocalDate {
    guard let date = LocalDate(dayNumber: day) else { preconditionFailure("the demo stays within years 1...9999") }
    return date
  }

  var ymd: (year: Int, month: Int, day: Int) {
    let d = localDate
    return (d.year, d.month, d.day)
  }

  var year: Int { ymd.year }

  /// 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
  var weekday: Int { ((day + 3) % 7 + 7) % 7 }

  var isWeekend: Bool { weekday >= 5 }

  /// This date, or the next Monday when it falls on a weekend.
  var weekdayOnOrAfter: DemoDate { isWeekend ? self + (7 - weekday) : self }

  /// This date, or the Friday before when it falls on a weekend.
  var weekdayOnOrBefore: DemoDate { isWeekend ? self - (weekday - 4) : self }

  static func + (d: DemoDate, n: Int) -> DemoDate { DemoDate(day: d.day + n) }
  static func - (d: DemoDate, n: Int) -> DemoDate { DemoDate(day: d.day - n) }
  static func - (a: DemoDate, b: DemoDate) -> Int { a.day - b.day }
  static func < (a: DemoDate, b: DemoDate) -> Bool { a.day < b.day }

  var text: String { localDate.description }

  /// RFC 3339 UTC instant at `hour:minute` of this date.
  func instant(_ hour: Int, _ minute: Int) -> String {
    text + "T" + DemoDate.pad(hour, 2) + ":" + DemoDate.pad(minute, 2) + ":00Z"
  }

  /// Local clinic time `YYYY-MM-DDTHH:MM`, as appointments and slots carry it.
  func local(_ hour: Int, _ minute: Int) -> String {
    text + "T" + DemoDate.pad(hour, 2) + ":" + DemoDate.pad(minute, 2)
  }

  static func pad(_ n: Int, _ width: Int) -> String { LocalDate.pad(n, width) }
}
