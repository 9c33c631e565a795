import Foundation

/// `paindesk import --from csv --profile P FILE...`: one record per row through a profile.
/// A profile column missing from the header fails before any row is read; a value that does
/// not convert fails with its row and column; the records are then checked as any import.
/// Files are read, mapped and imported a row at a time, as one all-or-nothing batch.
public enum CSVImport {
  public static func run(paths: [String], profile: CSVProfile, ledger: Ledger, options: RecordImporter.Options) throws(ToolkitError) -> (ImportSummary, InteropSummary) {
    var interop = InteropSummary()
    var mapped = 0
    let summary = try RecordImporter(ledger: ledger, options: options).run { (emit) throws(ToolkitError) in
      for path in paths {
        var mapper: CSVRowMapper?
        var going = true
        try CSVParser.forEachRow(path, maxBytes: 1 << 30) { (number, fields) throws(ToolkitError) -> Bool in
          guard let m = mapper else {
            let made = try CSVRowMapper(profile: profile, header: fields, file: path)
            for c in made.missingOptionalColumns {
              interop.warnings.append("\(path): no column '\(c)' in the header: profile '\(profile.name)' leaves its optional field out or uses its default")
            }
            mapper = made
            return true
          }
          interop.read["\(profile.name) rows", default: 0] += 1
          let record = try m.map(fields, number: number)
          mapped += 1
          going = try emit(record, path, number)
          return going
        }
        if !going { return }
      }
    }
    interop.mapped[profile.kind.rawValue] = mapped
    return (summary, interop)
  }

  /// Every column a required field reads must be in the header. The error names all the
  /// missing columns at once (the profile's names) and how many columns the header has, never the header's
  /// text: in a headerless file, or one for another profile, the first row is a patient's
  /// name, date of birth and phone.
  static func requireColumns(profile: CSVProfile, found index: [String: Int], headerCount: Int, file: String) throws(ToolkitError) {
    let missing = profile.requiredColumns.filter { index[$0] == nil }
    guard !missing.isEmpty else { return }
    let names = missing.map { "'\($0)'" }.joined(separator: ", ")
    throw ToolkitError(
      .dataError,
      "\(file): the header row (\(headerCount) column\(headerCount == 1 ? "" : "s")) lacks \(missing.count) column\(missing.count == 1 ? "" : "s") that profile '\(profile.name)' reads: \(names); the first row must be that profile's header\(ShippedProfiles.all[profile.name] == nil ? "" : " (see: paindesk import --profile \(profile.name) --show)")")
  }

  public static func map(_ table: CSVParser.Table, profile: CSVProfile, file: String) throws(ToolkitError) -> [JSONObject] {
    let mapper = try CSVRowMapper(profile: profile, header: table.header, file: file)
    var out: [JSONObject] = []
    for (number, row) in table.rows { out.append(try mapper.map(row, number: number)) }
    return out
  }
}
