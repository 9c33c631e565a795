import Foundation

/// `paindesk import --from csv --profile P FILE...`: one record per row through a profile.
/// A profile column missing from the header fails before any row is read; a value that does
/// not convert fails with its row and column; the records are then checked as any import.
public enum CSVImport {
  public static func run(paths: [String], profile: CSVProfile, ledger: Ledger, options: RecordImporter.Options) throws(ToolkitError) -> (ImportSummary, InteropSummary) {
    var interop = InteropSummary()
    var records: [(record: JSONObject, file: String, line: Int)] = []
    for path in paths {
      let table = try CSVParser.parse(try InteropFile.read(path, maxBytes: 1 << 30), file: path)
      records += zip(try map(table, profile: profile, file: path), table.rows).map { ($0, path, $1.number) }
      interop.read["\(profile.name) rows", default: 0] += table.rows.count
    }
    interop.mapped[profile.kind.rawValue] = records.count
    let summary = try RecordImporter(ledger: ledger, options: options).run(located: records)
    return (summary, interop)
  }

  /// Every column the profile reads must be in the header. The error names the missing
  /// columns (the profile's names) and how many columns the header has, never the header's
  /// text: in a headerless file, or one for another profile, the first row is a patient's
  /// name, date of birth and phone.
  static func requireColumns(profile: CSVProfile, found index: [String: Int], headerCount: Int, file: String) throws(ToolkitError) {
    var missing: [String] = []
    for f in profile.fields {
      for c in f.columns where index[c] == nil && !missing.contains(c) { missing.append(c) }
    }
    guard !missing.isEmpty else { return }
    let names = missing.map { "'\($0)'" }.joined(separator: ", ")
    throw ToolkitError(
      .dataError,
      "\(file): the header row (\(headerCount) column\(headerCount == 1 ? "" : "s")) lacks \(missing.count) column\(missing.count == 1 ? "" : "s") that profile '\(profile.name)' reads: \(names); the first row must be that profile's header (profiles: paindesk(1), import)")
  }

  public static func map(_ table: CSVParser.Table, profile: CSVProfile, file: String) throws(ToolkitError) -> [JSONObject] {
    var index: [String: Int] = [:]
    for (k, name) in table.header.enumerated() where index[name] == nil { index[name] = k }
    try requireColumns(profile: profile, found: index, headerCount: table.header.count, file: file)
    var out: [JSONObject] = []
    for (number, row) in table.rows {
      var o = JSONObject()
      o["kind"] = .string(profile.kind.rawValue)
      for f in profile.fields {
        func fail(_ m: String) -> ToolkitError {
          let where_ = f.columns.first.map { "column '\($0)'" } ?? "field '\(f.name)'"
          return ToolkitError(.dataError, "\(file): row \(number), \(where_): \(m)")
        }
        var text = f.template
        for c in f.columns { text = text.replacingOccurrences(of: "{\(c)}", with: row[index[c]!].trimmingCharacters(in: .whitespaces)) }
        let allEmpty = !f.columns.isEmpty && f.columns.allSatisfy { row[index[$0]!].trimmingCharacters(in: .whitespaces).isEmpty }
        if allEmpty {
          if let d = f.defaultValue { text = d } else if f.optional { continue } else { throw fail("empty; '\(f.name)' is required") }
        }
        if let map = f.map {
          guard let m = map[text] else { throw fail("value not in the profile's map for '\(f.name)' (\(map.keys.sorted().joined(separator: ", ")))") }
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
      out.append(o)
    }
    return out
  }
}
