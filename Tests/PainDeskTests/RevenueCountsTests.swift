import GRDB
import Testing

@testable import PainDesk

/// Migration `v7-revenue-counts`: claims and appointments counted per report group, kept by
/// triggers (StateCountTable). Verify's check of them: ReportColumnsTests.
@Suite("revenue counts") struct RevenueCountsTests {
  /// Each table equals a recount from the state, and verify agrees.
  static func check(_ ledger: Ledger, _ step: String) throws {
    for t in RevenueCounts.all {
      let keys = t.keys.joined(separator: ", ")
      let stored = try ReportColumnsTests.dump(ledger, "SELECT \(t.columns) FROM \(t.name) ORDER BY \(keys)")
      let recounted = try ReportColumnsTests.dump(ledger, "SELECT * FROM (\(t.expected)) ORDER BY \(keys)")
      #expect(stored == recounted, "\(step): \(t.name)")
    }
    #expect(try ledger.verify().isSound, "\(step)")
    // The facts read from them equal a grouping of every record, in the same order.
    func grouped(_ sql: String) throws -> [String] {
      try ledger.read { db in try Row.fetchAll(db, sql: sql).map { r in (0..<4).map { "\(r[$0] as DatabaseValue)" }.joined(separator: " ") } }
    }
    let claims = try ledger.claimFacts(from: "2000-01-01", to: "2099-12-31")
    #expect(
      claims.map { "\"\($0.serviceDate)\" \"\($0.payerId)\" \($0.paidCents) \($0.count)" }
        == (try grouped("SELECT service_date, payer_id, coalesce(sum(paid_cents), 0), count(*) FROM claim WHERE voided = 0 GROUP BY 1, 2")),
      "\(step)")
    let appointments = try ledger.appointmentFacts(from: "2000-01-01", to: "2099-12-31")
    #expect(
      appointments.map { "\"\($0.start)\" \"\($0.status)\" \"\($0.type)\" \($0.count)" }
        == (try grouped("SELECT start, status, type, count(*) FROM appointment WHERE voided = 0 GROUP BY 1, 2, 3")),
      "\(step)")
  }

  static let payers = [
    object(#"{"kind":"payer","id":"AET","name":"Aetna","type":"commercial","state":"TX"}"#),
    object(#"{"kind":"payer","id":"HUM","name":"Humana","type":"medicare_advantage","state":"TX"}"#),
  ]

  static func claim(_ id: String, date: String = "2026-10-05", payer: String = "AET", paid: Int? = 1000) -> JSONObject {
    let cents = paid.map { #","paid_cents":\#($0)"# } ?? ""
    return object(
      #"{"kind":"claim","id":"\#(id)","patient_id":"P1","payer_id":"\#(payer)","claim_number":"X\#(id)","service_date":"\#(date)","lines":[{"cpt":"64483","units":1,"charge_cents":90000}],"status":"paid"\#(cents)}"#
    )
  }

  static func appointment(_ id: String, start: String = "2026-10-05T09:00", status: String = "completed") -> JSONObject {
    object(
      #"{"kind":"appointment","id":"\#(id)","patient_id":"P1","provider_id":"DR1","start":"\#(start)","duration_min":30,"type":"procedure","status":"\#(status)"}"#
    )
  }

  @Test func everyWriterKeepsTheCountsExact() throws {
    let ledger = try makeLedger()
    _ = try importRecords(ledger, [provider, patient] + Self.payers)
    _ = try importRecords(
      ledger,
      [
        Self.claim("CL1"), Self.claim("CL2", paid: 2500), Self.claim("CL3", paid: nil), Self.claim("CL4", payer: "HUM"),
        Self.appointment("AP1"), Self.appointment("AP2"), Self.appointment("AP3", status: "no_show"),
      ])
    try Self.check(ledger, "import")
    #expect(try ReportColumnsTests.dump(ledger, "SELECT n, paid_cents FROM claim_revenue WHERE payer_id = 'AET'") == ["[n:3 paid_cents:3500]"])
    // Updates: paid cents, service date, payer; an appointment's status and start.
    _ = try importRecords(
      ledger,
      [
        Self.claim("CL1", paid: 700), Self.claim("CL2", date: "2026-10-06", paid: 2500), Self.claim("CL3", payer: "HUM", paid: nil),
        Self.appointment("AP1", status: "cancelled"), Self.appointment("AP2", start: "2026-10-07T10:00"),
      ])
    try Self.check(ledger, "update")
    // Voids.
    for (kind, id) in [(RecordKind.claim, "CL4"), (.appointment, "AP3")] {
      _ = try ledger.void(kind: kind, id: id, reason: "test", actor: "t", tool: "t", at: "2026-11-29T12:00:00Z", dryRun: false)
      try Self.check(ledger, "void \(kind.rawValue)")
    }
    // A booking from the waitlist adds an appointment.
    _ = try importRecords(ledger, [object(#"{"kind":"waitlist","id":"W1","patient_id":"P1","type":"procedure","added_on":"2026-11-01"}"#)])
    let booked = Self.appointment("AP4", start: "2026-12-02T13:00", status: "scheduled")
    #expect(try ledger.record(bookings: [Booking(appointment: booked, waitlistId: "W1")], actor: "t", tool: "t", at: "2026-11-29T12:00:00Z", dryRun: false) == 1)
    try Self.check(ledger, "booking")
    #expect(try ReportColumnsTests.dump(ledger, "SELECT sum(n) FROM appointment_revenue") == ["[sum(n):3]"])
  }

  /// A writer that went around the triggers (dropped here) leaves a table behind, and
  /// verify says so.
  @Test func aWriterThatSkipsTheTriggersIsCaught() throws {
    let ledger = try makeLedger()
    _ = try importRecords(ledger, [provider, patient] + Self.payers)
    try ledger.writeBatch(dryRun: false) { db in
      for t in RevenueCounts.all { try db.execute(sql: "DROP TRIGGER \(t.name)_add") }
    }
    _ = try importRecords(ledger, [Self.claim("CL1"), Self.appointment("AP1")])
    let problems = try ledger.verify().problems
    #expect(problems.contains { $0.hasPrefix("claim_revenue:") } && problems.contains { $0.hasPrefix("appointment_revenue:") })
  }
}
