/// A calendar date with no time zone (design.md §2: dates are `YYYY-MM-DD`, §6: dates are
/// local calendar dates). Arithmetic runs on a day number (days since 1970-01-01 in the
/// proleptic Gregorian calendar) with Howard Hinnant's civil-from-days algorithm, not
/// Foundation, because the worklists do it for every record.
public struct LocalDate: Sendable, Hashable, Comparable {
  public let year: Int
  public let month: Int
  public let day: Int

  /// A real date, or nil (2026-02-29, month 13, day 0...). Years 1...9999.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      day >= 1, day <= LocalDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// For values already known to be valid.
  private init(unchecked year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  public static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public static func < (a: LocalDate, b: LocalDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }
}

// MARK: Day numbers

extension LocalDate {
  /// Days since 1970-01-01 (negative before it).
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date of a day number; nil outside years 1...9999.
  public init?(dayNumber n: Int) {
    let z = n + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    guard (1...9999).contains(y) else { return nil }
    self.init(unchecked: y, m, d)
  }
}

// MARK: Arithmetic (design.md §6)

extension LocalDate {
  /// The first and the last date a record can hold (years 1 to 9999).
  public static let earliest = LocalDate(unchecked: 1, 1, 1)
  public static let latest = LocalDate(unchecked: 9999, 12, 31)

  /// N days after this date is the calendar date + N (N may be negative). A sum past
  /// the calendar's ends stops at 0001-01-01 or 9999-12-31: a count of days read from a
  /// record (a days supply, an interval) can be anything the ledger holds, and an end
  /// beyond any business date must still compare as later, never trap.
  public func adding(days n: Int) -> LocalDate {
    let (sum, overflow) = dayNumber.addingReportingOverflow(n)
    if !overflow, let d = LocalDate(dayNumber: sum) { return d }
    return n < 0 ? LocalDate.earliest : LocalDate.latest
  }

  /// N months after this date: the same day of the month N months later, or the first
  /// day of the following month when that day does not exist (design.md §6, the US
  /// Department of Labor's reading for the 4-month external review, 29 CFR 2590.715-2719):
  /// 2026-01-31 + 1 month = 2026-03-01. The same rule applies to negative N:
  /// 2024-03-31 - 1 month = 2024-03-01 (February 31 does not exist).
  /// Past the calendar's ends it stops at 0001-01-01 or 9999-12-31, as `adding(days:)`.
  public func adding(months n: Int) -> LocalDate {
    let (total, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(n)
    if overflow { return n < 0 ? LocalDate.earliest : LocalDate.latest }
    let y = total >= 0 ? total / 12 : (total - 11) / 12
    let m = total - y * 12 + 1
    if y < 1 { return LocalDate.earliest }
    if y > 9999 { return LocalDate.latest }
    if day <= LocalDate.daysIn(month: m, year: y) { return LocalDate(unchecked: y, m, day) }
    return m == 12 ? LocalDate(unchecked: y + 1, 1, 1) : LocalDate(unchecked: y, m + 1, 1)
  }

  /// N years after this date, as 12 N months: 2024-02-29 + 1 year = 2025-03-01.
  public func adding(years n: Int) -> LocalDate {
    let (months, overflow) = n.multipliedReportingOverflow(by: 12)
    if overflow { return n < 0 ? LocalDate.earliest : LocalDate.latest }
    return adding(months: months)
  }

  /// Signed days from this date to `other` (positive when `other` is later).
  public func days(to other: LocalDate) -> Int { other.dayNumber - dayNumber }

  public var weekday: Weekday {
    // 1970-01-01 was a Thursday.
    let r = (dayNumber + 3) % 7
    return Weekday(rawValue: (r + 7) % 7 + 1)!
  }

  /// The first day of this date's month.
  public var firstOfMonth: LocalDate { LocalDate(unchecked: year, month, 1) }
}
