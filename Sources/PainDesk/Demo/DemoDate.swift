/// A calendar date for the demo generator only: days since 1970-01-01 in the proleptic
/// Gregorian calendar (H. Hinnant's civil-date algorithms). Kept private to the Demo folder
/// so it can give way to the shared date type later.
struct DemoDate: Comparable, Hashable {
  let day: Int

  init(day: Int) { self.day = day }

  init(year: Int, month: Int, day d: Int) {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    day = era * 146_097 + doe - 719_468
  }

  /// Parses `YYYY-MM-DD`; nil unless it names a real date.
  init?(_ text: String) {
    let b = Array(text.utf8)
    guard b.count == 10, b[4] == 45, b[7] == 45 else { return nil }
    func num(_ r: Range<Int>) -> Int? {
      var n = 0
      for i in r {
        guard b[i] >= 48 && b[i] <= 57 else { return nil }
        n = n * 10 + Int(b[i] - 48)
      }
      return n
    }
    guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10), (1...12).contains(m), d >= 1
    else { return nil }
    let date = DemoDate(year: y, month: m, day: d)
    guard date.ymd == (y, m, d) else { return nil }
    self = date
  }

  var ymd: (year: Int, month: Int, day: Int) {
    let z = day + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
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

  var text: String {
    let (y, m, d) = ymd
    return DemoDate.pad(y, 4) + "-" + DemoDate.pad(m, 2) + "-" + DemoDate.pad(d, 2)
  }

  /// RFC 3339 UTC instant at `hour:minute` of this date.
  func instant(_ hour: Int, _ minute: Int) -> String {
    text + "T" + DemoDate.pad(hour, 2) + ":" + DemoDate.pad(minute, 2) + ":00Z"
  }

  /// Local clinic time `YYYY-MM-DDTHH:MM`, as appointments and slots carry it.
  func local(_ hour: Int, _ minute: Int) -> String {
    text + "T" + DemoDate.pad(hour, 2) + ":" + DemoDate.pad(minute, 2)
  }

  static func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }
}
