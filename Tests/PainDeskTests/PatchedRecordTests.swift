import Testing

@testable import PainDesk

/// A patched record writes exactly what parsing the stored record, setting the members and
/// writing it canonically gives (the splice is only a shortcut).
@Suite("Patched record") struct PatchedRecordTests {
  static let stored: [String] = [
    "{}",
    #"{"id":"A1","kind":"auth"}"#,
    #"{"a":1,"b":[1,{"c":"x,}]"},[]],"d":{"e":{"f":null}},"z":"\"q\\"}"#,
    #"{"age_days":3,"id":"A1","items":[{"cpt":"64483","seq":1}],"overdue":false,"status":"submitted"}"#,
    #"{"n":-1.5e-07,"t":true,"u":"café ✓","x":"tab\tnew\nline"}"#,
    #"{"z":2,"é":1}"#,
    #"{"k\"ey":1,"m":2}"#,
    #"{"only":"{\"not\":\"an object\"}"}"#,
  ]

  static let added: [JSONObject] = [
    JSONObject(),
    JSONObject([("age_days", .int(12)), ("overdue", .bool(true))]),
    JSONObject([("a", .null), ("zz", .array([.string("x")]))]),
    JSONObject([("id", .string("replaced")), ("", .int(0))]),
    JSONObject([("é", .string("replaced")), ("f", .object(JSONObject([("g", .double(0.25))])))]),
    JSONObject([("m", .int(9)), ("k\"ey", .int(8))]),
  ]

  static func expected(_ stored: String, _ added: JSONObject) throws -> [UInt8] {
    guard case .object(var o) = try JSONParser.parse(stored) else { throw ToolkitError(.software, "not an object") }
    for m in added { o[m.key] = m.value }
    return JSONWriter.canonicalBytes(.object(o))
  }

  @Test(arguments: stored)
  func splicingWritesTheCanonicalRecord(stored: String) throws {
    // The fixtures are canonical, as the ledger keeps records.
    #expect(JSONWriter.canonical(try JSONParser.parse(stored)) == stored)
    for added in Self.added {
      var out: [UInt8] = [0x2A]
      try PatchedRecord(stored: stored, added: added).write(into: &out)
      #expect(out == [0x2A] + (try Self.expected(stored, added)), "\(stored) + \(added)")
      #expect(try PatchedRecord(stored: stored, added: added).object() == (try JSONParser.parse(out.dropFirst().map { $0 }).objectValue))
    }
  }

  @Test func aStoredTextThatIsNoObjectIsADataError() {
    var out: [UInt8] = []
    #expect(throws: ToolkitError.self) { try PatchedRecord(stored: "[1]", added: JSONObject([("a", .int(1))])).write(into: &out) }
    #expect(out.isEmpty)
  }

  @Test func theRecordWriterSplicesNDJSONAndParsesForTables() throws {
    let stored = #"{"id":"A1","kind":"auth","status":"submitted"}"#
    let row = PatchedRecord(stored: stored, added: JSONObject([("overdue", .bool(true))]))
    let ndjson = ByteSink.memory()
    let w = RecordWriter(format: .ndjson, sink: ndjson)
    try w.write(row)
    try w.finish()
    #expect(ndjson.text == #"{"id":"A1","kind":"auth","overdue":true,"status":"submitted"}"# + "\n")
    let csv = ByteSink.memory()
    let c = RecordWriter(format: .csv, sink: csv, columns: ["id", "overdue"])
    try c.write(row)
    try c.finish()
    #expect(csv.text == "id,overdue\nA1,true\n")
  }
}
