import Foundation
import GRDB
import Testing

@testable import PainDesk

/// Writes `records` into a ledger at `v1-initial` as the importer of that version wrote
/// them: an event each, and the state row with only the v1 columns.
func writeAsV1(_ records: [JSONObject], into queue: DatabaseQueue) throws {
  try queue.inTransaction { db in
    let writer = try EventWriter(db: db, at: "2026-01-02T03:04:05Z", actor: "old", tool: "paindesk import")
    for r in records {
      let kind = RecordKind(name: r.string("kind")!)!
      let bytes = JSONWriter.canonicalBytes(.object(r))
      let seq = try writer.append(action: "add", kind: kind, id: r.string("id")!, record: bytes)
      let table = StateTables.v1.first { $0.kind == kind }!
      let names = table.columns.map { LedgerMigrations.quoted($0.name) }
      let values = table.columns.map { "json_extract(?3, '$.\($0.path.joined(separator: "."))')" }
      try db.execute(
        sql: "INSERT INTO \(LedgerMigrations.quoted(kind.rawValue)) (id, seq, record, \(names.joined(separator: ", "))) VALUES (?1, ?2, ?3, \(values.joined(separator: ", ")))",
        arguments: [r.string("id")!, seq, String(decoding: bytes, as: UTF8.self)])
    }
    return .commit
  }
}

/// The frozen migrations: every step migrates a ledger holding records from its
/// predecessor, and a ledger made before they were frozen opens and verifies.
@Suite("migration steps") struct MigrationStepTests {
  /// The stored records of the valid fixtures, written at `v1-initial` as the importer of
  /// that version wrote them (events, and the state rows' v1 columns).
  static func seeded(upTo migration: String) throws -> DatabaseQueue {
    let queue = try DatabaseQueue()
    try LedgerMigrations.migrator.migrate(queue, upTo: LedgerMigrations.first)
    let records = try RecordFixtures.valid.map(\.record).filter { r in
      r.string("kind").flatMap(RecordKind.init(name:))?.isStored ?? false
    }
    try writeAsV1(records, into: queue)
    try LedgerMigrations.migrator.migrate(queue, upTo: migration)
    return queue
  }

  static func schema(_ db: Database) throws -> [String: String] {
    Dictionary(
      uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT name, ifnull(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        .map { ($0[0] as String, $0[1] as String) })
  }

  static let events = "SELECT seq, hash FROM events ORDER BY seq"

  @Test(arguments: Array(LedgerMigrations.steps.indices.dropFirst()))
  func stepMigratesFromItsPredecessor(_ k: Int) throws {
    let step = LedgerMigrations.steps[k]
    let queue = try Self.seeded(upTo: LedgerMigrations.steps[k - 1].id)
    let (schemaBefore, eventsBefore) = try queue.read { db in
      (try Self.schema(db), try Row.fetchAll(db, sql: Self.events).map(\.description))
    }
    #expect(eventsBefore.count > 20)
    try LedgerMigrations.migrator.migrate(queue, upTo: step.id)
    try queue.read { db in
      #expect(try LedgerMigrations.migrator.appliedIdentifiers(db).contains(step.id))
      #expect(try Self.schema(db) != schemaBefore, "\(step.id) changed nothing")
      #expect(try Row.fetchAll(db, sql: Self.events).map(\.description) == eventsBefore)
      #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
      #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
      // The schema is the one a new ledger gets at this step, and the typed columns the
      // step filled hold what the importer takes out of each record.
      var report = VerifyReport()
      let ledgerless = try Ledger.create(path: FileManager.default.temporaryDirectory.appendingPathComponent("l-\(UUID().uuidString).sqlite").path)
      try ledgerless.verifySchema(db, into: &report)
      try ledgerless.verifyStateColumns(db, into: &report)
      #expect(report.problems.isEmpty, "\(step.id): \(report.problems)")
    }
  }

  /// After the last step the ledger is sound as `paindesk verify` sees it: summaries
  /// included.
  @Test func theLastStepGivesASoundLedger() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("l-\(UUID().uuidString).sqlite").path
    let queue = try Self.seeded(upTo: LedgerMigrations.steps.last!.id)
    try queue.backup(to: try DatabaseQueue(path: path))
    let report = try Ledger.open(path: path).verify()
    #expect(report.isSound, "\(report.problems)")
  }

  /// A ledger made before the migrations were frozen (its SQL dump, made with
  /// `sqlite3 .dump` from a ledger that `paindesk init`, `import`, `pa-status update` and
  /// `void` wrote) opens, verifies (its schema word for word what the frozen SQL makes) and
  /// takes new events.
  @Test func aLedgerMadeBeforeTheMigrationsWereFrozenOpens() throws {
    let dump = try String(contentsOf: RecordFixtures.folder.appendingPathComponent("ledger-v7.sql"), encoding: .utf8)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("l-\(UUID().uuidString).sqlite").path
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { try $0.execute(sql: dump) }
    try queue.close()
    let ledger = try Ledger.open(path: path)
    let report = try ledger.verify()
    #expect(report.isSound, "\(report.problems)")
    #expect(report.events == 42)
    var auth = try ledger.records(of: .auth).first { $0.string("id") == "auth-1" }!
    #expect(auth.string("valid_to") == "2026-05-01")
    auth["reference"] = "AFTER"
    #expect(try importRecords(ledger, [auth]).totals.updated == 1)
    #expect(try ledger.verify().isSound)
  }

  @Test func schemaSQLIsEveryObjectOfANewLedger() throws {
    let sql = try LedgerSchema.sql()
    let queue = try DatabaseQueue()
    try LedgerMigrations.migrator.migrate(queue)
    let objects = try queue.read { db in
      try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'")
    }
    #expect(objects.count > 50)
    for o in objects { #expect(sql.contains(o + ";\n")) }
    // Run as a script, it makes the same schema.
    let copy = try DatabaseQueue()
    try copy.writeWithoutTransaction { try $0.execute(sql: sql) }
    #expect(try copy.read(Self.schema) == (try queue.read(Self.schema)))
  }
}
