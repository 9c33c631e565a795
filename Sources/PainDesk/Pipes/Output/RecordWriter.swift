/// Writes records in one `OutputFormat`. NDJSON streams a line per record in canonical
/// JSON; the other formats need every record (column widths, a closing bracket) and print
/// at `finish()`. Columns for CSV and tables: the ones the user picked (`--columns`), else
/// the ones the tool names, else `kind`, `id`, then every other key in order of first
/// appearance, so CSV and table shapes are stable for a given input; an object-valued
/// column becomes its dotted leaves (`contacts.phone`). Trailing columns (dotted paths
/// into a nested object, e.g. the contact columns) follow them, always, and their object
/// is then not shown otherwise. An empty result is the header row in CSV and "no rows" in
/// a table. Tables show `*_cents` columns as dollars and fit `width`; NDJSON, JSON and CSV
/// keep every value as it is.
public final class RecordWriter {
  public let format: OutputFormat
  private let sink: ByteSink
  private let columns: [String]?
  private let trailingColumns: [String]
  /// The user's choice of columns (`--columns`), in the order given.
  public var selectedColumns: [String]?
  /// The terminal's width for tables; nil: no limit.
  public var width: Int?
  private let color: Bool
  private var held: [JSONObject] = []
  private var line: [UInt8] = []
  /// How many records were written (or held for `finish`).
  public private(set) var count = 0

  public init(format: OutputFormat, sink: ByteSink, columns: [String]? = nil, trailingColumns: [String] = [], color: Bool = false) {
    self.format = format
    self.sink = sink
    self.columns = columns
    self.trailingColumns = trailingColumns
    self.color = color
    line.reserveCapacity(1024)
  }

  public func write(_ record: JSONObject) {
    count += 1
    switch format {
    case .ndjson:
      line.removeAll(keepingCapacity: true)
      JSONWriter.write(.object(record), into: &line)
      line.append(0x0A)
      sink.write(line)
    default:
      held.append(record)
    }
  }

  /// A stored record with members set: spliced as bytes for NDJSON, else as `write(_:)`.
  public func write(_ record: PatchedRecord) throws(ToolkitError) {
    guard format == .ndjson else { return write(try record.object()) }
    count += 1
    line.removeAll(keepingCapacity: true)
    try record.write(into: &line)
    line.append(0x0A)
    sink.write(line)
  }

  public func finish() throws(ToolkitError) {
    switch format {
    case .ndjson: break
    case .json:
      var out: [UInt8] = [UInt8(ascii: "[")]
      for (k, r) in held.enumerated() {
        if k > 0 { out.append(contentsOf: ",\n".utf8) }
        JSONWriter.write(.object(r), into: &out)
      }
      out.append(contentsOf: "]\n".utf8)
      sink.write(out)
    case .csv:
      let cols = resolvedColumns()
      sink.write(CSVFormat.row(cols))
      for r in held { sink.write(CSVFormat.row(cols.map { TextCell.text(FlatRecord.value(r, $0)) })) }
    case .table:
      guard !held.isEmpty else {
        sink.write("no rows\n")
        break
      }
      let cols = resolvedColumns()
      let rows = held.map { r in cols.map { TextCell.tableText(FlatRecord.value(r, $0), column: $0) } }
      sink.write(TableFormat.render(columns: cols.map(TextCell.tableHeader), rows: rows, color: color, width: width))
    }
    held.removeAll()
    try sink.flush()
  }

  private func resolvedColumns() -> [String] {
    if let selectedColumns { return selectedColumns }
    if let columns { return FlatRecord.expand(columns, over: held) + trailingColumns }
    // A nested object shown by its trailing columns is not a column of its own.
    let shownByTrailing = Set(trailingColumns.compactMap { $0.split(separator: ".").first.map(String.init) })
    var seen = Set<String>()
    var cols: [String] = []
    for key in ["kind", "id"] where held.contains(where: { $0[key] != nil }) {
      cols.append(key)
      seen.insert(key)
    }
    for r in held {
      for key in FlatRecord.columns(r) where !seen.contains(key) {
        if let top = key.split(separator: ".").first, shownByTrailing.contains(String(top)) { continue }
        seen.insert(key)
        cols.append(key)
      }
    }
    return cols + trailingColumns
  }
}

/// RFC 4180 CSV: fields quoted when they hold a comma, quote, CR or LF; CRLF line ends are
/// not used (Unix tools), `\n` ends each row.
public enum CSVFormat {
  public static func row(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\n"
  }

  static func field(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
