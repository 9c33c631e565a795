/// An X12 date element (data element type DT, CCYYMMDD in 005010) as `YYYY-MM-DD`.
enum X12Date {
  static func parse(_ t: String) -> String? {
    guard t.utf8.count == 8, t.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let y = Int(t.prefix(4)),
      let m = Int(t.dropFirst(4).prefix(2)), let d = Int(t.suffix(2)), let date = LocalDate(year: y, month: m, day: d)
    else { return nil }
    return date.description
  }

  /// An element's position as the implementation guides write it: 02, 16.
  static func position(_ k: Int) -> String { k < 10 ? "0\(k)" : "\(k)" }
}
