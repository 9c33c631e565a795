/// Days of the week, numbered as ISO 8601 does (Monday 1 ... Sunday 7).
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Comparable {
  case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

  public var isWeekend: Bool { self == .saturday || self == .sunday }

  /// The lower-case three-letter name records use (`mon`..`sun`, records.md waitlist).
  public var shortName: String {
    switch self {
    case .monday: return "mon"
    case .tuesday: return "tue"
    case .wednesday: return "wed"
    case .thursday: return "thu"
    case .friday: return "fri"
    case .saturday: return "sat"
    case .sunday: return "sun"
    }
  }

  public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }
}
