import GRDB
import Testing

@testable import PainDesk

/// Migration `v7-procedure-revenue`: the performed procedures counted per day and group
/// with their auth's payer, kept by triggers, and the grouped procedure facts read from it.
/// Verify's check of it: ReportColumnsTests.
@Suite("procedure revenue") struct ProcedureRevenueTests {
  static let stored = "SELECT \(ProcedureRevenue.columns) FROM procedure_revenue ORDER BY date, key"
  static let recounted = "SELECT * FROM (\(ProcedureRevenue.expected)) ORDER BY 1, 2"

  /// The grouping before the summary: one pass over every performed procedure, each with
  /// its auth's payer looked up. The new reads must give the same rows in the same order.
  static let onePass = """
    WITH y AS MATERIALIZED (SELECT id FROM payer WHERE voided = 0),
      l AS MATERIALIZED (SELECT id, place_of_service FROM location WHERE voided = 0)
    SELECT date, cpt, provider_id, pos, units, auth_payer, proc_id, cov_payer, sum(paid_cents), count(*)
    FROM (
      SELECT p.date, p.cpt, p.provider_id, p.units, p.paid_cents,
        coalesce(p.place_of_service, l.place_of_service) AS pos, y.id AS auth_payer,
        CASE WHEN y.id IS NULL OR p.paid_cents IS NOT NULL THEN p.id END AS proc_id,
        CASE WHEN y.id IS NULL THEN
          (SELECT c.payer_id FROM coverage c
           WHERE c.patient_id = p.patient_id AND c.voided = 0 AND c.effective_from <= p.date
             AND (c.effective_to IS NULL OR p.date <= c.effective_to)
           ORDER BY CASE c.priority WHEN 'primary' THEN 0 WHEN 'secondary' THEN 1 ELSE 2 END, c.id LIMIT 1)
        END AS cov_payer
      FROM procedure p
      LEFT JOIN auth a ON a.id = p.auth_id AND a.voided = 0
      LEFT JOIN y ON y.id = a.payer_id
      LEFT JOIN l ON l.id = p.location_id
      WHERE p.voided = 0 AND p.status = 'performed' AND p.date >= '2000-01-01' AND p.date < '2099-12-31\u{7F}')
    GROUP BY date, cpt, provider_id, pos, units, auth_payer, proc_id, cov_payer
    """

  static func facts(_ ledger: Ledger) throws -> [String] {
    try ledger.procedureFacts(from: "2000-01-01", to: "2099-12-31").map {
      "\($0.date) \($0.cpt ?? "-") \($0.providerId) \($0.placeOfService ?? "-") \($0.units.map(String.init) ?? "-") \($0.authPayerId ?? "-") \($0.procedureId ?? "-") \($0.coveragePayerId ?? "-") \($0.paidCents.map(String.init) ?? "-") \($0.count)"
    }
  }

  static func onePassFacts(_ ledger: Ledger) throws -> [String] {
    try ledger.read { db in
      try Row.fetchAll(db, sql: onePass).map { r in
        (0..<10).map { k -> String in
          switch (r[k] as DatabaseValue).storage {
          case .null: "-"
          case .int64(let i): "\(i)"
          case .double(let d): "\(d)"
          case .string(let s): s
          case .blob: "?"
          }
        }.joined(separator: " ")
      }
    }
  }

  /// The table equals a recount from the state, verify agrees, and the facts equal the
  /// one-pass grouping.
  static func check(_ ledger: Ledger, _ step: String) throws {
    #expect(try ReportColumnsTests.dump(ledger, stored) == (try ReportColumnsTests.dump(ledger, recounted)), "\(step)")
    #expect(try ledger.verify().isSound, "\(step)")
    #expect(try facts(ledger) == (try onePassFacts(ledger)), "\(step)")
  }

