/// `YYYY-MM-DD` text for `LocalDate` (design.md §2), parsed from bytes without
/// Foundation's formatters: exactly ten ASCII characters and a real date.
extension LocalDate: CustomStringConvertible, LosslessStringConvertible, Codable {
  public init?(_ text: String) {
    var t = text
    guard let d = t.withUTF8({ LocalDate.parse($0) }) else { return nil }
    self = d
  }

  /// Parses exactly `YYYY-MM-DD` (no sign, no time, no spaces).
  public static func parse(_ b: UnsafeBufferPointer<UInt8>) -> LocalDate? {
    guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
      let y = digits(b, 0, 4), let m = digits(b, 5, 2), let d = digits(b, 8, 2)
    else { return nil }
    return LocalDate(year: y, month: m, day: d)
  }

  /// The decimal value of `count` ASCII digits at `start`, or nil.
  static func digits(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
    var v = 0
    for k in start..<(start + count) {
      let c = b[k]
      guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
      v = v * 10 + Int(c - UInt8(ascii: "0"))
    }
    return v
  }

  public var description: String {
    LocalDate.pad(year, 4) + "-" + LocalDate.pad(month, 2) + "-" + LocalDate.pad(day, 2)
  }

  static func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    // The value is not echoed: a date of birth is PHI.
    guard let d = LocalDate(try c.decode(String.self)) else {
      throw DecodingError.dataCorruptedError(
        in: c, debugDescription: "not a date (YYYY-MM-DD)")
    }
    self = d
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }
}
