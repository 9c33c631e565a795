import GRDB

/// What `paindesk verify` found. `problems` is empty for a sound ledger; each names the
/// first place it went wrong (a seq, a kind and id), never a record's content.
public struct VerifyReport: Sendable {
  public var events: Int64 = 0
  public var headHash: String = EventHash.genesis
  public var problems: [String] = []
  public var isSound: Bool { problems.isEmpty }
}

extension Ledger {
  /// Proves the ledger (design.md §3): SQLite's `integrity_check`, the foreign keys, the
  /// hash chain from the first event, that the chain still reaches `head` (nothing was cut
  /// off the end), the append-only triggers, that every state row is the latest event
  /// of its record, and that the history summaries equal the history (LedgerSummaryCheck).
  public func verify(head expected: String? = nil) throws(ToolkitError) -> VerifyReport {
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
      let triggers = try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'events_are_append_only_%'")
      if triggers.count != 2 {
        report.problems.append("the append-only triggers on events are missing: someone changed the schema by hand")
      }
      try verifyChain(db, into: &report, expected: expected)
      try verifyState(db, into: &report)
      try verifySummaries(db, into: &report)
      return report
    }
  }

  private func verifyChain(_ db: Database, into report: inout VerifyReport, expected: String?) throws {
    var prev = EventHash.genesis
    var expectedSeq: Int64 = 1
    var reachedHead = expected == nil
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
      if let expected, hash == expected { reachedHead = true }
      prev = hash
      expectedSeq += 1
    }
    report.events = expectedSeq - 1
    report.headHash = prev
    if !reachedHead, let expected {
      report.problems.append("the chain no longer reaches head \(expected): events were cut off the end (the last is \(report.events))")
    }
  }

  private func verifyState(_ db: Database, into report: inout VerifyReport) throws {
    for table in StateTables.v1 {
      let t = LedgerMigrations.quoted(table.name)
      let k = table.kind.rawValue
      // The row's seq is its latest add/update event, with the same record.
      if let bad = try String.fetchOne(
        db,
        sql: """
          SELECT s.id FROM \(t) s LEFT JOIN events e ON e.seq = s.seq
          WHERE e.seq IS NULL OR e.kind != ? OR e.record_id != s.id OR e.record != s.record
             OR e.action = 'void'
             OR EXISTS (SELECT 1 FROM events l WHERE l.kind = ? AND l.record_id = s.id AND l.seq > s.seq AND l.action != 'void')
             OR s.voided != EXISTS (SELECT 1 FROM events v WHERE v.kind = ? AND v.record_id = s.id AND v.action = 'void')
          LIMIT 1
          """, arguments: [k, k, k])
      {
        report.problems.append("\(k) '\(bad)': the current state does not match its events")
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
