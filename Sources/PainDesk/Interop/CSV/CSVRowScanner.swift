/// RFC 4180 CSV read incrementally: bytes go in by `feed` in chunks of any size (a quoted
/// field, an escaped quote, a CRLF or the UTF-8 BOM may be split anywhere) and each record
/// comes out as soon as it ends, so memory is bounded by one record, not by the file.
/// Row 1 is the header (its names trimmed); every later row must have as many fields.
/// Errors name the row (1 = the header; blank lines do not count) and the column.
public struct CSVRowScanner {
  public typealias Row = (_ number: Int, _ fields: [String]) throws(ToolkitError) -> Void

  public let file: String
  private var field: [UInt8] = []
  private var fields: [String] = []
  private var quoted = false
  private var afterQuote = false
  /// A quote inside a quoted field: the next byte tells `""` from the closing quote.
  private var quoteInQuoted = false
  /// The first bytes, held until they show whether the file starts with a BOM.
  private var lead: [UInt8]? = []
  private var records = 0
  private var columns = 0

  public init(file: String) { self.file = file }

  public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ row: Row) throws(ToolkitError) {
    var rest = bytes[...]
    if var held = lead {
      while held.count < 3, let b = rest.first, b == Self.bom[held.count] {
        held.append(b)
        rest = rest.dropFirst()
      }
      if held.count < 3 && rest.isEmpty {
        lead = held
        return
      }
      lead = nil
      if held.count < 3 { for b in held { try step(b, row) } }
    }
    for b in rest { try step(b, row) }
  }

  /// Ends the input: the last record may lack its line break; a quoted field left open
  /// means the file was cut short.
  public mutating func finish(_ row: Row) throws(ToolkitError) {
    if let held = lead {
      lead = nil
      if held.count < 3 { for b in held { try step(b, row) } }
    }
    if quoteInQuoted {
      quoteInQuoted = false
      quoted = false
      afterQuote = true
    }
    if quoted { throw fail("a quoted field is not closed (the file is truncated)") }
    if !field.isEmpty || !fields.isEmpty || afterQuote { try endRecord(row) }
    guard records > 0 else { throw ToolkitError(.dataError, "\(file): empty (no header row)") }
  }

  private static let bom: [UInt8] = [0xef, 0xbb, 0xbf]

  private func fail(_ m: String) -> ToolkitError {
    ToolkitError(.dataError, "\(file): row \(records + 1), column \(fields.count + 1): \(m)")
  }

  private mutating func step(_ b: UInt8, _ row: Row) throws(ToolkitError) {
    if quoteInQuoted {
      quoteInQuoted = false
      if b == 0x22 {
        field.append(0x22)
        return
      }
      quoted = false
      afterQuote = true
    }
    if quoted {
      if b == 0x22 { quoteInQuoted = true } else { field.append(b) }
    } else {
      switch b {
      case 0x22:
        guard field.isEmpty && !afterQuote else { throw fail("a quote inside an unquoted field") }
        quoted = true
      case 0x2c: endField()
      case 0x0a, 0x0d:
        // The LF of a CRLF ends an empty record, which is passed over as a blank line.
        try endRecord(row)
        guard records <= CSVParser.maxRows else { throw fail("more than \(CSVParser.maxRows) rows") }
      default:
        guard !afterQuote else { throw fail("text after a closing quote") }
        field.append(b)
      }
    }
    guard field.count <= CSVParser.maxFieldBytes else { throw fail("a field longer than \(CSVParser.maxFieldBytes) bytes") }
  }

  private mutating func endField() {
    fields.append(String(decoding: field, as: UTF8.self))
    field.removeAll(keepingCapacity: true)
    afterQuote = false
  }

  /// Hands the record on, unless the line was blank.
  private mutating func endRecord(_ row: Row) throws(ToolkitError) {
    endField()
    let record = fields
    fields = []
    if record.count == 1 && record[0].isEmpty { return }
    records += 1
    if records == 1 {
      columns = record.count
      try row(1, record.map { $0.trimmingCharacters(in: .whitespaces) })
      return
    }
    guard record.count == columns else {
      throw ToolkitError(.dataError, "\(file): row \(records): \(record.count) fields; the header has \(columns)")
    }
    try row(records, record)
  }
}
