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

  public func adding(seconds n: Int64) -> Instant {
    Instant(seconds: seconds + n, nanoseconds: nanoseconds)
  }

  public func adding(hours n: Int) -> Instant { adding(seconds: Int64(n) * 3600) }

  /// Signed whole seconds from this instant to `other` (fractions truncated toward zero).
  public func seconds(to other: Instant) -> Int64 {
    let ns = (other.seconds - seconds) * 1_000_000_000 + Int64(other.nanoseconds - nanoseconds)
    return ns / 1_000_000_000
  }

  /// The UTC calendar date of this instant (use `ClinicCalendar.localDate(of:)` for the
  /// clinic's date).
  public var utcDate: LocalDate {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    return LocalDate(dayNumber: Int(days))!
  }

  /// Seconds since the start of the UTC day.
  var utcSecondOfDay: Int { Int(seconds - Int64(utcDate.dayNumber) * 86_400) }

  public static func < (a: Instant, b: Instant) -> Bool {
    (a.seconds, a.nanoseconds) < (b.seconds, b.nanoseconds)
  }
}
