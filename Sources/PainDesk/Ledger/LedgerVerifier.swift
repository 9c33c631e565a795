import GRDB

/// What `paindesk verify` found. `problems` is empty for a sound ledger; each names the
/// first place it went wrong (a seq, a kind and id), never a record's content.
public struct VerifyReport: Sendable {
  public var events: Int64 = 0
  public var headHash: String = EventHash.genesis
  /// With a saved head that the chain still reaches: how many events came after it.
  public var eventsSinceSavedHead: Int64?
  public var problems: [String] = []
  public var isSound: Bool { problems.isEmpty }
}

extension Ledger {
  /// Proves the ledger (design.md §3): SQLite's `integrity_check` (every index entry
  /// matches its row), the foreign keys, that the tables, indexes and triggers are the ones
  /// the migrations made (LedgerSchemaCheck), the hash chain from the first event, that the
  /// chain still reaches a saved head, that every state row is the latest event of its
  /// record, that its typed columns are what its record gives (LedgerStateColumnsCheck),
  /// and that the summaries equal the history (LedgerSummaryCheck).
  ///
  /// It cannot tell a chain rewritten whole, every hash recomputed, from the real one:
  /// only a head saved elsewhere (`head`) catches that.
  public func verify(head expected: SavedHead? = nil) throws(ToolkitError) -> VerifyReport {
    try read { db in
      var report = VerifyReport()
      let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
      if integrity != ["ok"] {
        report.problems.append("SQLite integrity check failed: \(integrity.prefix(3).joined(separator: "; "))")
      }
      let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
      if let first = fk.first {
        let table: String = first[0]
        report.problems.append("\(fk.count) broken reference(s), the first in \(table) (rowid \(first[1] as Int64? ?? 0))")
      }
      try verifySchema(db, into: &report)
      try verifyChain(db, into: &report, expected: expected)
      try verifyState(db, into: &report)
      try verifyStateColumns(db, into: &report)
      try verifySummaries(db, into: &report)
      return report
    }
  }

  private func verifyChain(_ db: Database, into report: inout VerifyReport, expected: SavedHead?) throws {
    var prev = EventHash.genesis
    var expectedSeq: Int64 = 1
    // The seq of the event whose hash is the saved one (0: the empty chain's genesis), and
    // the hash of the event at the saved seq.
    var savedAt: Int64? = expected?.hash == EventHash.genesis ? 0 : nil
    var hashAtSavedSeq: String? = expected?.seq == 0 ? EventHash.genesis : nil
    let cursor = try Row.fetchCursor(
      db, sql: "SELECT seq, at, actor, tool, action, kind, record_id, record, prev_hash, hash FROM events ORDER BY seq")
    while let row = try cursor.next() {
      let seq: Int64 = row[0]
      if seq != expectedSeq {
        report.problems.append("event \(expectedSeq) is missing (the next is \(seq))")
        return
      }
      let storedPrev: String = row[8]
      let storedHash: String = row[9]
      let recordText: String = row[7]
      let fields = EventFields(
        seq: seq, at: row[1], actor: row[2], tool: row[3], action: row[4], kind: row[5], recordID: row[6],
        record: Array(recordText.utf8))
      if storedPrev != prev {
        report.problems.append("event \(seq): prev_hash does not match the hash of event \(seq - 1)")
        return
      }
      let hash = EventHash.hash(previous: prev, event: fields)
      if hash != storedHash {
        report.problems.append("event \(seq) (\(fields.kind) '\(fields.recordID)'): its hash does not match its content; it was changed after it was written")
        return
      }
      if let expected {
        if savedAt == nil && hash == expected.hash { savedAt = seq }
        if seq == expected.seq { hashAtSavedSeq = hash }
      }
      prev = hash
      expectedSeq += 1
    }
    report.events = expectedSeq - 1
    report.headHash = prev
    if let expected { checkSavedHead(expected, at: savedAt, hashAtSavedSeq: hashAtSavedSeq, into: &report) }
  }

  /// A saved head the chain reaches is the ledger as it was then, perhaps grown since. One
  /// it does not reach was cut off the end (its seq is past the last event), rewritten (the
  /// event at its seq has another hash) or, without a seq to tell, unknown.
  private func checkSavedHead(_ saved: SavedHead, at savedAt: Int64?, hashAtSavedSeq: String?, into report: inout VerifyReport) {
    let last = report.events
    if let seq = saved.seq {
      if seq > last {
        report.problems.append(
          "events were cut off the end: the saved head is event \(seq), the chain ends at event \(last) (\(seq - last) missing)")
      } else if hashAtSavedSeq != saved.hash {
        report.problems.append(
          "history was rewritten: event \(seq) does not have the saved head's hash (or this is another ledger)")
      } else {
        report.eventsSinceSavedHead = last - seq
      }
    } else if let savedAt {
      report.eventsSinceSavedHead = last - savedAt
    } else {
      report.problems.append(
        "unknown head \(saved.hash): it was never in this chain (events cut off the end, history rewritten, or another ledger); keep 'SEQ:HASH' from 'paindesk head' to tell which")
    }
  }

  private func verifyState(_ db: Database, into report: inout VerifyReport) throws {
    for table in StateTables.v1 {
      let t = LedgerMigrations.quoted(table.name)
      let k = table.kind.rawValue
      // The row's seq is its latest add/update event, with the same record; the first
      // column that says otherwise.
      if let bad = try Row.fetchOne(
        db,
        sql: """
          SELECT id, problem FROM (
            SELECT s.id AS id, CASE
              WHEN e.seq IS NULL OR e.kind != ? OR e.record_id != s.id OR e.action = 'void'
                OR EXISTS (SELECT 1 FROM events l WHERE l.kind = ? AND l.record_id = s.id AND l.seq > s.seq AND l.action != 'void')
                THEN 'seq'
              WHEN e.record != s.record THEN 'record'
              WHEN s.voided != EXISTS (SELECT 1 FROM events v WHERE v.kind = ? AND v.record_id = s.id AND v.action = 'void')
                THEN 'voided'
              END AS problem
            FROM \(t) s LEFT JOIN events e ON e.seq = s.seq)
          WHERE problem IS NOT NULL LIMIT 1
          """, arguments: [k, k, k])
      {
        let id: String = bad[0]
        let column: String = bad[1]
        report.problems.append("\(k) '\(id)': column '\(column)' of its current state does not match its events")
      }
      // Every record in the history has a state row.
      if let lost = try String.fetchOne(
        db,
        sql: "SELECT e.record_id FROM events e WHERE e.kind = ? AND NOT EXISTS (SELECT 1 FROM \(t) s WHERE s.id = e.record_id) LIMIT 1",
        arguments: [k])
      {
        report.problems.append("\(k) '\(lost)': in the history but not in the current state")
      }
    }
  }
}
