import GRDB
import Testing

@testable import PainDesk

/// Migration v3: the typed columns and history summaries revenue-model and recall-scan
/// aggregate over, and the grouped queries that read them.
@Suite("report columns") struct ReportColumnsTests {
  static let demo = DemoClinic.generate(seed: 1, asOf: "2026-11-29")

  /// The demo clinic plus the revenue fixture's pa-status updates (decisions after pends).
  static func demoLedger() throws -> Ledger {
    let ledger = try makeLedger()
    _ = try importRecords(ledger, demo)
    return ledger
  }

  /// Rows of a query, as text, for comparing.
  static func dump(_ ledger: Ledger, _ sql: String) throws -> [String] {
    try ledger.read { db in
      try Row.fetchAll(db, sql: sql).map { $0.description }
    }
  }

  @Test func everyTypedColumnHoldsItsRecordsValue() throws {
    for ledger in [try Self.demoLedger(), try RevenueReportTests.clinic()] {
      var checked = 0
      for (kind, columns) in StateTables.added.flatMap({ $0.map { ($0.key, $0.value) } }) {
        for c in columns {
          let path = "'$." + c.path.joined(separator: ".") + "'"
          let value = c.json ? "json(\(LedgerMigrations.quoted(c.name)))" : LedgerMigrations.quoted(c.name)
          let bad = try Self.dump(
            ledger,
            "SELECT id FROM \(LedgerMigrations.quoted(kind.rawValue)) WHERE \(value) IS NOT json_extract(record, \(path))")
          #expect(bad.isEmpty, "\(kind.rawValue).\(c.name): \(bad.prefix(3))")
          let filled = try Self.dump(
            ledger, "SELECT 1 FROM \(LedgerMigrations.quoted(kind.rawValue)) WHERE \(LedgerMigrations.quoted(c.name)) IS NOT NULL LIMIT 1")
          checked += filled.count
        }
      }
      #expect(checked >= 10)  // most columns are filled in these clinics, so the test bites
    }
  }

  @Test func historySummariesEqualABackfillFromTheEvents() throws {
    let ledger = try RevenueReportTests.clinic()
    let history = "SELECT * FROM auth_history ORDER BY auth_id"
    let counts = "SELECT * FROM event_counts ORDER BY day, tool"
    let kept = (try Self.dump(ledger, history), try Self.dump(ledger, counts))
    #expect(kept.0.count >= 4 && !kept.1.isEmpty)
    let rebuilt = try ledger.writeBatch(dryRun: true) { db in
      try db.execute(sql: "DELETE FROM auth_history")
      try db.execute(sql: "DELETE FROM event_counts")
      for sql in LedgerMigrationSQL.v3HistoryBackfill { try db.execute(sql: sql) }
      return (try Row.fetchAll(db, sql: history).map(\.description), try Row.fetchAll(db, sql: counts).map(\.description))
    }
    #expect(rebuilt.0 == kept.0)
    #expect(rebuilt.1 == kept.1)
  }

  @Test func verifyFindsASummaryRowThatDisagreesWithTheHistory() throws {
    let tampers = [
      ("UPDATE auth_history SET status = 'approved' WHERE status = 'denied'", "auth_history"),
      ("UPDATE auth_history SET ever_pended = 1 - ever_pended", "auth_history"),
      ("DELETE FROM auth_history WHERE first_seq IS NOT NULL", "auth_history"),
      ("UPDATE event_counts SET n = n + 1", "event_counts"),
      ("INSERT INTO event_counts (day, tool, n) VALUES ('1999-01-01', 'paindesk', 1)", "event_counts"),
      // The state summaries (v7), against a recount of the state.
      ("UPDATE procedure_revenue SET n = n + 1", "procedure_revenue"),
      ("DELETE FROM procedure_revenue", "procedure_revenue"),
      ("UPDATE procedure_revenue SET payer_id = 'X'", "procedure_revenue"),
      ("UPDATE claim_revenue SET paid_cents = paid_cents + 1", "claim_revenue"),
      ("DELETE FROM claim_revenue WHERE service_date = (SELECT min(service_date) FROM claim_revenue)", "claim_revenue"),
      ("UPDATE appointment_revenue SET n = n + 1", "appointment_revenue"),
    ]
    for (sql, table) in tampers {
      let ledger = try RevenueReportTests.clinic()
      #expect(try ledger.verify().isSound)
      try ledger.writeBatch(dryRun: false) { db in
        try db.execute(sql: sql)
        #expect(db.changesCount > 0, "\(sql) changed nothing")
      }
      let problems = try ledger.verify().problems
      #expect(problems.count == 1 && problems.first?.hasPrefix(table + ":") == true, "\(sql): \(problems)")
    }
  }

