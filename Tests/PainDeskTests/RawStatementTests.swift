import GRDB
import Testing

@testable import PainDesk

/// The importer's C-API statements must fail the way GRDB's do: a `DatabaseError` with the
/// extended result code, which `LedgerErrors` turns into the right exit code and words.
@Suite("raw statements") struct RawStatementTests {
  @Test func aFailedStepIsADatabaseErrorWithTheExtendedCode() throws {
    let ledger = try makeLedger()
    let outcome = Result { () throws(ToolkitError) -> Void in
      try ledger.writeBatch { db in
        // An event's hash must be 64 characters (a CHECK constraint).
        let stmt = try RawStatement(
          db, sql: "INSERT INTO events (seq, at, actor, tool, action, kind, record_id, record, prev_hash, hash) VALUES (1, 'a', 'b', 'c', 'add', 'patient', 'P-SECRET', '{}', 'short', 'short')")
        do {
          try stmt.execute()
          Issue.record("the insert should have failed")
        } catch let e as DatabaseError {
          #expect(e.resultCode == .SQLITE_CONSTRAINT)
          #expect(e.extendedResultCode == .SQLITE_CONSTRAINT_CHECK)
          throw e
        }
      }
    }
    guard case .failure(let error) = outcome else {
      Issue.record("the batch should have failed")
      return
    }
    #expect(error.status == .dataError)
    #expect(!error.message.contains("P-SECRET"))
    #expect(try ledger.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM events") } == 0)
  }

  @Test func aForeignKeyFailureKeepsItsExtendedCode() throws {
    let ledger = try makeLedger()
    try ledger.writeBatch { db in
      // A state row must name an event that exists (seq REFERENCES events).
      let stmt = try RawStatement(db, sql: "INSERT INTO provider (id, seq, record) VALUES ('DR9', 999, '{}')")
      #expect {
        try stmt.execute()
      } throws: { error in
        (error as? DatabaseError)?.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY
      }
    }
  }
}
