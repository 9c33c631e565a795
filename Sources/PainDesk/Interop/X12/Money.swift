/// X12 decimal amounts ("1234.5", "-20", ".75") to integer cents, without floating point.
enum Money {
  static func cents(_ text: String) -> Int64? {
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
