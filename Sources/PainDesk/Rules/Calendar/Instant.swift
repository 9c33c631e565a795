import Foundation

/// A point in time (design.md §2: instants are RFC 3339, written in UTC). Hour-based
/// clocks such as a 72-hour decision compare instants; day-based rules compare dates
/// (design.md §6). Kept to whole seconds plus nanoseconds so that parsing and ordering
/// are exact.
public struct Instant: Sendable, Hashable, Comparable {
  /// Seconds since 1970-01-01T00:00:00Z.
  public let seconds: Int64
  /// 0..<1_000_000_000.
  public let nanoseconds: Int32

  public init(seconds: Int64, nanoseconds: Int32 = 0) {
    precondition((0..<1_000_000_000).contains(nanoseconds), "nanoseconds out of range")
    self.seconds = seconds
    self.nanoseconds = nanoseconds
  }

  public init(_ date: Date) {
    let t = date.timeIntervalSince1970
    let s = t.rounded(.down)
    var ns = Int32(((t - s) * 1e9).rounded())
    var secs = Int64(s)
    if ns >= 1_000_000_000 {
      secs += 1
      ns -= 1_000_000_000
    }
    self.init(seconds: secs, nanoseconds: ns)
  }

  public static var now: Instant { Instant(Date()) }

  public var date: Date {
    Date(timeIntervalSince1970: Double(seconds) + Double(nanoseconds) / 1e9)
  }

  /// The first and last second of the calendar dates can hold (0001-01-01 to
  /// 9999-12-31, UTC).
  static let earliestSeconds = Int64(LocalDate.earliest.dayNumber) * 86_400
  static let latestSeconds = Int64(LocalDate.latest.dayNumber) * 86_400 + 86_399

  /// A sum past the calendar's ends stops at them, as `LocalDate.adding(days:)` does: a
  /// count of hours read from a record can be anything the ledger holds.
  public func adding(seconds n: Int64) -> Instant {
    let sum = seconds.saturatingAdding(n)
    return Instant(seconds: Swift.min(Swift.max(sum, Self.earliestSeconds), Self.latestSeconds), nanoseconds: nanoseconds)
  }

  public func adding(hours n: Int) -> Instant { adding(seconds: Int64(n).saturatingMultiplied(by: 3600)) }

  /// Signed whole seconds from this instant to `other` (fractions truncated toward zero),
  /// without going through nanoseconds, which overflow past 292 years.
  public func seconds(to other: Instant) -> Int64 {
    let whole = other.seconds.saturatingSubtracting(seconds)
    let fraction = other.nanoseconds - nanoseconds
    if whole > 0 && fraction < 0 { return whole - 1 }
    if whole < 0 && fraction > 0 { return whole + 1 }
    return whole
  }

  /// The UTC calendar date of this instant (use `ClinicCalendar.localDate(of:)` for the
  /// clinic's date).
  public var utcDate: LocalDate {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    return LocalDate(dayNumber: Int(days)) ?? (days < 0 ? LocalDate.earliest : LocalDate.latest)
  }

  /// Seconds since the start of the UTC day.
  var utcSecondOfDay: Int { Int(seconds - Int64(utcDate.dayNumber) * 86_400) }

  public static func < (a: Instant, b: Instant) -> Bool {
    (a.seconds, a.nanoseconds) < (b.seconds, b.nanoseconds)
  }
}
