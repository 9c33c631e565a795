/// A length of calendar time as the rules state it: "90 days", "6 months", "4 months"
/// (design.md §6: N days is the calendar date + N; N months is the same day N months
/// later, or the first of the following month).
public enum DateSpan: Sendable, Hashable, CustomStringConvertible {
  case days(Int)
  case months(Int)

  public static func years(_ n: Int) -> DateSpan { .months(12 * n) }

  /// The date this span after `date`.
  public func after(_ date: LocalDate) -> LocalDate {
    switch self {
    case .days(let n): return date.adding(days: n)
    case .months(let n): return date.adding(months: n)
    }
  }

  /// The date this span before `date`.
  public func before(_ date: LocalDate) -> LocalDate {
    switch self {
    case .days(let n): return date.adding(days: -n)
    case .months(let n): return date.adding(months: -n)
    }
  }

  public var description: String {
    switch self {
    case .days(let n): return n == 1 ? "1 day" : "\(n) days"
    case .months(let n): return n == 1 ? "1 month" : "\(n) months"
    }
  }
}
