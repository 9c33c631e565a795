import Testing

@testable import PainDesk

private func auth(_ json: String) -> Auth { try! JSONValueDecoder().decode(Auth.self, from: object(json)) }
private func scheduled(_ id: String, _ cpts: [String]) -> AuthUses.Scheduled {
  AuthUses.Scheduled(appointmentId: id, patientId: "P1", start: "2026-12-09T09:00", cpts: cpts)
}
/// A transforaminal ESI auth: two sessions of the first level (64483) and two of the
/// add-on extra level (64484); one session recorded as used.
private let tfesi = auth(
  #"{"kind":"auth","id":"A1","patient_id":"P1","payer_id":"Y","provider_id":"DR1","items":[{"seq":1,"cpt":"64483","units":2,"outcome":"approved","approved_units":2,"units_used":1},{"seq":2,"cpt":"64484","units":2,"outcome":"approved","approved_units":2,"units_used":0}],"icd10":["M54.16"],"urgency":"standard","status":"approved","valid_to":"2026-12-31"}"#
)

@Suite("auth units left") struct AuthUnitsTests {
  @Test func recordedAndPerformedUsesAreTheGreaterNotTheSum() {
    // Recorded 1 of 64483, nothing performed: 1 left.
    #expect(AuthUnits(tfesi).code("64483")?.left == 1)
    // One performed procedure is the recorded use, not a second one.
    #expect(AuthUnits(tfesi, uses: AuthUses(performed: ["64483": 1])).code("64483")?.left == 1)
    // Two performed (the record lags behind the ledger): none left.
    #expect(AuthUnits(tfesi, uses: AuthUses(performed: ["64483": 2])).code("64483")?.left == 0)
  }

  @Test func anAddOnDoesNotRescueAUsedUpPrimary() {
    let units = AuthUnits(tfesi, uses: AuthUses(performed: ["64483": 2]))
    let addOn = units.code("64484")!
    #expect(addOn.left == 2 && units.usable(addOn) == 0)
    #expect(units.total() == 0)
    #expect(units.blocking(["64483", "64484"])! == ("64483", .usedUp))
    #expect(units.blocking(["64484"])! == ("64483", .usedUp))
    // With the primary left, both codes' units count.
    #expect(AuthUnits(tfesi).total() == 3)
  }

  @Test func scheduledAppointmentsCompeteButNotWithThemselves() {
    let uses = AuthUses(scheduled: [scheduled("AP1", ["64483"]), scheduled("AP2", ["64483", "64484"])])
    // One unit of 64483 left and two appointments want it.
    let all = AuthUnits(tfesi, uses: uses)
    #expect(all.code("64483")?.free == -1)
    #expect(all.blocking(["64483"])! == ("64483", .competing))
    // Checking AP2: only AP1 competes, and takes the last unit.
    let checkingAP2 = AuthUnits(tfesi, uses: uses, excluding: ["AP2"])
    #expect(checkingAP2.competing.map(\.appointmentId) == ["AP1"])
    #expect(checkingAP2.blocking(["64483", "64484"])! == ("64483", .competing))
    #expect(
      AuthUsability.problem(tfesi, on: LocalDate("2026-12-09")!, cpts: ["64483"], uses: uses, excluding: ["AP2"])
        == .competing("64483", appointments: ["AP1"]))
    // Alone on the auth, the appointment can use the unit left.
    let alone = AuthUses(scheduled: [scheduled("AP2", ["64483", "64484"])])
    #expect(AuthUnits(tfesi, uses: alone, excluding: ["AP2"]).blocking(["64483", "64484"]) == nil)
  }

  @Test func linesOfTheSameCodePoolAndUnapprovedLinesDoNotCount() {
    let twoLines = auth(
      #"{"kind":"auth","id":"A2","patient_id":"P1","payer_id":"Y","provider_id":"DR1","items":[{"seq":1,"cpt":"64493","units":1,"outcome":"approved","approved_units":1,"units_used":1},{"seq":2,"cpt":"64493","units":1,"outcome":"approved","approved_units":1},{"seq":3,"cpt":"64494","units":1,"outcome":"denied","approved_units":0}],"icd10":["M47.816"],"urgency":"standard","status":"partial"}"#)
    let units = AuthUnits(twoLines)
    #expect(units.codes.map(\.cpt) == ["64493"])
    #expect(units.code("64493")?.approved == 2 && units.code("64493")?.left == 1)
    #expect(units.blocking(["64494"])! == ("64494", .notApproved))
    // A line without an outcome is approved only when the whole auth is.
    var pended = tfesi
    pended.status = .partial
    for i in pended.items.indices { pended.items[i].outcome = nil }
    #expect(AuthUnits(pended).total() == nil)
  }
}

