/// Hand-written byte checks for dates and codes. The validator runs once per record on
/// imports of a million records, so there is no regex engine and no date formatter here.
public enum FieldChecks {
  @inline(__always)
  static func bytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
    return Array(s.utf8).withUnsafeBufferPointer(body)
  }

  @inline(__always)
  static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
  @inline(__always)
  static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
  @inline(__always)
  static func isUpperAlnum(_ b: UInt8) -> Bool { isDigit(b) || isUpper(b) }

  /// Value of `count` ASCII digits at `at`, or nil.
  @inline(__always)
  static func number(_ p: UnsafeBufferPointer<UInt8>, _ at: Int, _ count: Int) -> Int? {
    guard at + count <= p.count else { return nil }
    var v = 0
    for k in at..<(at + count) {
      let d = p[k] &- 0x30
      guard d < 10 else { return nil }
      v = v * 10 + Int(d)
    }
    return v
  }

  static func allDigits(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
    for b in p where !isDigit(b) { return false }
    return true
  }

  // MARK: - Dates and times

  /// Proleptic Gregorian leap years.
  public static func isLeapYear(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  public static func daysInMonth(_ m: Int, year y: Int) -> Int {
    switch m {
    case 2: return isLeapYear(y) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The outcome of a date check: the shape, then the calendar.
  enum DateCheck { case ok, badShape, notOnCalendar }

  /// `YYYY-MM-DD` at the start of `p` (years 0001 to 9999).
  static func checkDate(_ p: UnsafeBufferPointer<UInt8>) -> DateCheck {
    guard p.count >= 10, p[4] == 0x2D, p[7] == 0x2D,
      let y = number(p, 0, 4), let m = number(p, 5, 2), let d = number(p, 8, 2)
    else { return .badShape }
    guard m >= 1, m <= 12, d >= 1, d <= 31 else { return .badShape }
    guard y >= 1, d <= daysInMonth(m, year: y) else { return .notOnCalendar }
    return .ok
  }

  /// A calendar date `YYYY-MM-DD` that exists.
  public static func isDate(_ s: String) -> Bool {
    bytes(s) { p in p.count == 10 && checkDate(p) == .ok }
  }

  /// `HH:MM` at `at`; returns the index after it.
  static func hourMinute(_ p: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int? {
    guard at + 5 <= p.count, p[at + 2] == 0x3A,
      let h = number(p, at, 2), let m = number(p, at + 3, 2), h < 24, m < 60
    else { return nil }
    return at + 5
  }

  /// `:SS[.fraction]` at `at` (no leap second); returns the index after it.
  static func seconds(_ p: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int? {
    guard at + 3 <= p.count, p[at] == 0x3A, let s = number(p, at + 1, 2), s < 60 else { return nil }
    var i = at + 3
    if i < p.count, p[i] == 0x2E {
      i += 1
      let f = i
      while i < p.count, isDigit(p[i]) { i += 1 }
      if i == f { return nil }
    }
    return i
  }

  /// `Z` or `+HH:MM`/`-HH:MM` at `at`, ending the text.
  static func isZone(_ p: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
    guard at < p.count else { return false }
    if p[at] == 0x5A { return at + 1 == p.count }
    guard p[at] == 0x2B || p[at] == 0x2D else { return false }
    return hourMinute(p, at + 1) == p.count
  }

  static func checkInstant(_ p: UnsafeBufferPointer<UInt8>, localAllowed: Bool) -> DateCheck {
    let date = checkDate(p)
    guard date != .badShape, p.count >= 16, p[10] == 0x54, let afterHM = hourMinute(p, 11) else {
      return .badShape
    }
    var i = afterHM
    if localAllowed && i == p.count { return date }
    if i < p.count, p[i] == 0x3A {
      guard let s = seconds(p, i) else { return .badShape }
      i = s
      if localAllowed && i == p.count { return date }
    } else if !localAllowed {
      return .badShape
    }
    return isZone(p, i) ? date : .badShape
  }

  /// An RFC 3339 date-time with seconds and `Z` or a numeric offset, such as
  /// `2026-03-02T14:05:00Z` or `2026-03-02T09:05:00.250-05:00`.
  public static func isInstant(_ s: String) -> Bool {
    bytes(s) { checkInstant($0, localAllowed: false) == .ok }
  }

  /// A local `YYYY-MM-DDTHH:MM[:SS[.fff]]` or the same with `Z` or an offset.
  public static func isLocalDateTime(_ s: String) -> Bool {
    bytes(s) { checkInstant($0, localAllowed: true) == .ok }
  }

  // MARK: - Codes

  /// ICD-10-CM code shape (CDC ICD-10-CM tabular list conventions): a letter, a digit,
  /// a letter or digit, then optionally a '.' and 1 to 4 letters or digits. The dot may
  /// be left out, as in X12 transactions (M5416).
  public static func isICD10(_ s: String) -> Bool {
    bytes(s) { p in
      guard p.count >= 3, p.count <= 8, isUpper(p[0]), isDigit(p[1]), isUpperAlnum(p[2]) else { return false }
      var i = 3
      if i == p.count { return true }
      if p[i] == 0x2E { i += 1 }
      let rest = p.count - i
      guard rest >= 1, rest <= 4 else { return false }
      for k in i..<p.count where !isUpperAlnum(p[k]) { return false }
      return true
    }
  }

  /// The letters that begin HCPCS Level II codes (CMS HCPCS quarterly update file).
  private static let hcpcsLetters: Set<UInt8> = Set("ABCEGHJKLMPQRSTUV".utf8)

  /// CPT (AMA: Category I five digits, Category II four digits and F, Category III four
  /// digits and T) or HCPCS Level II (a section letter and four digits, such as G0260).
  public static func isCPT(_ s: String) -> Bool {
    bytes(s) { p in
      guard p.count == 5 else { return false }
      if isDigit(p[0]) {
        for k in 1..<4 where !isDigit(p[k]) { return false }
        return isDigit(p[4]) || p[4] == 0x46 || p[4] == 0x54
      }
      guard hcpcsLetters.contains(p[0]) else { return false }
      for k in 1..<5 where !isDigit(p[k]) { return false }
      return true
    }
  }

  /// Ten digits, any check digit.
  public static func hasNPIShape(_ s: String) -> Bool {
    bytes(s) { p in p.count == 10 && allDigits(p) }
  }

  /// The NPI check digit, per CMS "Requirements for National Provider Identifier (NPI)
  /// and NPI Enumeration Check Digit": the Luhn formula over the prefix 80840 and the
  /// first 9 digits. The prefix always adds 24 to the sum.
  public static func isNPI(_ s: String) -> Bool {
    bytes(s) { p in
      guard p.count == 10, allDigits(p) else { return false }
      var sum = 24
      for k in 0..<9 {
        var d = Int(p[k] &- 0x30)
        // Double every other digit, starting with the rightmost of the nine.
        if k % 2 == 0 {
          d *= 2
          if d > 9 { d -= 9 }
        }
        sum += d
      }
      return (10 - sum % 10) % 10 == Int(p[9] &- 0x30)
    }
  }

  /// USPS codes of the 50 states, DC and the five inhabited territories (USPS Publication
  /// 28, Appendix B).
  public static let usStateCodes: [String] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
    "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
    "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI",
  ]

  /// A 26 x 26 table of the codes above.
  private static let stateTable: [Bool] = {
    var t = [Bool](repeating: false, count: 26 * 26)
    for code in usStateCodes {
      let u = Array(code.utf8)
      t[Int(u[0] - 0x41) * 26 + Int(u[1] - 0x41)] = true
    }
    return t
  }()

  public static func isUSState(_ s: String) -> Bool {
    bytes(s) { p in
      p.count == 2 && isUpper(p[0]) && isUpper(p[1])
        && stateTable[Int(p[0] - 0x41) * 26 + Int(p[1] - 0x41)]
    }
  }

  /// National Drug Code (FDA, 21 CFR 207.35): 10 digits in 4-4-2, 5-3-2 or 5-4-1 segments,
  /// or the 11-digit 5-4-2 billing form; hyphens optional.
  public static func isNDC(_ s: String) -> Bool {
    bytes(s) { p in
      if p.count == 10 || p.count == 11 { return allDigits(p) }
      var segments: [Int] = []
      var run = 0
      for b in p {
        if b == 0x2D {
          segments.append(run)
          run = 0
        } else if isDigit(b) {
          run += 1
        } else {
          return false
        }
      }
      segments.append(run)
      guard segments.count == 3 else { return false }
      switch (segments[0], segments[1], segments[2]) {
      case (4, 4, 2), (5, 3, 2), (5, 4, 1), (5, 4, 2): return true
      default: return false
      }
    }
  }

  public static func isSHA256(_ s: String) -> Bool {
    bytes(s) { p in
      guard p.count == 64 else { return false }
      for b in p where !(isDigit(b) || (b &- 0x61) < 6) { return false }
      return true
    }
  }

  static func digits(_ s: String, min: Int, max: Int) -> Bool {
    bytes(s) { p in p.count >= min && p.count <= max && allDigits(p) }
  }

  public static func isZIP(_ s: String) -> Bool {
    bytes(s) { p in
      switch p.count {
      case 5: return allDigits(p)
      case 10:
        guard p[5] == 0x2D else { return false }
        for k in 0..<10 where k != 5 && !isDigit(p[k]) { return false }
        return true
      default: return false
      }
    }
  }

  public static let maxIdLength = 200

  enum DocumentPathCheck { case ok, absolute, emptyComponent, parent, control }

  /// A path relative to the documents folder that stays inside it: not absolute, no
  /// empty component (`a//b`, a trailing `/`), no `..` component, no control character.
  static func checkDocumentPath(_ s: String) -> DocumentPathCheck {
    bytes(s) { p in
      if p.isEmpty { return .emptyComponent }
      if p[0] == 0x2F { return .absolute }
      var start = 0
      for k in 0...p.count {
        if k < p.count, p[k] < 0x20 || p[k] == 0x7F { return .control }
        guard k == p.count || p[k] == 0x2F else { continue }
        let length = k - start
        if length == 0 { return .emptyComponent }
        if length == 2, p[start] == 0x2E, p[start + 1] == 0x2E { return .parent }
        start = k + 1
      }
      return .ok
    }
  }

  public static func isDocumentPath(_ s: String) -> Bool { checkDocumentPath(s) == .ok }

  enum IdCheck { case ok, empty, tooLong, control }

  /// 1 to 200 characters (Unicode scalars), none of them a C0 or C1 control character,
  /// DEL, or a bidirectional embedding, override or isolate (U+202A-U+202E,
  /// U+2066-U+2069; Unicode UAX #9, "Trojan Source" CVE-2021-42574): an id is echoed in
  /// messages and must not steer a terminal or reorder a line.
  static func checkId(_ s: String) -> IdCheck {
    bytes(s) { p in
      if p.isEmpty { return .empty }
      var scalars = 0
      for (k, b) in p.enumerated() {
        if b < 0x20 || b == 0x7F { return .control }
        if b & 0xC0 != 0x80 { scalars += 1 }
        // C1 controls U+0080-U+009F are C2 80-C2 9F in UTF-8.
        if b == 0xC2, k + 1 < p.count, p[k + 1] < 0xA0 { return .control }
        // U+202A-U+202E are E2 80 AA-AE; U+2066-U+2069 are E2 81 A6-A9.
        if b == 0xE2, k + 2 < p.count {
          let b1 = p[k + 1]
          let b2 = p[k + 2]
          if (b1 == 0x80 && (0xAA...0xAE).contains(b2)) || (b1 == 0x81 && (0xA6...0xA9).contains(b2)) {
            return .control
          }
        }
      }
      return scalars > maxIdLength ? .tooLong : .ok
    }
  }

  public static func isRecordId(_ s: String) -> Bool { checkId(s) == .ok }
}
