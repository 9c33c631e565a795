import GRDB
import Testing

@testable import PainDesk

/// `readMapped` maps the file for the read (recall-scan's scans) and reads what `read` does.
@Suite("mapped ledger reads") struct LedgerMappedReadTests {
  @Test func mapsTheFileAndReadsTheSameRows() throws {
    let ledger = try makeLedger()
    _ = try importRecords(ledger, [provider, patient])
    let mapped = try ledger.readMapped { db in
      (try Int.fetchOne(db, sql: "PRAGMA mmap_size") ?? 0, try String.fetchAll(db, sql: "SELECT id FROM patient"))
    }
    #expect(mapped.0 > 0)
    #expect(mapped.1 == ["P1"])
    #expect(try ledger.read { db in try String.fetchAll(db, sql: "SELECT id FROM patient") } == mapped.1)
  }
}
