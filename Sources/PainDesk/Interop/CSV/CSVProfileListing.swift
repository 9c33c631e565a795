/// How `paindesk import --profiles` lists the shipped profiles and `--show` prints one: as
/// the profile file a clinic copies to write its own, with the required and optional
/// columns spelled out (`columns`, a note the parser accepts and ignores).
extension CSVProfile {
  /// One row per shipped profile: `kind` (`csv_profile`), `profile`, `record_kind`,
  /// `required_columns`, `optional_columns`, `description`.
  public static func shippedListing() throws(ToolkitError) -> [JSONObject] {
    var rows: [JSONObject] = []
    for name in shippedNames {
      let p = try load(name)
      rows.append(
        JSONObject([
          ("kind", "csv_profile"), ("profile", .string(p.name)), ("record_kind", .string(p.kind.rawValue)),
          ("required_columns", .array(p.requiredColumns.map { .string($0) })),
          ("optional_columns", .array(p.optionalColumns.map { .string($0) })),
          ("description", .string(p.description ?? "")),
        ]))
    }
    return rows
  }

  /// The profile as a file: valid profile JSON, one field per line.
  public var fileText: String {
    func json(_ v: JSONValue) -> String { JSONWriter.canonical(v) }
    func list(_ names: [String]) -> String { json(.array(names.map { .string($0) })) }
    var lines = [
      "{\"profile\": \(json(.string(name))), \"kind\": \(json(.string(kind.rawValue))), \"date_format\": \(json(.string(dateFormat))),"
    ]
    if let description { lines.append(" \"description\": \(json(.string(description))),") }
    lines.append(" \"columns\": {\"required\": \(list(requiredColumns)), \"optional\": \(list(optionalColumns))},")
    lines.append(" \"fields\": {")
    for (k, f) in fields.enumerated() {
      lines.append("   \(json(.string(f.name))): \(json(f.specValue))\(k == fields.count - 1 ? "" : ",")")
    }
    lines.append(" }}")
    return lines.joined(separator: "\n") + "\n"
  }
}

extension CSVProfile.Field {
  /// The field as a profile file writes it: the bare template when nothing else is set.
  var specValue: JSONValue {
    if type == .string && map == nil && !optional && defaultValue == nil { return .string(template) }
    var pairs: [(String, JSONValue)] = [("from", .string(template))]
    if type != .string { pairs.append(("type", .string(type.rawValue))) }
    if optional { pairs.append(("optional", .bool(true))) }
    if let defaultValue { pairs.append(("default", .string(defaultValue))) }
    if let map {
      pairs.append(("map", .object(JSONObject(map.keys.sorted().map { ($0, .string(map[$0]!)) }))))
    }
    return .object(JSONObject(pairs))
  }
}
