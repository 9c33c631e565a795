import Foundation

/// A column-mapping profile: how one CSV export becomes one record per row.
///
/// ```json
/// {"profile": "NAME", "kind": "appointment", "date_format": "MM/DD/YYYY",
///  "fields": {"id": "appt-{Appointment ID}", "type": "follow_up",
///             "duration_min": {"from": "{Duration}", "type": "int"},
///             "status": {"from": "{Status}", "map": {"Complete": "completed"}},
///             "cpts": {"from": "{CPT Codes}", "type": "list", "optional": true}}}
/// ```
/// A field is a template (`{Column}` is replaced by the row's value; text outside braces
/// is kept) or an object with `from`, `type` (`string`, `int`, `number`, `cents`,
/// `date`, `datetime`, `list`, `bool`), `map` (value to value; a value not in the map is
/// an error; matched without regard to case), `optional` (an empty result leaves the field
/// out) and `default`. A column only optional fields or fields with a default read may be
/// missing from the header: the field is then left out or takes its default. `description`
/// and `columns` (the required and optional columns, as `--show` prints them) are notes for
/// people; the fields decide.
public struct CSVProfile: Sendable {
  public enum FieldType: String, Sendable { case string, int, number, cents, date, datetime, list, bool }

  public struct Field: Sendable {
    public let name: String
    public let template: String
    public let type: FieldType
    public let map: [String: String]?
    public let optional: Bool
    public let defaultValue: String?

    /// The columns the template names, in order.
    public var columns: [String] { CSVProfile.columns(in: template) }

    /// A row must have these columns: the field is neither optional nor defaulted.
    public var isRequired: Bool { !optional && defaultValue == nil }

    /// The mapped value of `text`, matched without regard to case.
    func mapped(_ text: String) -> String? {
      guard let map else { return text }
      return map[text] ?? map.first { $0.key.caseInsensitiveCompare(text) == .orderedSame }?.value
    }
  }

  public let name: String
  public let description: String?
  public let kind: RecordKind
  public let dateFormat: String
  public let fields: [Field]

  /// The columns a header must have, in the order the fields name them.
  public var requiredColumns: [String] { Self.distinct(fields.filter(\.isRequired).flatMap(\.columns)) }

  /// The columns a header may leave out.
  public var optionalColumns: [String] {
    let required = Set(requiredColumns)
    return Self.distinct(fields.flatMap(\.columns)).filter { !required.contains($0) }
  }

  private static func distinct(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
  }

  public static var shippedNames: [String] { ShippedProfiles.all.keys.sorted() }

  /// A shipped profile by name, or a profile file by path.
  public static func load(_ nameOrPath: String) throws(ToolkitError) -> CSVProfile {
    if let text = ShippedProfiles.all[nameOrPath] { return try parse(Array(text.utf8), source: "profile '\(nameOrPath)'") }
    guard nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") else {
      throw ToolkitError(.usage, "no shipped profile '\(nameOrPath)': use one of \(shippedNames.joined(separator: ", ")), or a profile file")
    }
    return try parse(try InteropFile.read(nameOrPath, maxBytes: 1 << 20), source: nameOrPath)
  }

  public static func parse(_ bytes: [UInt8], source: String) throws(ToolkitError) -> CSVProfile {
    func bad(_ m: String) -> ToolkitError { ToolkitError(.config, "\(source): \(m)") }
    let value: JSONValue
    do { value = try JSONParser.parse(bytes) } catch { throw bad("invalid JSON: \(error)") }
    guard let o = value.objectValue else { throw bad("a profile is a JSON object") }
    for key in o.keys where !["profile", "description", "columns", "kind", "date_format", "fields"].contains(key) {
      throw bad("unknown key '\(key)'")
    }
    guard let name = o.string("profile") else { throw bad("no 'profile' name") }
    guard let kindName = o.string("kind"), let kind = RecordKind(name: kindName), kind.isStored else {
      throw bad("'kind' must name a stored record kind")
    }
    let dateFormat = o.string("date_format") ?? "MM/DD/YYYY"
    guard CSVValues.dateFormats.contains(dateFormat) else {
      throw bad("'date_format' must be one of \(CSVValues.dateFormats.joined(separator: ", "))")
    }
    guard let f = o["fields"]?.objectValue, !f.isEmpty else { throw bad("no 'fields'") }
    let known = Set(RecordSpecs.spec(for: kind).fields.map(\.name))
    var fields: [Field] = []
    for (key, v) in f {
      guard known.contains(key) else { throw bad("field '\(key)' is not a field of \(kind.rawValue)") }
      if let t = v.stringValue {
        fields.append(Field(name: key, template: t, type: .string, map: nil, optional: false, defaultValue: nil))
        continue
      }
      guard let spec = v.objectValue, let from = spec.string("from") else { throw bad("field '\(key)' needs a template or {\"from\": ...}") }
      for k in spec.keys where !["from", "type", "map", "optional", "default"].contains(k) {
        throw bad("field '\(key)': unknown key '\(k)'")
      }
      guard let type = FieldType(rawValue: spec.string("type") ?? "string") else { throw bad("field '\(key)': unknown type") }
      var map: [String: String]?
      if let m = spec["map"]?.objectValue {
        map = [:]
        var folded: [String: String] = [:]
        for (a, b) in m {
          guard let s = b.stringValue else { throw bad("field '\(key)': map values are strings") }
          if let other = folded[a.lowercased()], map![other] != s {
            throw bad("field '\(key)': map keys '\(other)' and '\(a)' differ only in case but map to different values")
          }
          folded[a.lowercased()] = a
          map![a] = s
        }
      }
      fields.append(Field(name: key, template: from, type: type, map: map, optional: spec["optional"]?.boolValue ?? false, defaultValue: spec.string("default")))
    }
    guard fields.contains(where: { $0.name == "id" }) else { throw bad("no 'id' field: rows need stable ids so a rerun adds nothing") }
    return CSVProfile(name: name, description: o.string("description"), kind: kind, dateFormat: dateFormat, fields: fields)
  }

  static func columns(in template: String) -> [String] {
    var out: [String] = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      out.append(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return out
  }
}