  @Test func firstDecisionIsTheFirstDecisionEventAndPendsAreRemembered() throws {
    let ledger = try makeLedger()
    let payer = object(#"{"kind":"payer","id":"AET","name":"Aetna","type":"commercial","state":"TX"}"#)
    func auth(_ status: String, decided: String? = nil) -> JSONObject {
      var a = object(
        #"{"kind":"auth","id":"A1","patient_id":"P1","payer_id":"AET","provider_id":"DR1","items":[{"seq":1,"cpt":"64483","units":1},{"seq":2,"cpt":"64484","units":1}],"icd10":["M54.16"],"urgency":"standard","submitted_at":"2026-10-01T14:00:00Z"}"#)
      a["status"] = .string(status)
      if let decided { a["decided_at"] = .string(decided) }
      return a
    }
    _ = try importRecords(ledger, [provider, patient, payer, auth("pended")])
    _ = try importRecords(ledger, [auth("denied", decided: "2026-10-05T14:00:00Z")])
    _ = try importRecords(ledger, [auth("approved", decided: "2026-10-09T14:00:00Z")])
    let first = try ledger.authFirstDecisions()
    #expect(first.map(\.auth.id) == ["A1"])
    #expect(first.first?.auth.status == .denied)
    #expect(first.first?.auth.decidedAt == "2026-10-05T14:00:00Z")
    #expect(first.first?.auth.items.map(\.cpt) == ["64483", "64484"])
    #expect(try ledger.authsEverPended() == ["A1"])
    let facts = try ledger.decisionFacts()
    #expect(facts.map(\.status) == ["denied"] && facts.map(\.count) == [1] && facts.first?.firstCPT == "64483")
    // Only near a range: the decision of 2026-10-05 is kept for October, not for July.
    #expect(try ledger.authFirstDecisions(near: [(LocalDate("2026-10-01")!, LocalDate("2026-10-31")!)]).count == 1)
    #expect(try ledger.authFirstDecisions(near: [(LocalDate("2026-07-01")!, LocalDate("2026-07-31")!)]).isEmpty)
    let submitted = try ledger.submittedFacts()
    #expect(submitted.count == 1 && submitted[0].everPended && submitted[0].count == 1)
    // Events counted per UTC day and tool: four records, then two updates.
    #expect(try Self.dump(ledger, "SELECT n FROM event_counts") == ["[n:6]"])
  }

  @Test func groupedFactsCountEveryRecordOnce() throws {
    let ledger = try Self.demoLedger()
    func one(_ sql: String) throws -> Int { try ledger.read { db in try Int.fetchOne(db, sql: sql) ?? 0 } }
    let procedures = try ledger.procedureFacts(from: "2000-01-01", to: "2099-12-31")
    #expect(procedures.reduce(0) { $0 + $1.count } == (try one("SELECT count(*) FROM procedure WHERE voided = 0 AND status = 'performed'")))
    let claims = try ledger.claimFacts(from: "2000-01-01", to: "2099-12-31")
    #expect(claims.reduce(0) { $0 + $1.count } == (try one("SELECT count(*) FROM claim WHERE voided = 0")))
    #expect(claims.reduce(0) { $0 + $1.paidCents } == (try one("SELECT coalesce(sum(json_extract(record, '$.paid_cents')), 0) FROM claim WHERE voided = 0")))
    let appointments = try ledger.appointmentFacts(from: "2000-01-01", to: "2099-12-31")
    #expect(appointments.reduce(0) { $0 + $1.count } == (try one("SELECT count(*) FROM appointment WHERE voided = 0")))
    let appeals = try ledger.appealFacts()
    #expect(appeals.reduce(0) { $0 + $1.count } == (try one("SELECT count(*) FROM appeal WHERE voided = 0")))
    let denials = try ledger.denialFacts()
    #expect(denials.reduce(0) { $0 + $1.count } == (try one("SELECT count(*) FROM denial WHERE voided = 0")))
    let decisions = try ledger.decisionFacts()
    #expect(decisions.reduce(0) { $0 + $1.count } == (try ledger.authFirstDecisions()).count)
    let open = try ledger.openAuths(
      asOf: LocalDate("2026-11-29")!, pending: AuthStatus.names(AuthStatus.awaitingDecision),
      usable: AuthStatus.names(AuthStatus.usable), performedStatus: "performed")
    #expect(open.reduce(0) { $0 + $1.count } == (try one("SELECT count(*) FROM auth WHERE voided = 0 AND status IN ('submitted','pended','approved','partial','modified')")))
  }

  @Test func proceduresAlikeInEveryFieldReadAreOneGroup() throws {
    let ledger = try makeLedger()
    var records = [provider, patient, object(#"{"kind":"payer","id":"AET","name":"Aetna","type":"commercial","state":"TX"}"#)]
    for i in 1...3 {
      records.append(object(
        #"{"kind":"auth","id":"A\#(i)","patient_id":"P1","payer_id":"AET","provider_id":"DR1","items":[{"seq":1,"cpt":"64483","units":1}],"icd10":["M54.16"],"urgency":"standard","status":"approved"}"#))
      records.append(object(
        #"{"kind":"procedure","id":"PR\#(i)","patient_id":"P1","provider_id":"DR1","cpt":"64483","date":"2026-10-0\#(i == 3 ? 6 : 5)","status":"performed","auth_id":"A\#(i)"}"#))
    }
    _ = try importRecords(ledger, records)
    let facts = try ledger.procedureFacts(from: "2026-10-01", to: "2026-10-31")
    #expect(facts.map(\.date) == ["2026-10-05", "2026-10-06"])
    #expect(facts.map(\.count) == [2, 1])
    #expect(facts.allSatisfy { $0.authPayerId == "AET" && $0.procedureId == nil })
  }

  @Test func openAuthsAlikeAreOneGroupSplitByWhetherBooked() throws {
    let ledger = try makeLedger()
    var records = [provider, patient, object(#"{"kind":"payer","id":"AET","name":"Aetna","type":"commercial","state":"TX"}"#)]
    // Three approved auths alike but for their id, one booked from the date on; two
    // pended ones that differ only in valid_to, which a pending auth's group leaves out.
    for (id, status, validTo) in [("A1", "approved", "2027-01-31"), ("A2", "approved", "2027-01-31"), ("A3", "approved", "2027-01-31"),
      ("A4", "pended", "2027-01-31"), ("A5", "pended", "2027-02-28")]
    {
      records.append(object(
        #"{"kind":"auth","id":"\#(id)","patient_id":"P1","payer_id":"AET","provider_id":"DR1","items":[{"seq":1,"cpt":"64483","units":1}],"icd10":["M54.16"],"urgency":"standard","status":"\#(status)","submitted_at":"2026-11-20T14:00:00Z","valid_to":"\#(validTo)"}"#))
    }
    for (id, auth, start) in [("S1", "A2", "2026-12-03T09:00"), ("S2", "A3", "2026-11-02T09:00"), ("S3", "A4", "2026-12-04T09:00")] {
      records.append(object(
        #"{"kind":"appointment","id":"\#(id)","patient_id":"P1","provider_id":"DR1","start":"\#(start)","duration_min":30,"type":"procedure","status":"scheduled","auth_id":"\#(auth)"}"#))
    }
    _ = try importRecords(ledger, records)
    let open = try ledger.openAuths(
      asOf: LocalDate("2026-11-29")!, pending: AuthStatus.names(AuthStatus.awaitingDecision),
      usable: AuthStatus.names(AuthStatus.usable), performedStatus: "performed")
    let groups = open.map { "\($0.auth.status.rawValue) \($0.auth.validTo ?? "-") \($0.booked) \($0.count)" }.sorted()
    #expect(groups == ["approved 2027-01-31 false 2", "approved 2027-01-31 true 1", "pended - false 2"])
  }

  @Test func procedurePayerFallsBackToClaimThenPrimaryCoverage() throws {
    // The revenue fixture's PR2..PR4 have no auth: PR3's payer is its claim's (CL2), the
    // others' their primary coverage's; PR2's own paid cents count as no claim names it.
    let ledger = try RevenueReportTests.clinic()
    let facts = try ledger.procedureFacts(from: "2026-10-01", to: "2026-10-31")
    #expect(facts.reduce(0) { $0 + $1.count } == 4)
    let unauthorized = facts.filter { $0.authPayerId == nil }
    #expect(!unauthorized.isEmpty && unauthorized.allSatisfy { $0.procedureId != nil && $0.count == 1 })
    #expect(Set(unauthorized.compactMap(\.procedureId)) == ["PR2", "PR3", "PR4"])
    #expect(try ledger.claimPayers(from: "2026-10-01", to: "2026-10-31", procedures: ["PR2", "PR3"]) == ["PR3": "HUM"])
  }

  @Test func controlledDataForThePrescribedAnswersLikeTheFullLoad() throws {
    let ledger = try Self.demoLedger()
    let rules = EffectiveRules()
    let asOf = LocalDate("2026-11-29")!
    let full = try ControlledSubstanceData.load(from: ledger)
    let requests = try ledger.all(RefillRequest.self)
    let some = try ControlledSubstanceData.load(from: ledger, prescribedOr: Set(requests.map(\.patientId)))
    #expect(some.patients.count < full.patients.count)
    let a = UDSSchedulePlanner(data: full, rules: rules, asOf: asOf).schedules(withinDays: 0, all: true)
    let b = UDSSchedulePlanner(data: some, rules: rules, asOf: asOf).schedules(withinDays: 0, all: true)
    #expect(!a.isEmpty && a == b)
    let routed = { (d: ControlledSubstanceData) in
      requests.map { RefillChecker(data: d, rules: rules, asOf: asOf).route($0).0 }
    }
    #expect(!requests.isEmpty && routed(full) == routed(some))
  }
}
