import Foundation
import GRDB
import Testing

@testable import PainDesk

/// `Ledger.verify` against hand edits that no event records: typed state columns, state
/// rows, summaries and the schema; and a head saved elsewhere.
@Suite("ledger verify") struct LedgerVerifyTests {
  /// A ledger holding every valid fixture record.
  static func fixtureLedger() throws -> Ledger {
    let ledger = try makeLedger()
    let stored = try RecordFixtures.valid.map(\.record).filter { r in r.string("kind").flatMap(RecordKind.init(name:))?.isStored ?? false }
    let s = try importRecords(ledger, stored)
    #expect(s.rejects.isEmpty, "\(s.rejects.map(\.diagnostic))")
    return ledger
  }

  /// Runs `sql` as someone with sqlite3 would: foreign keys off, no checks.
  static func tamper(_ ledger: Ledger, _ sql: String) throws {
    let sqlite3 = try DatabaseQueue(path: ledger.path)
    try sqlite3.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA foreign_keys = OFF")
      try db.execute(sql: sql)
    }
    try sqlite3.close()
  }

  @Test func theFixtureLedgerIsSound() throws {
    let report = try Self.fixtureLedger().verify()
    #expect(report.isSound, "\(report.problems)")
  }

  @Test func aStatusChangedByHandIsNamedByKindIdAndColumnWithoutItsValue() throws {
    let ledger = try Self.fixtureLedger()
    try Self.tamper(ledger, "UPDATE patient SET status = 'deceased' WHERE id = 'pat-1'")
    var report = try ledger.verify()
    #expect(report.problems == ["patient 'pat-1': column 'status' does not match its record: the state was changed by hand"])
    #expect(!report.problems.joined().contains("deceased") && !report.problems.joined().contains("active"))
    try Self.tamper(ledger, "UPDATE patient SET status = 'active' WHERE id = 'pat-1'")
    try Self.tamper(ledger, "UPDATE auth SET status = 'approved' WHERE status != 'approved'")
    report = try ledger.verify()
    #expect(report.problems.count == 1 && report.problems[0].hasPrefix("auth '") && report.problems[0].contains("column 'status'"))
  }

  /// Every typed column of every state table that the fixtures fill: changed by hand to a
  /// value of its own type, verify names that table and column; put back, it is sound.
  @Test func everyTypedColumnIsChecked() throws {
    let ledger = try Self.fixtureLedger()
    var checked = 0
    for table in StateTables.v1 {
      for column in StateTables.current[table.kind]!.columns {
        let t = LedgerMigrations.quoted(table.name)
        let c = LedgerMigrations.quoted(column.name)
        guard
          let row = try ledger.read({ db in
            try Row.fetchOne(db, sql: "SELECT id, quote(\(c)) FROM \(t) ORDER BY \(c) IS NULL, id LIMIT 1")
          })
        else { continue }
        let id: String = row[0]
        let original: String = row[1]
        let other =
          column.json ? "'[\"x\"]'" : column.sqlType == "INTEGER" ? "987654321" : column.sqlType == "REAL" ? "12345.5" : "'x-changed'"
        let key = "id = '\(id.replacingOccurrences(of: "'", with: "''"))'"
        try Self.tamper(ledger, "UPDATE \(t) SET \(c) = \(other) WHERE \(key)")
        let problems = try ledger.verify().problems
        #expect(
          problems.contains("\(table.name) '\(id)': column '\(column.name)' does not match its record: the state was changed by hand"),
          "\(table.name).\(column.name): \(problems)")
        try Self.tamper(ledger, "UPDATE \(t) SET \(c) = \(original) WHERE \(key)")
        checked += 1
      }
    }
    #expect(checked > 100)
    #expect(try ledger.verify().isSound)
  }

  @Test func aStateRowWithoutItsEventIsNamed() throws {
    let ledger = try Self.fixtureLedger()
    try Self.tamper(
      ledger,
      "INSERT INTO provider (id, npi, role, seq, record) SELECT 'prov-9', npi, role, seq, replace(record, 'prov-1', 'prov-9') FROM provider WHERE id = 'prov-1'"
    )
    #expect(try ledger.verify().problems.contains("provider 'prov-9': column 'seq' of its current state does not match its events"))
  }

  @Test func aRecordOrVoidFlagChangedByHandIsNamed() throws {
    let ledger = try Self.fixtureLedger()
    try Self.tamper(ledger, "UPDATE patient SET record = replace(record, 'Janet', 'Jane') WHERE id = 'pat-1'")
    #expect(try ledger.verify().problems == ["patient 'pat-1': column 'record' of its current state does not match its events"])
    try Self.tamper(ledger, "UPDATE patient SET record = replace(record, 'Jane', 'Janet') WHERE id = 'pat-1'")
    try Self.tamper(ledger, "UPDATE patient SET voided = 1 WHERE id = 'pat-1'")
    #expect(try ledger.verify().problems == ["patient 'pat-1': column 'voided' of its current state does not match its events"])
  }

  @Test func aSummaryRowChangedByHandIsNamed() throws {
    let ledger = try Self.fixtureLedger()
    try Self.tamper(ledger, "UPDATE event_counts SET n = n + 1")
    let problems = try ledger.verify().problems
    #expect(problems.count == 1 && problems[0].hasPrefix("event_counts: "), "\(problems)")
  }

  @Test func aTriggerOrIndexChangedByHandIsNamed() throws {
    let ledger = try Self.fixtureLedger()
    try Self.tamper(ledger, "DROP TRIGGER claim_revenue_add")
    #expect(try ledger.verify().problems == ["trigger 'claim_revenue_add' is missing: someone changed the schema by hand"])
    let ledger2 = try Self.fixtureLedger()
    try Self.tamper(
      ledger2, "DROP INDEX \(PAIndexes.undecidedName); CREATE INDEX \(PAIndexes.undecidedName) ON auth(id) WHERE voided = 0")
    #expect(try ledger2.verify().problems == ["index '\(PAIndexes.undecidedName)' was changed: someone changed the schema by hand"])
    let ledger3 = try Self.fixtureLedger()
    try Self.tamper(ledger3, "CREATE TRIGGER hide AFTER INSERT ON events BEGIN SELECT 1; END")
    #expect(try ledger3.verify().problems == ["trigger 'hide' is not one the migrations made: someone changed the schema by hand"])
  }
}

