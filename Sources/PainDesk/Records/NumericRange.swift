/// The values a numeric field may hold (records.md, "Numeric ranges"). Every numeric field
/// has one, so no accepted record carries a number that overflows the arithmetic of a
/// worklist later (a days supply added to a date, units times a price).
public struct NumericRange: Sendable, Equatable {
  public let minimum: Int64
  public let maximum: Int64
  /// The minimum itself is not allowed (a strength is greater than 0).
  public let minimumExcluded: Bool

  public init(_ minimum: Int64, _ maximum: Int64, minimumExcluded: Bool = false) {
    self.minimum = minimum
    self.maximum = maximum
    self.minimumExcluded = minimumExcluded
  }

  /// The largest integer a JSON number holds exactly in every reader (RFC 8259 §6,
  /// IEEE 754 double): 2^53.
  public static let exactIntegerLimit: Int64 = 9_007_199_254_740_992

  /// Money: up to a billion dollars in cents.
  public static let cents = NumericRange(0, 100_000_000_000)
  /// Days (`days_supply`, `*_days`, intervals): up to a hundred years.
  public static let days = NumericRange(0, 36_500)
  /// Hours (`expedited_hours`): the days range in hours.
  public static let hours = NumericRange(0, 876_000)
  /// Counts of units dispensed, billed or approved.
  public static let units = NumericRange(0, 100_000)
  /// A strength or a dose: greater than 0.
  public static let dose = NumericRange(0, 100_000, minimumExcluded: true)
  /// A percentage.
  public static let percent = NumericRange(0, 100)
  /// An appointment's or a slot's length in minutes: the days range in minutes (an
  /// encounter from an EHR may span days).
  public static let minutes = NumericRange(0, 52_560_000)
  /// A service line's number.
  public static let sequence = NumericRange(1, 100_000)
  /// Any other number: what a JSON number holds exactly.
  public static let exact = NumericRange(-exactIntegerLimit, exactIntegerLimit)

  /// The range records.md gives a field, by its name: `*_cents`, `*_days`, `*_pct`, the
  /// unit counts, the strength; other numbers get `exact`.
  public static func standard(forField name: String, type: FieldType) -> NumericRange? {
    switch type {
    case .cents: return .cents
    case .int, .number: break
    default: return nil
    }
    switch name {
    case "days_supply": return .days
    case "quantity", "units", "approved_units", "units_used", "units_per_day", "refills", "concurrent_units":
      return .units
    case "strength": return .dose
    case "duration_min": return .minutes
    case "seq": return .sequence
    case "expedited_hours": return .hours
    default: break
    }
    if name.hasSuffix("_cents") { return .cents }
    if name.hasSuffix("_days") { return .days }
    if name.hasSuffix("_pct") { return .percent }
    return .exact
  }

  public func contains(_ value: Int64) -> Bool {
    (minimumExcluded ? value > minimum : value >= minimum) && value <= maximum
  }

  public func contains(_ value: Double) -> Bool {
    guard value.isFinite else { return false }
    let low = Double(minimum)
    return (minimumExcluded ? value > low : value >= low) && value <= Double(maximum)
  }

  /// A number read from text (CSV, X12, an EHR's JSON) if it is finite and in the range:
  /// `nan`, `inf` and `1e20` are nil, never a trap in a later conversion.
  public func number(parsing text: String) -> Double? {
    guard let d = Double(text), contains(d) else { return nil }
    return d
  }

  /// A whole number read from text, in the range; `2.0` is 2, `2.5` is nil.
  public func integer(parsing text: String) -> Int64? {
    if let n = Int64(text) { return contains(n) ? n : nil }
    guard let d = number(parsing: text), d.rounded(.towardZero) == d else { return nil }
    return Int64(d)
  }

  /// A whole number from a JSON value in the range: an integer, or a double with an
  /// integral value.
  public func integer(_ value: JSONValue?) -> Int64? {
    switch value {
    case .int(let n)?: return contains(n) ? n : nil
    case .double(let d)?: return contains(d) && d.rounded(.towardZero) == d ? Int64(d) : nil
    default: return nil
    }
  }

  /// Any number from a JSON value in the range.
  public func number(_ value: JSONValue?) -> Double? {
    guard let d = value?.doubleValue, contains(d) else { return nil }
    return d
  }

  /// "between 0 and 36500", "greater than 0 and at most 100000", for messages and the man
  /// page.
  public var summary: String {
    minimumExcluded ? "greater than \(minimum) and at most \(maximum)" : "between \(minimum) and \(maximum)"
  }
}
