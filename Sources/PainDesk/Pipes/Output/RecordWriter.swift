/// Writes records in one `OutputFormat`. NDJSON streams a line per record in canonical
/// JSON; the other formats need every record (column widths, a closing bracket) and print
/// at `finish()`. Columns: the ones the tool names, else `kind`, `id`, then every other
/// key in order of first appearance, so CSV and table shapes are stable for a given input.
/// Trailing columns follow them, always: dotted paths into a nested object
/// (`contacts.phone`), whose object is then not shown as a column of its own.
public final class RecordWriter {
  public let format: OutputFormat
  private let sink: ByteSink
  private let columns: [String]?
  private let trailingColumns: [String]
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
      for r in held { sink.write(CSVFormat.row(cols.map { TextCell.text(RecordWriter.cell(r, $0)) })) }
    case .table:
      let cols = resolvedColumns()
      sink.write(TableFormat.render(columns: cols, rows: held.map { r in cols.map { TextCell.text(RecordWriter.cell(r, $0)) } }, color: color))
    }
    held.removeAll()
    try sink.flush()
  }

  /// A column's value: the member of that name, else the dotted path into nested objects.
  static func cell(_ record: JSONObject, _ column: String) -> JSONValue? {
    if let v = record[column] { return v }
    var path = column.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard path.count > 1 else { return nil }
    var value: JSONValue? = .object(record)
    while !path.isEmpty, let object = value?.objectValue { value = object[path.removeFirst()] }
    return path.isEmpty ? value : nil
  }

  private func resolvedColumns() -> [String] {
    if let columns { return columns + trailingColumns }
    // A nested object shown by its trailing columns is not a column of its own.
    var seen = Set(trailingColumns.compactMap { $0.split(separator: ".").first.map(String.init) })
    var cols: [String] = []
    for key in ["kind", "id"] where held.contains(where: { $0[key] != nil }) {
      cols.append(key)
      seen.insert(key)
    }
    for r in held {
      for key in r.keys where !seen.contains(key) {
        seen.insert(key)
        cols.append(key)
      }
    }
    return cols + trailingColumns
  }
}

/// How a JSON value reads in a CSV or table cell: strings as they are, nested values as
/// canonical JSON, null and absent as empty.
public enum TextCell {
  public static func text(_ v: JSONValue?) -> String {
    switch v {
    case .none, .some(.null): return ""
    case .some(.string(let s)): return s
    case .some(let other): return JSONWriter.canonical(other)
    }
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
