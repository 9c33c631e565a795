import GRDB

/// A booking from the waitlist: the appointment to add and the waitlist entry it ends.
public struct Booking: Sendable {
  public var appointment: JSONObject
  public var waitlistId: String
  public init(appointment: JSONObject, waitlistId: String) {
    self.appointment = appointment
    self.waitlistId = waitlistId
  }
}

extension Ledger {
  /// Records bookings in one transaction (design.md §3): each appointment as an event
  /// (its id is derived, so a rerun adds nothing) and a `void` event for the waitlist
  /// entry with the reason "booked as appointment ID" (nothing is deleted). Returns how
  /// many appointments were added. A booking that fails validation throws 65 and nothing
  /// is written.
  @discardableResult
  public func record(bookings: [Booking], actor: String, tool: String, at: String, dryRun: Bool) throws(ToolkitError) -> Int {
    try writeBatch(dryRun: dryRun) { db in
      let writer = try EventWriter(db: db, at: at, actor: actor, tool: tool)
      var added = 0
      for b in bookings {
        let id = b.appointment.string("id") ?? ""
        let issues = RecordValidator.validate(b.appointment)
        if let first = issues.first {
          throw ToolkitError(.dataError, "appointment '\(id)': \(first.message)")
        }
        for ref in RecordSpecs.references(of: b.appointment) where try !writer.exists(kind: ref.kind, id: ref.id) {
          throw ToolkitError(.dataError, "appointment '\(id)': '\(ref.field)' names \(ref.kind.rawValue) '\(ref.id)', which is not in the ledger")
        }
        let canonical = JSONWriter.canonicalBytes(.object(b.appointment))
        if try writer.current(kind: .appointment, id: id) == nil {
          let seq = try writer.append(action: "add", kind: .appointment, id: id, record: canonical)
          try writer.upsertState(kind: .appointment, id: id, object: b.appointment, record: canonical, seq: seq)
          added += 1
        }
        guard let w = try writer.current(kind: .waitlist, id: b.waitlistId), !w.voided,
          case .object(var record) = try JSONParser.parse(w.record)
        else { continue }
        record["void_reason"] = .string("booked as appointment \(id)")
        record["voided"] = .bool(true)
        try writer.append(action: "void", kind: .waitlist, id: b.waitlistId, record: JSONWriter.canonicalBytes(.object(record)))
        try writer.markVoid(kind: .waitlist, id: b.waitlistId)
      }
      try writer.finish()
      return added
    }
  }
}
