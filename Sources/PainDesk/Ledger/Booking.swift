import GRDB

/// A booking from the waitlist: the appointment to add, the waitlist entry it ends, and
/// the patient's later appointment it replaces when the slot moves a procedure up.
public struct Booking: Sendable {
  public var appointment: JSONObject
  public var waitlistId: String
  public var replaces: String?
  public init(appointment: JSONObject, waitlistId: String, replaces: String? = nil) {
    self.appointment = appointment
    self.waitlistId = waitlistId
    self.replaces = replaces
  }
}

extension Ledger {
  /// Records bookings in one transaction (design.md §3): each appointment as an event
  /// (its id is derived, so a rerun adds nothing) and a `void` event for the waitlist
  /// entry with the reason "booked as appointment ID" (nothing is deleted), and, when the
  /// booking replaces a later appointment that is still scheduled, an `update` event that
  /// marks it `cancelled` at `at` (its units go back to the auth). Returns how many
  /// appointments were added. A booking that fails validation throws 65 and nothing is
  /// written.
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
        if try writer.current(kind: .appointment, id: id) == nil {
          try writer.store(action: "add", kind: .appointment, id: id, object: b.appointment)
          added += 1
        }
        if let old = b.replaces { try cancel(appointment: old, at: at, writer: writer) }
        if let w = try writer.currentObject(kind: .waitlist, id: b.waitlistId), !w.voided {
          try writer.void(kind: .waitlist, id: b.waitlistId, record: w.object, reason: "booked as appointment \(id)")
        }
      }
      try writer.finish()
      return added
    }
  }

  /// Marks a scheduled appointment cancelled; one already cancelled, completed or void
  /// is left as it is, so a rerun adds nothing.
  private func cancel(appointment id: String, at: String, writer: EventWriter) throws {
    guard var (record, voided) = try writer.currentObject(kind: .appointment, id: id), !voided,
      record.string("status") == "scheduled"
    else { return }
    record["status"] = "cancelled"
    record["cancelled_at"] = .string(at)
    try writer.store(action: "update", kind: .appointment, id: id, object: record)
  }
}
