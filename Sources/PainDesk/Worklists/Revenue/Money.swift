/// Money and fractions as an owner reads them in a formula.
public enum Money {
  /// `$1,296,000` or `$1,296,000.50`.
  public static func dollars(_ cents: Double) -> String {
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
}
