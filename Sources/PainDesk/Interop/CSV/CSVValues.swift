import Foundation

/// Converts CSV text to record values: dates and times as EHR exports write them, money
/// with `$` and thousands separators, lists separated by `;` or `,`.
enum CSVValues {
  static let dateFormats = ["MM/DD/YYYY", "YYYY-MM-DD", "MM-DD-YYYY"]

  /// `MM/DD/YYYY` (one-digit month and day too), `YYYY-MM-DD` or `MM-DD-YYYY`.
  static func date(_ s: String, format: String) -> String? {
    let t = s.trimmingCharacters(in: .whitespaces)
    let parts: [Substring]
    let ymd: (Int, Int, Int)
    switch format {
    case "YYYY-MM-DD":
      parts = t.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 3, parts[0].count == 4 else { return nil }
      guard let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
      ymd = (y, m, d)
    default:
      parts = t.split(separator: format == "MM-DD-YYYY" ? "-" : "/", omittingEmptySubsequences: false)
      guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count) else { return nil }
      guard let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]) else { return nil }
      ymd = (y, m, d)
    }
    return LocalDate(year: ymd.0, month: ymd.1, day: ymd.2)?.description
  }

  /// A date and a time (`09:30`, `9:30 AM`, `09:30:00`, `2:05PM`), or an ISO date-time, to
  /// the local `YYYY-MM-DDTHH:MM` records use.
  static func dateTime(_ s: String, format: String) -> String? {
    let t = s.trimmingCharacters(in: .whitespaces)
    if t.utf8.count >= 16, let d = date(String(t.prefix(10)), format: "YYYY-MM-DD"), t.dropFirst(10).first == "T" {
      return time(String(t.dropFirst(11))).map { "\(d)T\($0)" }
    }
    guard let space = t.firstIndex(of: " "), let d = date(String(t[..<space]), format: format),
      let hm = time(String(t[t.index(after: space)...]))
    else { return nil }
    return "\(d)T\(hm)"
  }

  static func time(_ s: String) -> String? {
    var t = s.trimmingCharacters(in: .whitespaces).uppercased()
    var pm: Bool?
    if t.hasSuffix("AM") || t.hasSuffix("PM") {
      pm = t.hasSuffix("PM")
      t = String(t.dropLast(2)).trimmingCharacters(in: .whitespaces)
    }
    let parts = t.split(separator: ":")
    guard parts.count == 2 || parts.count == 3, var h = Int(parts[0]), let m = Int(parts[1]), (0..<60).contains(m) else { return nil }
    if parts.count == 3 { guard let sec = Int(parts[2].prefix(2)), (0..<60).contains(sec) else { return nil } }
    if let pm {
      guard (1...12).contains(h) else { return nil }
      h = h % 12 + (pm ? 12 : 0)
    }
    guard (0..<24).contains(h) else { return nil }
    return String(format: "%02d:%02d", h, m)
  }

  /// `$1,234.50`, `(12.00)` (negative), `0` to cents.
  static func cents(_ s: String) -> Int64? {
    var t = s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "$", with: "")
    var negative = false
    if t.hasPrefix("(") && t.hasSuffix(")") { negative = true; t = String(t.dropFirst().dropLast()) }
    guard let v = Money.cents(t) else { return nil }
    return negative ? -v : v
  }
}
