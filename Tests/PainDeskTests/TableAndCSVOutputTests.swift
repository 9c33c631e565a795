import Testing

@testable import PainDesk

/// Tables for a person and CSV for a spreadsheet: dotted columns for nested fields, lists
/// as "a; b", dollars in tables only, an empty result that still says so, rows that never
/// wrap on the terminal.
@Suite struct TableAndCSVOutputTests {
  func render(_ format: OutputFormat, _ records: [JSONObject], columns: [String]? = nil, selected: [String]? = nil, width: Int? = nil) throws -> String {
    let sink = ByteSink.memory()
    let w = RecordWriter(format: format, sink: sink, columns: columns)
    w.selectedColumns = selected
    w.width = width
    for r in records { w.write(r) }
    try w.finish()
    return sink.text
  }

  let call = JSONObject([
    ("kind", "recall"), ("id", "R1"), ("paid_cents", 123456),
    ("reasons", .array(["overdue visit", "UDS due"])),
    ("contacts", .object(JSONObject([("phone", "555-0100"), ("channel", "sms")]))),
  ])

  @Test func csvFlattensObjectsToDottedColumnsAndJoinsLists() throws {
    let out = try render(.csv, [call])
    // Records keep their keys in canonical (sorted) order; kind and id come first.
    #expect(out == "kind,id,contacts.channel,contacts.phone,paid_cents,reasons\nrecall,R1,sms,555-0100,123456,overdue visit; UDS due\n")
  }

  @Test func aToolColumnNamingAnObjectBecomesItsLeaves() throws {
    let out = try render(.csv, [call], columns: ["id", "contacts"])
    #expect(out == "id,contacts.channel,contacts.phone\nR1,sms,555-0100\n")
  }

  @Test func selectedColumnsPickAndOrder() throws {
    let out = try render(.csv, [call], columns: ["id", "kind"], selected: ["contacts.phone", "id", "missing"])
    #expect(out == "contacts.phone,id,missing\n555-0100,R1,\n")
  }

  @Test func tablesShowDollarsUnderANameWithoutCents() throws {
    let out = try render(.table, [call], columns: ["id", "paid_cents"])
    #expect(out == "ID  PAID\nR1  $1,234.56\n")
    // NDJSON and CSV keep whole cents for scripts.
    #expect(try render(.csv, [call], columns: ["paid_cents"]) == "paid_cents\n123456\n")
  }

  @Test(arguments: [(Int64(0), "$0.00"), (5, "$0.05"), (-500, "-$5.00"), (100_000_000, "$1,000,000.00"), (Int64.min, "-$92,233,720,368,547,758.08")])
  func dollars(_ cents: Int64, _ text: String) {
    #expect(TextCell.dollars(cents) == text)
  }

  @Test func emptyResultsStillSaySo() throws {
    #expect(try render(.csv, [], columns: ["id", "patient_id"]) == "id,patient_id\n")
    #expect(try render(.table, [], columns: ["id"]) == "no rows\n")
    #expect(try render(.ndjson, [], columns: ["id"]) == "")
  }

  /// A row never wraps: the widest column is cut with an ellipsis, then the last columns
  /// go; the first column is cut last.
  @Test func tablesFitTheWidth() throws {
    let long = String(repeating: "x", count: 40)
    let r = JSONObject([("id", "A0002-denial-1"), ("note", .string(long)), ("status", "missed"), ("rule", .string(long))])
    let out = try render(.table, [r], columns: ["id", "note", "status", "rule"], width: 40)
    let lines = out.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 40 }, "\(out)")
    #expect(lines[1].hasPrefix("A0002-denial-1  "), "\(out)")
    #expect(lines[1].contains("…"))
    #expect(!lines[0].contains("RULE") && lines[0].contains("STATUS"), "\(out)")
    // Without a width nothing is dropped.
    #expect(try render(.table, [r], columns: ["id", "note", "status", "rule"]).contains("RULE"))
  }

  @Test func fitNeverLoopsOnEqualColumns() {
    var w = [20, 20, 20]
    #expect(TableFormat.fit(&w, into: 44) == 3)
    #expect(w.reduce(0, +) + 4 <= 44)
    var narrow = [12, 12, 12]
    #expect(TableFormat.fit(&narrow, into: 20) == 1)
  }
}
