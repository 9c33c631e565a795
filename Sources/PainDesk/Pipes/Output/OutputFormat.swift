/// How a tool prints records: `table` for a person at a terminal (the default there),
/// `ndjson` for pipes (the default otherwise), `csv` for spreadsheets and report scripts,
/// `json` for one array. Later tools add formats (e.g. `html`) beside these.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table, ndjson, csv, json

  /// `table` when stdout is a terminal, else `ndjson` (design.md §2).
  public static func defaultFor(stdoutIsTerminal: Bool) -> OutputFormat {
    stdoutIsTerminal ? .table : .ndjson
  }
}
