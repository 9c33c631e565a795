import Foundation
import GRDB
import Testing

@testable import PainDesk

/// Ledgers made by an earlier version open, migrate and keep their history.
@Suite("migrations") struct MigrationTests {
  /// A ledger file at schema `upTo`, holding `records` written as the importer of that
  /// version wrote them.
  private func oldLedger(upTo migration: String, records: [JSONObject]) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("ledger.sqlite").path
    let queue = try DatabaseQueue(path: path)
    try LedgerMigrations.migrator.migrate(queue, upTo: migration)
    try writeAsV1(records, into: queue)
    try queue.close()
    return path
  }

  /// The later migrations fill their typed columns with SQL from each record; verify
  /// recomputes them as the importer does (StateValues), so the two must agree on every
  /// kind, JSON columns included.
  @Test func columnsAMigrationFilledPassVerify() throws {
    let stored = try RecordFixtures.valid.map(\.record).filter { r in
      r.string("kind").flatMap(RecordKind.init(name:))?.isStored ?? false
    }
    let ledger = try Ledger.open(path: try oldLedger(upTo: "v2-meta", records: stored))
    let report = try ledger.verify()
    #expect(report.isSound, "\(report.problems)")
  }

  @Test func v3RebuildsEventsWithoutTheUniqueHashIndex() throws {
    let path = try oldLedger(upTo: "v2-meta", records: [provider, patient])
    let before = try DatabaseQueue(path: path).read { db in
      try Row.fetchAll(db, sql: "PRAGMA index_list(events)").filter { ($0["unique"] as Int) == 1 }.count
    }
    #expect(before == 1)

    let ledger = try Ledger.open(path: path)
    let (unique, triggers, events) = try ledger.read { db in
      (
        try Row.fetchAll(db, sql: "PRAGMA index_list(events)").filter { ($0["unique"] as Int) == 1 }.count,
        try Int.fetchOne(
          db,
          sql: "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events' AND name LIKE 'events_are_append_only_%'")!,
        try Int.fetchOne(db, sql: "SELECT count(*) FROM events")!
      )
    }
    #expect(unique == 0)
    #expect(triggers == 2)
    #expect(events == 2)
    // The history is the same history: the chain still proves every event.
    #expect(try ledger.verify().isSound)
    #expect(try ledger.records(of: .patient) == [patient])
    // Still append-only, and the chain goes on from the old tip.
    #expect(throws: ToolkitError.self) { try ledger.writeBatch { db in try db.execute(sql: "DELETE FROM events") } }
    var changed = patient
    changed["phone"] = "555-0100"
    let s = try importRecords(ledger, [changed])
    #expect(s.totals.updated == 1)
    #expect(try ledger.head()?.seq == 3)
    #expect(try ledger.verify().isSound)
  }
}