  static let payers = [
    object(#"{"kind":"payer","id":"AET","name":"Aetna","type":"commercial","state":"TX"}"#),
    object(#"{"kind":"payer","id":"HUM","name":"Humana","type":"medicare_advantage","state":"TX"}"#),
    object(#"{"kind":"location","id":"L1","name":"Main","address":{"line":"1 St","city":"Austin","state":"TX","zip":"78701"},"place_of_service":"11"}"#),
    object(#"{"kind":"coverage","id":"C1","patient_id":"P1","payer_id":"HUM","member_id":"M","priority":"primary","effective_from":"2025-01-01"}"#),
  ]

  static func auth(_ id: String, payer: String = "AET") -> JSONObject {
    object(
      #"{"kind":"auth","id":"\#(id)","patient_id":"P1","payer_id":"\#(payer)","provider_id":"DR1","items":[{"seq":1,"cpt":"64483","units":1}],"icd10":["M54.16"],"urgency":"standard","status":"approved","submitted_at":"2026-10-01T14:00:00Z","decided_at":"2026-10-03T14:00:00Z"}"#
    )
  }

  static func procedure(_ id: String, auth: String?, date: String = "2026-10-05", extra: String = "") -> JSONObject {
    let a = auth.map { #","auth_id":"\#($0)""# } ?? ""
    return object(
      #"{"kind":"procedure","id":"\#(id)","patient_id":"P1","provider_id":"DR1","cpt":"64483","units":1,"date":"\#(date)","status":"performed","location_id":"L1"\#(a)\#(extra)}"#
    )
  }

  @Test func everyWriterKeepsTheCountsExact() throws {
    let ledger = try makeLedger()
    _ = try importRecords(ledger, [provider, patient] + Self.payers)
    // An auth before its procedures, and one after (same batch: the reference is checked
    // at the commit).
    _ = try importRecords(
      ledger,
      [
        Self.auth("A1"), Self.procedure("PR1", auth: "A1"), Self.procedure("PR2", auth: "A1"),
        Self.procedure("PR3", auth: "A2", date: "2026-10-06"), Self.auth("A2", payer: "HUM"),
        Self.procedure("PR4", auth: nil), Self.procedure("PR5", auth: "A1", extra: #","paid_cents":12000"#),
        Self.procedure("PR6", auth: "A1", extra: #","place_of_service":"22""#),
      ])
    try Self.check(ledger, "import")
    #expect(try ReportColumnsTests.dump(ledger, "SELECT sum(n) FROM procedure_revenue") == ["[sum(n):4]"])
    // An update of the procedure's own fields: date, then paid cents (out of the counts).
    _ = try importRecords(ledger, [Self.procedure("PR2", auth: "A1", date: "2026-11-02")])
    try Self.check(ledger, "procedure date")
    _ = try importRecords(ledger, [Self.procedure("PR2", auth: "A1", date: "2026-11-02", extra: #","paid_cents":100"#)])
    try Self.check(ledger, "procedure paid")
    // The auth changes payer: its procedures move.
    _ = try importRecords(ledger, [Self.auth("A1", payer: "HUM")])
    try Self.check(ledger, "auth payer")
    // A change of the auth's other fields moves nothing.
    var later = Self.auth("A2", payer: "HUM")
    later["submitted_at"] = "2026-10-02T14:00:00Z"
    _ = try importRecords(ledger, [later])
    try Self.check(ledger, "auth submitted")
    // Voids: an auth (its procedures leave the counts), a procedure, a payer (the counted
    // procedures of a void payer are read one by one).
    for (kind, id) in [(RecordKind.auth, "A2"), (.procedure, "PR6"), (.payer, "HUM")] {
      _ = try ledger.void(kind: kind, id: id, reason: "test", actor: "t", tool: "t", at: "2026-11-29T12:00:00Z", dryRun: false)
      try Self.check(ledger, "void \(kind.rawValue)")
    }
    // The procedure moves to another auth.
    _ = try importRecords(ledger, [Self.auth("A3"), Self.procedure("PR1", auth: "A3")])
    try Self.check(ledger, "procedure auth")
    #expect(try ReportColumnsTests.dump(ledger, "SELECT sum(n) FROM procedure_revenue") == ["[sum(n):1]"])
  }

  @Test func theFactsOfTheFixtureClinicsEqualOnePass() throws {
    for ledger in [try ReportColumnsTests.demoLedger(), try RevenueReportTests.clinic()] {
      #expect(!(try Self.facts(ledger)).isEmpty)
      try Self.check(ledger, "clinic")
    }
  }

  /// A writer that went around the triggers (dropped here) leaves the table behind, and
  /// verify says so.
  @Test func aWriterThatSkipsTheTriggersIsCaught() throws {
    let ledger = try makeLedger()
    _ = try importRecords(ledger, [provider, patient] + Self.payers + [Self.auth("A1")])
    try ledger.writeBatch(dryRun: false) { db in
      for t in ["procedure_revenue_add", "procedure_revenue_change", "procedure_revenue_auth_add", "procedure_revenue_auth_change"] {
        try db.execute(sql: "DROP TRIGGER \(t)")
      }
    }
    _ = try importRecords(ledger, [Self.procedure("PR1", auth: "A1")])
    #expect(try ledger.verify().problems.contains { $0.hasPrefix("procedure_revenue:") })
  }
}
