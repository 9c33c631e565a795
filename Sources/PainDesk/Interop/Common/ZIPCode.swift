/// Normalizes a ZIP code as exports write it (`668012504`, `66801-2504`, `66801`).
enum ZIPCode {
  static func normalize(_ s: String) -> String? {
    let digits = s.filter(\.isNumber)
    if digits.count == 5 { return digits }
    if digits.count == 9 { return String(digits.prefix(5)) + "-" + String(digits.suffix(4)) }
    return nil
  }
}
