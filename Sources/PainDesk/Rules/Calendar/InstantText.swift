/// RFC 3339 text for `Instant`: reads `2026-03-01T14:05:00Z`, offsets such as `-05:00`
/// and optional fractional seconds; always writes UTC with seconds and `Z`
/// (design.md §2). Byte parsing, no Foundation formatter.
extension Instant: CustomStringConvertible, LosslessStringConvertible, Codable {
  public init?(_ text: String) {
    var t = text
    guard let v = t.withUTF8({ Instant.parse($0) }) else { return nil }
    self = v
  }

  /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)`; `t` and `z` are accepted
  /// as RFC 3339 §5.6 allows. A leap second (`:60`) is refused.
  public static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Instant? {
    guard b.count >= 20, let date = LocalDate.parse(UnsafeBufferPointer(rebasing: b[0..<10])),
      b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t"),
      let (secondOfDay, end) = LocalTimeText.parse(b, from: 11, seconds: true)
    else { return nil }
    var i = end
    var nanos: Int32 = 0
    if i < b.count, b[i] == UInt8(ascii: ".") {
      i += 1
      let start = i
      var scale: Int32 = 100_000_000
      while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") {
        nanos += Int32(b[i] - UInt8(ascii: "0")) * scale  // digits past 9 are dropped
        scale /= 10
        i += 1
      }
      guard i > start else { return nil }
    }
    guard let (offset, after) = parseOffset(b, from: i), after == b.count else { return nil }
    let local = Int64(date.dayNumber) * 86_400 + Int64(secondOfDay)
    return Instant(seconds: local - Int64(offset), nanoseconds: nanos)
  }

  /// `Z`, or `+HH:MM` / `-HH:MM`: the offset in seconds east of UTC and the next index.
  static func parseOffset(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> (Int, Int)? {
    guard i < b.count else { return nil }
    if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") { return (0, i + 1) }
    guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), i + 6 <= b.count,
      b[i + 3] == UInt8(ascii: ":"),
      let h = LocalDate.digits(b, i + 1, 2), let m = LocalDate.digits(b, i + 4, 2),
      h < 24, m < 60
    else { return nil }
    let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
    return (sign * (h * 3600 + m * 60), i + 6)
  }

  /// `YYYY-MM-DDTHH:MM:SSZ` in UTC; fractions of a second are not written.
  public var description: String {
    let s = utcSecondOfDay
    return utcDate.description + "T" + LocalDate.pad(s / 3600, 2) + ":"
      + LocalDate.pad(s / 60 % 60, 2) + ":" + LocalDate.pad(s % 60, 2) + "Z"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    guard let v = Instant(try c.decode(String.self)) else {
      throw DecodingError.dataCorruptedError(
        in: c, debugDescription: "not an instant (RFC 3339, e.g. 2026-03-01T14:05:00Z)")
    }
    self = v
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }
}

/// `HH:MM` or `HH:MM:SS` inside a longer text.
enum LocalTimeText {
  /// The second of the day and the index after the time; hours 00-23.
  static func parse(_ b: UnsafeBufferPointer<UInt8>, from i: Int, seconds: Bool)
    -> (Int, Int)?
  {
    let need = seconds ? 8 : 5
    guard i + need <= b.count, b[i + 2] == UInt8(ascii: ":"),
      let h = LocalDate.digits(b, i, 2), let m = LocalDate.digits(b, i + 3, 2), h < 24, m < 60
    else { return nil }
    guard seconds else { return (h * 3600 + m * 60, i + 5) }
    guard b[i + 5] == UInt8(ascii: ":"), let s = LocalDate.digits(b, i + 6, 2), s < 60 else {
      return nil
    }
    return (h * 3600 + m * 60 + s, i + 8)
  }
}
