/// A record as a row of cells for CSV and tables: nested objects become dotted columns
/// (`contacts.phone`), so a spreadsheet gets one value per cell; arrays stay one cell.
public enum FlatRecord {
  /// The record's leaves in order, objects flattened to dotted names.
  public static func columns(_ record: JSONObject, prefix: String = "") -> [String] {
    var out: [String] = []
    for (key, value) in record {
      let name = prefix + key
      if case .object(let inner) = value, !inner.isEmpty {
        out += columns(inner, prefix: name + ".")
      } else {
        out.append(name)
      }
    }
    return out
  }

  /// The value at a column name: a key, or a dotted path into nested objects. A key that
  /// itself holds a dot is found before the path is followed.
  public static func value(_ record: JSONObject, _ column: String) -> JSONValue? {
    if let v = record[column] { return v }
    var object = record
    let parts = column.split(separator: ".", omittingEmptySubsequences: false)
    for (k, part) in parts.enumerated() {
      guard let v = object[String(part)] else { return nil }
      if k == parts.count - 1 { return v }
      guard case .object(let inner) = v else { return nil }
      object = inner
    }
    return nil
  }

  /// Tool columns with every object-valued column replaced by its dotted leaves, as the
  /// records at hand have them (CSV: one value per cell).
  static func expand(_ wanted: [String], over records: [JSONObject]) -> [String] {
    var out: [String] = []
    var seen = Set<String>()
    for column in wanted {
      var leaves: [String] = []
      for r in records {
        guard case .object(let inner)? = value(r, column), !inner.isEmpty else { continue }
        for leaf in columns(inner, prefix: column + ".") where !leaves.contains(leaf) { leaves.append(leaf) }
      }
      for c in leaves.isEmpty ? [column] : leaves where seen.insert(c).inserted { out.append(c) }
    }
    return out
  }
}
