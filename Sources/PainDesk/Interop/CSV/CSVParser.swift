import Foundation

/// RFC 4180 CSV: comma-separated fields, double-quoted fields with `""` for a quote and
/// embedded commas and line breaks, CRLF or LF records. A UTF-8 BOM is skipped. Errors
/// name the row (1 = the header) and the column. `CSVRowScanner` does the reading.
public enum CSVParser {
  /// The longest field, and so the most memory one row of a streamed file holds.
  public static let maxFieldBytes = 1 << 20
  public static let maxRows = 5_000_000

  public struct Table: Sendable {
    public let header: [String]
    /// Rows with their row numbers (the header is row 1; a row spanning lines counts once).
    public let rows: [(number: Int, fields: [String])]
  }

  /// Bytes in memory as a whole table.
  public static func parse(_ bytes: [UInt8], file: String) throws(ToolkitError) -> Table {
    var header: [String] = []
    var rows: [(Int, [String])] = []
    let keep: CSVRowScanner.Row = { number, fields in
      if number == 1 { header = fields } else { rows.append((number, fields)) }
    }
    var scanner = CSVRowScanner(file: file)
    try bytes.withUnsafeBufferPointer { (b) throws(ToolkitError) in try scanner.feed(b, keep) }
    try scanner.finish(keep)
    return Table(header: header, rows: rows)
  }

  /// The rows of a file (plain or gzip) as they are read, the header (number 1) first,
  /// holding one row at a time, until `body` returns false.
  public static func forEachRow(
    _ path: String, maxBytes: Int, _ body: (_ number: Int, _ fields: [String]) throws(ToolkitError) -> Bool
  ) throws(ToolkitError) {
    var scanner = CSVRowScanner(file: path)
    var going = true
    func row(_ number: Int, _ fields: [String]) throws(ToolkitError) {
      if going { going = try body(number, fields) }
    }
    try InteropFile.forEachChunk(path, maxBytes: maxBytes) { (chunk) throws(ToolkitError) -> Bool in
      try scanner.feed(chunk, row)
      return going
    }
    if going { try scanner.finish(row) }
  }
}
