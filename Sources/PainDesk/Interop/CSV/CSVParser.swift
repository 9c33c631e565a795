import Foundation

/// RFC 4180 CSV: comma-separated fields, double-quoted fields with `""` for a quote and
/// embedded commas and line breaks, CRLF or LF records. A UTF-8 BOM is skipped. Errors
/// name the row (1 = the header) and the column.
public enum CSVParser {
  public static let maxFieldBytes = 1 << 20
  public static let maxRows = 5_000_000

  public struct Table: Sendable {
    public let header: [String]
    /// Rows with their row numbers (the header is row 1; a row spanning lines counts once).
    public let rows: [(number: Int, fields: [String])]
  }

  public static func parse(_ bytes: [UInt8], file: String) throws(ToolkitError) -> Table {
    var k = bytes.starts(with: [0xef, 0xbb, 0xbf]) ? 3 : 0
    var records: [[String]] = []
    var field: [UInt8] = []
    var fields: [String] = []
    var quoted = false
    var afterQuote = false
    func fail(_ m: String) -> ToolkitError { ToolkitError(.dataError, "\(file): row \(records.count + 1), column \(fields.count + 1): \(m)") }
    func endField() { fields.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true); afterQuote = false }
    func endRecord() {
      endField()
      if !(fields.count == 1 && fields[0].isEmpty) { records.append(fields) }
      fields = []
    }
    while k < bytes.count {
      let b = bytes[k]
      if quoted {
        if b == 0x22 {
          if k + 1 < bytes.count && bytes[k + 1] == 0x22 { field.append(0x22); k += 2; continue }
          quoted = false
          afterQuote = true
        } else {
          field.append(b)
        }
      } else {
        switch b {
        case 0x22:
          guard field.isEmpty && !afterQuote else { throw fail("a quote inside an unquoted field") }
          quoted = true
        case 0x2c: endField()
        case 0x0d where k + 1 < bytes.count && bytes[k + 1] == 0x0a: break
        case 0x0a, 0x0d:
          endRecord()
          guard records.count <= maxRows else { throw fail("more than \(maxRows) rows") }
        default:
          guard !afterQuote else { throw fail("text after a closing quote") }
          field.append(b)
        }
      }
      guard field.count <= maxFieldBytes else { throw fail("a field longer than \(maxFieldBytes) bytes") }
      k += 1
    }
    if quoted { throw fail("a quoted field is not closed (the file is truncated)") }
    if !field.isEmpty || !fields.isEmpty || afterQuote { endRecord() }
    guard let header = records.first else { throw ToolkitError(.dataError, "\(file): empty (no header row)") }
    let names = header.map { $0.trimmingCharacters(in: .whitespaces) }
    var rows: [(Int, [String])] = []
    for (n, r) in records.dropFirst().enumerated() {
      guard r.count == names.count else {
        throw ToolkitError(.dataError, "\(file): row \(n + 2): \(r.count) fields; the header has \(names.count)")
      }
      rows.append((n + 2, r))
    }
    return Table(header: names, rows: rows)
  }
}
