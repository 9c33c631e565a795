/// How a JSON value reads in a CSV or table cell: strings as they are; arrays as their
/// items joined by "; " (never raw JSON); objects as "key: value" pairs joined by ", ";
/// null and absent as empty.
public enum TextCell {
  public static func text(_ v: JSONValue?) -> String {
    switch v {
    case .none, .some(.null): return ""
    case .some(.string(let s)): return s
    case .some(.array(let items)): return items.map { text($0) }.joined(separator: "; ")
    case .some(.object(let o)): return o.map { "\($0.key): \(text($0.value))" }.joined(separator: ", ")
    case .some(let other): return JSONWriter.canonical(other)
    }
  }

  /// Whole cents as dollars for a person: `123456` → `$1,234.56`, `-500` → `-$5.00`.
  public static func dollars(_ cents: Int64) -> String {
    let negative = cents < 0
    let magnitude = cents.magnitude
    var whole = String(magnitude / 100)
    var grouped = ""
    while whole.count > 3 {
      grouped = "," + whole.suffix(3) + grouped
      whole.removeLast(3)
    }
    let fraction = magnitude % 100
    return (negative ? "-$" : "$") + whole + grouped + "." + (fraction < 10 ? "0" : "") + String(fraction)
  }

  /// A `*_cents` column: money in whole cents (records.md), shown as dollars in tables.
  static func isMoney(_ column: String) -> Bool { column.hasSuffix("_cents") }

  /// The table header of a money column: `paid_cents` → `paid`.
  static func tableHeader(_ column: String) -> String { isMoney(column) ? String(column.dropLast(6)) : column }

  /// A table cell: money columns in dollars, everything else as `text`.
  static func tableText(_ v: JSONValue?, column: String) -> String {
    if isMoney(column), case .int(let cents)? = v { return dollars(cents) }
    return text(v)
  }
}