/// `verify --head`: a saved head the chain reaches (now or grown since) is sound; one it
/// does not reach is told apart as cut off, rewritten or unknown.
@Suite("verify saved head") struct VerifySavedHeadTests {
  /// A ledger of the two test records, and its head after each.
  static func ledger() throws -> (Ledger, [String]) {
    let ledger = try makeLedger()
    var heads: [String] = []
    for r in [provider, patient] {
      _ = try importRecords(ledger, [r])
      heads.append(try ledger.head()!.hash)
    }
    return (ledger, heads)
  }

  @Test func parsesHashOrSeqColonHash() {
    let h = String(repeating: "ab", count: 32)
    #expect(SavedHead(parsing: h) == SavedHead(seq: nil, hash: h))
    #expect(SavedHead(parsing: "12:" + h.uppercased()) == SavedHead(seq: 12, hash: h))
    #expect(SavedHead(parsing: "12\t" + h) == SavedHead(seq: 12, hash: h))
    #expect(SavedHead(parsing: "-1:" + h) == nil)
    #expect(SavedHead(parsing: "x:" + h) == nil)
    #expect(SavedHead(parsing: "1:2:" + h) == nil)
    #expect(SavedHead(parsing: String(h.dropLast())) == nil)
    #expect(SavedHead(parsing: String(h.dropLast()) + "g") == nil)
  }

  @Test func theCurrentHeadOrAnEarlierOneIsSoundAndSaysHowManyEventsSince() throws {
    let (ledger, heads) = try Self.ledger()
    var report = try ledger.verify(head: SavedHead(seq: nil, hash: heads[1]))
    #expect(report.isSound && report.eventsSinceSavedHead == 0)
    report = try ledger.verify(head: SavedHead(seq: 1, hash: heads[0]))
    #expect(report.isSound && report.eventsSinceSavedHead == 1)
    report = try ledger.verify(head: SavedHead(seq: nil, hash: heads[0]))
    #expect(report.isSound && report.eventsSinceSavedHead == 1)
    report = try ledger.verify(head: SavedHead(seq: 0, hash: EventHash.genesis))
    #expect(report.isSound && report.eventsSinceSavedHead == 2)
  }

  @Test func aSavedHeadPastTheEndMeansEventsWereCutOff() throws {
    let (ledger, heads) = try Self.ledger()
    let later = String(repeating: "cd", count: 32)
    let report = try ledger.verify(head: SavedHead(seq: 5, hash: later))
    #expect(report.problems == ["events were cut off the end: the saved head is event 5, the chain ends at event 2 (3 missing)"])
    _ = heads
  }

  @Test func aSavedHeadWithAnotherHashAtItsSeqMeansHistoryWasRewritten() throws {
    let (ledger, heads) = try Self.ledger()
    let report = try ledger.verify(head: SavedHead(seq: 2, hash: heads[0]))
    #expect(report.problems == ["history was rewritten: event 2 does not have the saved head's hash (or this is another ledger)"])
  }

  @Test func aHashNeverInTheChainIsUnknown() throws {
    let (ledger, _) = try Self.ledger()
    let other = String(repeating: "0", count: 63) + "1"
    let report = try ledger.verify(head: SavedHead(seq: nil, hash: other))
    #expect(report.problems.count == 1 && report.problems[0].hasPrefix("unknown head \(other): it was never in this chain"))
  }
}
