import Foundation

/// Maps the rows of one CSV file to records through a profile. Made from the header, it
/// fails there if a column the profile reads is missing; then each row is one record, or
/// an error naming its row and column.
struct CSVRowMapper {
  let profile: CSVProfile
  let file: String
  /// Each header name's first column.
  let index: [String: Int]
  /// Columns of optional fields the header lacks: those fields are left out or defaulted.
  let missingOptionalColumns: [String]

  init(profile: CSVProfile, header: [String], file: String) throws(ToolkitError) {
    var index: [String: Int] = [:]
    for (k, name) in header.enumerated() where index[name] == nil { index[name] = k }
    try CSVImport.requireColumns(profile: profile, found: index, headerCount: header.count, file: file)
    missingOptionalColumns = profile.optionalColumns.filter { index[$0] == nil }
    self.profile = profile
    self.file = file
    self.index = index
  }

  func map(_ row: [String], number: Int) throws(ToolkitError) -> JSONObject {
    var o = JSONObject()
    o["kind"] = .string(profile.kind.rawValue)
    for f in profile.fields {
      func fail(_ m: String) -> ToolkitError {
        let where_ = f.columns.first.map { "column '\($0)'" } ?? "field '\(f.name)'"
        return ToolkitError(.dataError, "\(file): row \(number), \(where_): \(m)")
      }
      // A column missing from the header (allowed for optional fields) reads as empty.
      func value(_ column: String) -> String {
        guard let k = index[column], k < row.count else { return "" }
        return row[k].trimmingCharacters(in: .whitespaces)
      }
      var text = f.template
      for c in f.columns { text = text.replacingOccurrences(of: "{\(c)}", with: value(c)) }
      let allEmpty = !f.columns.isEmpty && f.columns.allSatisfy { value($0).isEmpty }
      if allEmpty {
        if let d = f.defaultValue { text = d } else if f.optional { continue } else { throw fail("empty; '\(f.name)' is required") }
      }
      if let map = f.map {
        guard let m = f.mapped(text) else { throw fail("value not in the profile's map for '\(f.name)' (\(map.keys.sorted().joined(separator: ", ")))") }
        text = m
      }
      switch f.type {
      case .string: o[f.name] = .string(text)
      case .int:
        guard let v = Int64(text.trimmingCharacters(in: .whitespaces)) else { throw fail("not a whole number") }
        o[f.name] = .int(v)
      case .number:
        guard let v = Double(text.trimmingCharacters(in: .whitespaces)), v.isFinite else { throw fail("not a finite number") }
        o[f.name] = JSONValue.number(v)
      case .cents:
        guard let v = CSVValues.cents(text) else { throw fail("not an amount of money") }
        o[f.name] = .int(v)
      case .date:
        guard let v = CSVValues.date(text, format: profile.dateFormat) else { throw fail("not a date (\(profile.dateFormat))") }
        o[f.name] = .string(v)
      case .datetime:
        guard let v = CSVValues.dateTime(text, format: profile.dateFormat) else { throw fail("not a date and time (\(profile.dateFormat) HH:MM)") }
        o[f.name] = .string(v)
      case .list:
        let items = text.split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        o[f.name] = .array(items.map { .string($0) })
      case .bool:
        switch text.lowercased() {
        case "true", "yes", "y", "1": o[f.name] = .bool(true)
        case "false", "no", "n", "0": o[f.name] = .bool(false)
        default: throw fail("not yes or no")
        }
      }
    }
    let issues = RecordValidator.validate(o)
    if let first = issues.first {
      // Name the column the failing field came from.
      let top = String(first.field.prefix { $0 != "." && $0 != "[" })
      let column = profile.fields.first { $0.name == top }?.columns.first
      let id = o.string("id").map { " '\($0)'" } ?? ""
      throw ToolkitError(
        .dataError,
        "\(file): row \(number)\(column.map { ", column '\($0)'" } ?? ""): \(profile.kind.rawValue)\(id): \(issues.prefix(3).map(\.message).joined(separator: "; "))")
    }
    return o
  }
}
