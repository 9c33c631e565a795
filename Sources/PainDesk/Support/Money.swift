/// Money: integer cents parsed from the exports, and dollars and fractions as an owner
/// reads them in a report.
public enum Money {
  /// `$1,296,000` or `$1,296,000.50`.
  /// An amount no Int64 holds (a sum over hostile rows) reads "n/a", never a trap.
  public static func dollars(_ cents: Double) -> String {
    guard cents.isFinite, abs(cents) < 9.0e18 else { return "n/a" }
    let c = Int64(cents.rounded())
    let neg = c < 0
    let whole = abs(c) / 100, frac = abs(c) % 100
    var s = String(whole)
    var i = s.count - 3
    while i > 0 {
      s.insert(",", at: s.index(s.startIndex, offsetBy: i))
      i -= 3
    }
    return (neg ? "-$" : "$") + s + (frac == 0 ? "" : "." + (frac < 10 ? "0" : "") + String(frac))
  }

  /// `35%`, `17.5%`.
  public static func percent(_ f: Double) -> String { ((f * 10_000).rounded() / 100).formatted + "%" }

  /// Decimal dollar amounts as X12 and CSV exports write them ("1234.5", "-20", ".75") to
  /// integer cents, without floating point.
  public static func cents(_ text: String) -> Int64? {
    var s = Substring(text)
    var negative = false
    if s.first == "-" { negative = true; s = s.dropFirst() }
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, parts.count >= 1 else { return nil }
    let whole = parts[0]
    let frac = parts.count == 2 ? parts[1] : ""
    guard !(whole.isEmpty && frac.isEmpty), whole.count <= 12, frac.count <= 2,
      whole.allSatisfy(\.isASCII), whole.allSatisfy(\.isNumber), frac.allSatisfy(\.isASCII), frac.allSatisfy(\.isNumber)
    else { return nil }
    let w = Int64(whole.isEmpty ? "0" : whole)!
    let f = Int64((frac + String(repeating: "0", count: 2 - frac.count)))!
    let v = w * 100 + f
    return negative ? -v : v
  }
}
