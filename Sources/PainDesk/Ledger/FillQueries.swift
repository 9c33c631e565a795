import GRDB

/// What recall-scan fill reads besides the waitlist and the auths: who is active, which
/// location ids exist, and which provider/start pairs are already booked.
public struct FillFacts: Sendable {
  public var activePatients: Set<String> = []
  public var locations: Set<String> = []
  /// `provider_id` + " " + `start` of every scheduled appointment from the day on.
  public var booked: Set<String> = []
  /// Patient id + " " + `start` of the same appointments.
  public var patientBusy: Set<String> = []

  public static func key(_ a: String, _ start: String) -> String { a + " " + start }
}

extension Ledger {
  public func fillFacts(from day: LocalDate) throws(ToolkitError) -> FillFacts {
    try read { db in
      var f = FillFacts()
      f.activePatients = Set(try String.fetchAll(db, sql: "SELECT id FROM patient WHERE voided = 0 AND status = 'active'"))
      f.locations = Set(try String.fetchAll(db, sql: "SELECT id FROM location WHERE voided = 0"))
      let rows = try Row.fetchCursor(
        db, sql: "SELECT provider_id, patient_id, start FROM appointment WHERE voided = 0 AND status = 'scheduled' AND start >= ?",
        arguments: [day.description])
      while let r = try rows.next() {
        let start: String = r[2]
        f.booked.insert(FillFacts.key(r[0], start))
        f.patientBusy.insert(FillFacts.key(r[1], start))
      }
      return f
    }
  }

  /// Open slots by id (void ones are not found).
  public func slots(ids: [String]) throws(ToolkitError) -> [Slot] {
    let all = try self.all(Slot.self)
    let byId = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
    var out: [Slot] = []
    for id in ids {
      guard let s = byId[id] else {
        throw ToolkitError(.noInput, "no slot '\(id)' in the ledger: check the id ('paindesk export --kind slot')")
      }
      out.append(s)
    }
    return out
  }
}