/// A ledger with the awkward cases of units left: unused lines, an add-on left after its
/// primary was performed, recorded and performed uses of the same session, units held by
/// a scheduled appointment, a denied line, a cancelled and a voided procedure, and an
/// auth used by a procedure of two units.
private func unitsLedger() throws -> Ledger {
  let ledger = try makeLedger()
  var records = [provider, patient, object(#"{"kind":"payer","id":"AET","name":"Aetna","type":"commercial","state":"TX"}"#)]
  func auth(_ id: String, _ status: String, _ items: String) {
    records.append(object(
      #"{"kind":"auth","id":"\#(id)","patient_id":"P1","payer_id":"AET","provider_id":"DR1","items":\#(items),"icd10":["M54.16"],"urgency":"standard","status":"\#(status)","valid_to":"2026-12-10"}"#))
  }
  func procedure(_ id: String, _ auth: String, _ cpt: String, status: String = "performed", units: Int? = nil) {
    let u = units.map { #","units":\#($0)"# } ?? ""
    records.append(object(
      #"{"kind":"procedure","id":"\#(id)","patient_id":"P1","provider_id":"DR1","cpt":"\#(cpt)","date":"2026-11-02","status":"\#(status)","auth_id":"\#(auth)"\#(u)}"#))
  }
  func appointment(_ id: String, _ auth: String, _ cpts: String, status: String = "scheduled") {
    records.append(object(
      #"{"kind":"appointment","id":"\#(id)","patient_id":"P1","provider_id":"DR1","start":"2026-12-03T09:00","duration_min":30,"type":"procedure","status":"\#(status)","auth_id":"\#(auth)","cpts":\#(cpts)}"#))
  }
  auth("X1", "approved", #"[{"seq":1,"cpt":"64483","units":2},{"seq":2,"cpt":"64484","units":2}]"#)
  auth("X2", "approved", #"[{"seq":1,"cpt":"64483","units":1,"units_used":0},{"seq":2,"cpt":"64484","units":1}]"#)
  procedure("R2", "X2", "64483")
  auth("X3", "approved", #"[{"seq":1,"cpt":"62323","units":2,"units_used":1}]"#)
  procedure("R3", "X3", "62323")
  auth("X4", "approved", #"[{"seq":1,"cpt":"62323","units":1}]"#)
  appointment("S4", "X4", #"["62323"]"#)
  appointment("S4c", "X4", #"["62323"]"#, status: "cancelled")
  auth("X5", "partial", #"[{"seq":1,"cpt":"64493","units":1,"outcome":"approved","approved_units":1},{"seq":2,"cpt":"64494","units":1,"outcome":"denied","approved_units":0}]"#)
  procedure("R5", "X5", "64493", status: "cancelled")
  procedure("R5v", "X5", "64493")
  auth("X6", "modified", #"[{"seq":1,"cpt":"63650","units":2,"outcome":"modified","approved_units":2}]"#)
  procedure("R6", "X6", "63650", units: 2)
  _ = try importRecords(ledger, records)
  try ledger.void(
    kind: .procedure, id: "R5v", reason: "entered in error", actor: "test", tool: "test", at: "2026-11-29T12:00:00Z",
    dryRun: false)
  return ledger
}

@Suite("auth units left in the ledger") struct AuthUnitsLedgerTests {
  let rules = EffectiveRules()
  var asOf: AsOf { AsOf(date: LocalDate("2026-11-29")!, calendar: rules.calendar) }

  /// What the ledger used of each auth, by a plain evaluation over every procedure and
  /// appointment record.
  func plainUses(_ ledger: Ledger) throws -> [String: AuthUses] {
    var out: [String: AuthUses] = [:]
    for p in try ledger.all(Procedure.self) where p.status == .performed {
      guard let a = p.authId, let cpt = p.cpt else { continue }
      out[a, default: AuthUses()].performed[cpt, default: 0] += p.units ?? 1
    }
    for s in try ledger.all(Appointment.self).sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) }) where s.status == .scheduled {
      guard let a = s.authId, let cpts = s.cpts else { continue }
      out[a, default: AuthUses()].scheduled.append(
        AuthUses.Scheduled(appointmentId: s.id, patientId: s.patientId, start: s.start, cpts: cpts))
    }
    return out
  }

  @Test func theReadModelAgreesWithAPlainEvaluation() throws {
    let ledger = try unitsLedger()
    let auths = try ledger.all(Auth.self)
    let plain = try plainUses(ledger)
    #expect(try ledger.authUses(authIds: auths.map(\.id)) == plain)
    #expect(plain["X6"]?.performed == ["63650": 2] && plain["X5"] == nil)
  }

  func rows(_ configure: (inout PAWorklistFilter) -> Void) throws -> [(String, Int64?)] {
    var filter = PAWorklistFilter()
    configure(&filter)
    return try PAWorklist.rows(ledger: unitsLedger(), filter: filter, rules: rules, asOf: asOf).map { r in
      (try r.object().string("id") ?? "", r.added["units_left"]?.intValue)
    }
  }

  @Test func expiringListsOnlyAuthsWithUnitsLeftAndHowMany() throws {
    // X1: 2 + 2 unused; X3: 1 of 2 (the performed one is the recorded one); X4: 1 (the
    // scheduled appointment has not used it); X5: the cancelled and the voided
    // procedures used nothing. X2 has only the add-on left; X6 is used up.
    let got = try rows { $0.expiringDays = 30 }
    #expect(got.map(\.0) == ["X1", "X3", "X4", "X5"])
    #expect(got.map(\.1) == [4, 1, 1, 1])
  }

  @Test func exhaustedCountsScheduledAppointmentsAndAddOnsDoNotRescue() throws {
    let got = try rows { $0.exhausted = true }
    #expect(got.map(\.0) == ["X2", "X4", "X6"])
    #expect(got.map(\.1) == [0, 0, 0])
  }
}
