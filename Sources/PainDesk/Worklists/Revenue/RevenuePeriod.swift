/// A reporting period: a calendar month (`2026-10`) or a date range
/// (`2026-10-01..2026-10-15`), both ends inclusive.
public struct RevenuePeriod: Sendable, Hashable {
  public let from: LocalDate
  public let to: LocalDate
  public let isMonth: Bool

  public init(from: LocalDate, to: LocalDate) {
    self.from = from
    self.to = to
    isMonth = from.day == 1 && to == from.adding(months: 1).adding(days: -1)
  }

  public static func month(_ first: LocalDate) -> RevenuePeriod {
    let start = first.firstOfMonth
    return RevenuePeriod(from: start, to: start.adding(months: 1).adding(days: -1))
  }

  /// `YYYY-MM`, or nil.
  public static func parseMonth(_ text: String) -> RevenuePeriod? {
    guard text.count == 7, let d = LocalDate(text + "-01") else { return nil }
    return month(d)
  }

  /// The last full month before `asOf` (the month before asOf's month).
  public static func lastFullMonth(before asOf: LocalDate) -> RevenuePeriod {
    month(asOf.firstOfMonth.adding(months: -1))
  }

  /// `2026-10` for a month, else `2026-10-01..2026-10-15`.
  public var label: String {
    isMonth ? String(from.description.prefix(7)) : "\(from)..\(to)"
  }

  public var days: Int { from.days(to: to) + 1 }

  public func contains(_ d: LocalDate) -> Bool { d >= from && d <= to }

  /// The elements of `items`, sorted by `day`, whose day falls in the period.
  public func slice<T>(_ items: [T], day: (T) -> LocalDate) -> ArraySlice<T> {
    func first(_ after: (LocalDate) -> Bool) -> Int {
      var lo = 0, hi = items.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if after(day(items[mid])) { hi = mid } else { lo = mid + 1 }
      }
      return lo
    }
    return items[first { $0 >= from }..<first { $0 > to }]
  }
  public func contains(text: String?) -> Bool {
    guard let text, let d = LocalDate(String(text.prefix(10))) else { return false }
    return contains(d)
  }

  /// The period just before: the previous month, or a range of the same length.
  public var previous: RevenuePeriod {
    isMonth ? .month(from.adding(months: -1)) : RevenuePeriod(from: from.adding(days: -days), to: from.adding(days: -1))
  }

  /// The same period a year earlier.
  public var lastYear: RevenuePeriod {
    isMonth ? .month(from.adding(years: -1)) : RevenuePeriod(from: from.adding(years: -1), to: to.adding(years: -1))
  }

  /// The 12 calendar months ending with the month of `to`, oldest first.
  public var trailingMonths: [RevenuePeriod] {
    (0..<12).reversed().map { RevenuePeriod.month(to.firstOfMonth.adding(months: -$0)) }
  }
}
