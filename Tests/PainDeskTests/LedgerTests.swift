import Foundation
import Testing

@testable import PainDesk

/// A new ledger in a temporary folder.
func makeLedger() throws -> Ledger {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString)")
  return try Ledger.create(path: dir.appendingPathComponent("ledger.sqlite").path)
}

func object(_ text: String) -> JSONObject { try! JSONParser.parse(text).objectValue! }

let provider = object(#"{"kind":"provider","id":"DR1","npi":"1234567893","given_name":"A","family_name":"B","role":"physician"}"#)
let patient = object(#"{"kind":"patient","id":"P1","given_name":"C","family_name":"D","dob":"1960-01-01","sex":"male","state":"TX","status":"active","provider_id":"DR1"}"#)

func importRecords(_ ledger: Ledger, _ records: [JSONObject], dryRun: Bool = false, skipBad: Bool = false) throws -> ImportSummary {
  let importer = RecordImporter(
    ledger: ledger, options: .init(actor: "test", tool: "test", at: "2026-11-29T12:00:00Z", dryRun: dryRun, skipBad: skipBad))
  return try importer.run(records: records, source: "test")
}

@Suite("ledger") struct LedgerTests {
  @Test func canonicalEventMatchesTheWriter() {
    let e = EventFields(
      seq: 3, at: "2026-01-01T00:00:00Z", actor: "va \"one\"", tool: "paindesk import", action: "add", kind: "patient",
      recordID: "P1", record: JSONWriter.canonicalBytes(.object(patient)))
    var o = JSONObject()
    o["seq"] = .int(3)
    o["at"] = "2026-01-01T00:00:00Z"
    o["actor"] = "va \"one\""
    o["tool"] = "paindesk import"
    o["action"] = "add"
    o["kind"] = "patient"
    o["record_id"] = "P1"
    o["record"] = .object(patient)
    #expect(EventHash.canonicalEvent(e) == JSONWriter.canonicalBytes(.object(o)))
  }

  @Test func eventHashIsTheHashOfThePreviousHashAndTheCanonicalEvent() {
    let e = EventFields(
      seq: 12_345, at: "2026-01-01T00:00:00Z", actor: "va \"one\"\n", tool: "paindesk import", action: "update",
      kind: "patient", recordID: "P\u{1}1", record: JSONWriter.canonicalBytes(.object(patient)))
    let previous = String(repeating: "ab", count: 32)
    #expect(EventHash.hash(previous: previous, event: e) == EventHash.sha256Hex(Array(previous.utf8) + EventHash.canonicalEvent(e)))
    #expect(EventHash.hash(previous: EventHash.genesis, event: e) != EventHash.hash(previous: previous, event: e))
  }

  @Test func sha256OfKnownText() {
    // FIPS 180-2 test vector.
    #expect(EventHash.sha256Hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func importIsIdempotentAndUpdatesReplace() throws {
    let ledger = try makeLedger()
    var s = try importRecords(ledger, [provider, patient])
    #expect(s.totals.added == 2)
    s = try importRecords(ledger, [provider, patient])
    #expect(s.totals.unchanged == 2)
    #expect(try ledger.head()?.seq == 2)
    var changed = patient
    changed["phone"] = "555-0100"
    s = try importRecords(ledger, [changed])
    #expect(s.totals.updated == 1)
    #expect(try ledger.records(of: .patient) == [changed])
    // Clearing a field: send the record without it.
    s = try importRecords(ledger, [patient])
    #expect(try ledger.records(of: .patient) == [patient])
    #expect(try ledger.verify().isSound)
  }

  @Test func aBadRecordRollsBackTheBatch() throws {
    let ledger = try makeLedger()
    var orphan = patient
    orphan["id"] = "P2"
    orphan["provider_id"] = "NOBODY"
    let s = try importRecords(ledger, [provider, patient, orphan])
    #expect(s.rejects.count == 1)
    #expect(s.rejects[0].message.contains("'provider_id' names provider 'NOBODY'"))
    #expect(try ledger.head() == nil)
  }

  @Test func skipBadCommitsTheRest() throws {
    let ledger = try makeLedger()
    var orphan = patient
    orphan["id"] = "P2"
    orphan["provider_id"] = "NOBODY"
    let s = try importRecords(ledger, [provider, orphan, patient], skipBad: true)
    #expect(s.rejects.map(\.line) == [2])
    #expect(try ledger.head()?.seq == 2)
  }

  @Test func dryRunWritesNothing() throws {
    let ledger = try makeLedger()
    let s = try importRecords(ledger, [provider, patient], dryRun: true)
    #expect(s.totals.added == 2)
    #expect(try ledger.head() == nil)
  }

  @Test func forwardReferencesResolveInAnyOrder() throws {
    let ledger = try makeLedger()
    let s = try importRecords(ledger, [patient, provider])
    #expect(s.rejects.isEmpty)
    #expect(s.totals.added == 2)
    #expect(try ledger.verify().isSound)
  }

  @Test func voidIsAnEventAndHidesTheRecord() throws {
    let ledger = try makeLedger()
    _ = try importRecords(ledger, [provider, patient])
    #expect(try ledger.void(kind: .patient, id: "P1", reason: "test", actor: "t", tool: "t", at: "2026-11-29T12:00:00Z", dryRun: false))
    #expect(!(try ledger.void(kind: .patient, id: "P1", reason: "again", actor: "t", tool: "t", at: "2026-11-29T12:00:00Z", dryRun: false)))
    #expect(try ledger.records(of: .patient).isEmpty)
    #expect(try ledger.head()?.seq == 3)
    #expect(try ledger.verify().isSound)
    #expect(throws: ToolkitError.self) {
      try ledger.void(kind: .patient, id: "P9", reason: "x", actor: "t", tool: "t", at: "2026-11-29T12:00:00Z", dryRun: false)
    }
  }

  @Test func missingLedgerIs66() {
    do {
      _ = try Ledger.open(path: "/nonexistent/ledger.sqlite")
      Issue.record("opened a missing ledger")
    } catch {
      #expect(error.status == .noInput)
      #expect(error.message.contains("paindesk init"))
    }
  }

  @Test func eventsAreAppendOnly() throws {
    let ledger = try makeLedger()
    _ = try importRecords(ledger, [provider])
    #expect(throws: ToolkitError.self) {
      try ledger.writeBatch { db in try db.execute(sql: "DELETE FROM events") }
    }
  }

  @Test func schemaMatchesTheGoldenFile() throws {
    let ledger = try makeLedger()
    let sql = try ledger.read { db in
      try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'grdb_%' ORDER BY name")
    }
    let text = sql.joined(separator: ";\n") + ";\n"
    let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/schema.sql")
    if ProcessInfo.processInfo.environment["RECORD"] == "1" {
      try text.write(to: golden, atomically: true, encoding: .utf8)
    }
    #expect(text == (try String(contentsOf: golden, encoding: .utf8)))
  }

  @Test func newerLedgerIsRefused() throws {
    let ledger = try makeLedger()
    try ledger.writeBatch { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999-from-the-future')")
    }
    do {
      _ = try Ledger.open(path: ledger.path)
      Issue.record("opened a ledger from a newer version")
    } catch {
      #expect(error.status == .config)
    }
  }
}
