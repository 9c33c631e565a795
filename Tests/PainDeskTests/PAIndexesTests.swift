import Foundation
import GRDB
import Testing

@testable import PainDesk

/// Migration `v6-pa-undecided-index`: pa-status --overdue reads the undecided auths
/// through it, in id order, with no sort; the rows stay those of the status filter.
@Suite("PA indexes") struct PAIndexesTests {
  /// The plan of the very statement the store runs for the default statuses, with the
  /// payer bounds it adds: through the partial index, and no sort.
  @Test func overdueReadUsesTheIndexWithoutSorting() throws {
    let ledger = try makeLedger()
    let bound = Instant("2026-11-01T00:00:00Z")!
    let (sql, args) = Ledger.overdueCandidatesSQL(
      statuses: ["submitted", "pended"], submittedBefore: ["aetna": (standard: bound, expedited: bound)])
    let plan = try ledger.read { db in
      try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(args)).map { $0["detail"] as String }
    }
    #expect(plan.contains { $0.contains(PAIndexes.undecidedName) }, "\(plan)")
    #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
  }

  @Test func theIndexedReadGivesTheStatusFilterRows() throws {
    let ledger = PAEvidenceColumnsTests.demo
    let far = Instant("2100-01-01T00:00:00Z")!
    let payers = try ledger.all(Payer.self)
    #expect(!payers.isEmpty)
    // Bounds in the far future keep every auth: the read is the status filter's, by id.
    let bounds = Dictionary(uniqueKeysWithValues: payers.map { ($0.id, (standard: far, expedited: far)) })
    let indexed = try ledger.auths(statuses: ["submitted", "pended"], submittedBefore: bounds).map(\.record)
    let filtered = try ledger.auths(statuses: ["pended", "submitted"]).filter { $0.payerId.map { bounds[$0] != nil } ?? true }
      .map(\.record)
    #expect(!indexed.isEmpty)
    #expect(indexed == filtered)
    // One status alone still reads (without the index).
    #expect(try ledger.auths(statuses: ["pended"], submittedBefore: bounds).allSatisfy { $0.status == "pended" })
  }
}
