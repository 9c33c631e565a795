/// A plain text table for a person at a terminal: a header, aligned columns, cells cut at
/// 40 characters with an ellipsis, bold header only when colour is on (style.md §4.9).
/// Given the terminal's width, a row never wraps: the widest column is cut further (not
/// below `minCellWidth`), and when that is not enough the last columns (the least
/// important: tools list columns by priority) are left out.
public enum TableFormat {
  public static let maxCellWidth = 40
  public static let minCellWidth = 12
  static let gap = 2

  public static func render(columns: [String], rows: [[String]], color: Bool, width: Int? = nil) -> String {
    if rows.isEmpty { return "" }
    let flat = rows.map { $0.map(flatten) }
    var widths = columns.map { min($0.count, maxCellWidth) }
    for r in flat {
      for (k, c) in r.enumerated() { widths[k] = max(widths[k], min(c.count, maxCellWidth)) }
    }
    let shown = width.map { fit(&widths, into: $0) } ?? widths.count
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for k in 0..<shown {
        let c = clip(cells[k], to: widths[k])
        let pad = k == shown - 1 ? "" : String(repeating: " ", count: widths[k] - c.count)
        parts.append(c + pad)
      }
      return parts.joined(separator: String(repeating: " ", count: gap))
    }
    let header = line(columns.map { $0.uppercased() })
    var out = color ? "\u{1B}[1m" + header + "\u{1B}[0m\n" : header + "\n"
    for r in flat { out += line(r) + "\n" }
    return out
  }

  /// Narrows `widths` to fit `total` characters; returns how many leading columns fit:
  /// as many as can, each at least `minCellWidth` wide, the widest cut first.
  static func fit(_ widths: inout [Int], into total: Int) -> Int {
    let natural = widths
    for count in stride(from: natural.count, through: 1, by: -1) {
      var w = Array(natural.prefix(count))
      if shrink(&w, to: total - gap * (count - 1)) {
        widths = w + natural.dropFirst(count)
        return count
      }
    }
    widths[0] = max(1, total)
    return 1
  }

  /// Cuts the widest column a character at a time until the widths sum to `room`; false
  /// when that would take a column below `minCellWidth`. The first column (the id a VA
  /// acts on) is cut last.
  static func shrink(_ w: inout [Int], to room: Int) -> Bool {
    var sum = w.reduce(0, +)
    while sum > room {
      let rest = w.indices.dropFirst().max(by: { w[$0] < w[$1] }).flatMap { w[$0] > minCellWidth ? $0 : nil }
      guard let widest = rest ?? (w[0] > minCellWidth ? 0 : nil) else { return false }
      w[widest] -= 1
      sum -= 1
    }
    return true
  }

  static func flatten(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: " ") }

  static func clip(_ s: String, to width: Int) -> String {
    if s.count <= width { return s }
    return String(s.prefix(max(width - 1, 0))) + "…"
  }
}
