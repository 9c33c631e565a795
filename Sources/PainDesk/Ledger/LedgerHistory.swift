import GRDB

extension Ledger {
  /// When each record of `kind` first reached the ledger: record id -> the `at` of its
  /// first event (the real time of entry, not a business date), so late paperwork shows
  /// as late.
  public func firstEntered(kind: RecordKind) throws(ToolkitError) -> [String: String] {
    try read { db in
      var out: [String: String] = [:]
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT record_id, at FROM events
          WHERE seq IN (SELECT MIN(seq) FROM events WHERE kind = ? GROUP BY record_id)
          """, arguments: [kind.rawValue])
      while let row = try rows.next() {
        out[row["record_id"]] = row["at"]
      }
      return out
    }
  }

  /// The first event's `at` for one record, or nil when it was never entered.
  public func firstEntered(kind: RecordKind, id: String) throws(ToolkitError) -> String? {
    try read { db in
      try String.fetchOne(
        db, sql: "SELECT at FROM events WHERE kind = ? AND record_id = ? ORDER BY seq LIMIT 1",
        arguments: [kind.rawValue, id])
    }
  }
}

/// An event that set or changed an rx's `picked_up_on`: who recorded it, with which tool,
/// when (pickup confirmations, `PickupCheck`).
public struct PickupEvent: Sendable, Equatable {
  public let pickedUpOn: String
  public let tool: String
  public let actor: String
  public let at: String

  public init(pickedUpOn: String, tool: String, actor: String, at: String) {
    self.pickedUpOn = pickedUpOn
    self.tool = tool
    self.actor = actor
    self.at = at
  }
}

extension Ledger {
  /// rx id -> the events that set or changed its `picked_up_on`, oldest first. They
  /// outlive a later import that drops the field (the whole record replaces the old one).
  public func pickupEvents() throws(ToolkitError) -> [String: [PickupEvent]] {
    try read { db in
      var out: [String: [PickupEvent]] = [:]
      var last: (id: String, value: String?) = ("", nil)
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT record_id, tool, actor, at, json_extract(CAST(record AS TEXT), '$.picked_up_on') AS picked
          FROM events WHERE kind = 'rx' AND action != 'void' ORDER BY record_id, seq
          """)
      while let row = try rows.next() {
        let id: String = row["record_id"]
        let picked: String? = row["picked"]
        if id != last.id { last = (id, nil) }
        if let picked, picked != last.value {
          out[id, default: []].append(PickupEvent(pickedUpOn: picked, tool: row["tool"], actor: row["actor"], at: row["at"]))
        }
        last.value = picked
      }
      return out
    }
  }
}
