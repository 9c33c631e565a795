/// A plain text table for a person at a terminal: a header, aligned columns, cells cut at
/// 40 characters with an ellipsis, bold header only when colour is on (style.md §4.9).
public enum TableFormat {
  public static let maxCellWidth = 40

  public static func render(columns: [String], rows: [[String]], color: Bool) -> String {
    if rows.isEmpty { return "" }
    let cut = rows.map { $0.map(clip) }
    var widths = columns.map { $0.count }
    for r in cut {
      for (k, c) in r.enumerated() { widths[k] = max(widths[k], c.count) }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (k, c) in cells.enumerated() {
        let pad = k == cells.count - 1 ? "" : String(repeating: " ", count: widths[k] - c.count)
        parts.append(c + pad)
      }
      return parts.joined(separator: "  ")
    }
    let header = line(columns.map { $0.uppercased() })
    var out = color ? "\u{1B}[1m" + header + "\u{1B}[0m\n" : header + "\n"
    for r in cut { out += line(r) + "\n" }
    return out
  }

  static func clip(_ s: String) -> String {
    let flat = s.replacingOccurrences(of: "\n", with: " ")
    if flat.count <= maxCellWidth { return flat }
    return String(flat.prefix(maxCellWidth - 1)) + "…"
  }
}
