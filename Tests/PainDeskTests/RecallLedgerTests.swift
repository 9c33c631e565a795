import Testing

@testable import PainDesk

@Suite("recall on a ledger") struct RecallLedgerTests {
  func clinic() throws -> Ledger {
    let ledger = try makeLedger()
    let records = [
      provider, patient,
      object(#"{"kind":"patient","id":"P2","given_name":"E","family_name":"F","dob":"1970-01-01","sex":"female","state":"TX","status":"discharged"}"#),
      object(#"{"kind":"patient","id":"P3","given_name":"G","family_name":"H","dob":"1970-01-01","sex":"female","state":"TX","status":"active","do_not_contact":true,"contact_preference":"mail"}"#),
      object(#"{"kind":"appointment","id":"A1","patient_id":"P1","provider_id":"DR1","start":"2026-08-01T09:00","duration_min":20,"type":"follow_up","status":"completed"}"#),
      object(#"{"kind":"appointment","id":"A2","patient_id":"P1","provider_id":"DR1","start":"2026-10-01T09:00","duration_min":15,"type":"uds","status":"completed"}"#),
      object(#"{"kind":"appointment","id":"A3","patient_id":"P3","provider_id":"DR1","start":"2026-11-20T09:00","duration_min":20,"type":"follow_up","status":"no_show"}"#),
      object(#"{"kind":"appointment","id":"A4","patient_id":"P2","provider_id":"DR1","start":"2026-11-20T09:00","duration_min":20,"type":"follow_up","status":"no_show"}"#),
      object(#"{"kind":"rx","id":"RX1","patient_id":"P1","prescriber_id":"DR1","drug":"oxycodone","strength":5,"strength_unit":"mg","form":"tablet","units_per_day":3,"quantity":90,"days_supply":30,"schedule":"cii","written_on":"2026-11-10","status":"active"}"#),
      object(#"{"kind":"rx","id":"RX2","patient_id":"P3","prescriber_id":"DR1","drug":"alprazolam","strength":1,"strength_unit":"mg","form":"tablet","units_per_day":1,"quantity":30,"days_supply":30,"schedule":"civ","written_on":"2026-11-10","status":"active"}"#),
      object(#"{"kind":"outreach","id":"O1","patient_id":"P1","date":"2026-11-01","channel":"phone","purpose":"recall","result":"no_answer"}"#),
      object(#"{"kind":"outreach","id":"O2","patient_id":"P1","date":"2026-11-02","channel":"phone","purpose":"uds","result":"no_answer"}"#),
    ]
    _ = try importRecords(ledger, records)
    return ledger
  }

  @Test func listsDueActivePatientsOnly() throws {
    let ledger = try clinic()
    let items = try RecallScan.run(
      ledger: ledger, rules: EffectiveRules(), settings: RecallSettings(rules: EffectiveRules()),
      options: RecallScan.Options(asOf: LocalDate("2026-11-29")!))
    // P1: a uds appointment is not a visit, so the opioid follow-up counts from August 1.
    // P2 is discharged; P3's benzodiazepine is not opioid therapy, but the no-show is.
    #expect(items.map(\.id) == ["P1-recall-opioid_follow_up", "P3-recall-rebook"])
    let p1 = items[0]
    #expect(p1.dueOn == "2026-10-30" && p1.daysOverdue == 30 && p1.priority == 1)
    #expect(p1.lastVisitOn == "2026-08-01" && p1.attempts == 1 && p1.failedAttempts == 1 && p1.action == .call)
    #expect(p1.subjectId == "RX1")
    #expect(items[1].action == .doNotContact && items[1].contactPreference == .mail)
  }

  /// A patient with a recall interval and no visit counts from the first contact on or
  /// before --as-of (an appointment of any type or status, or a referral); with none, due now.
  @Test func patientIntervalWithoutAVisitCountsFromTheFirstContact() throws {
    let ledger = try clinic()
    _ = try importRecords(ledger, [
      object(#"{"kind":"patient","id":"P4","given_name":"I","family_name":"J","dob":"1970-01-01","sex":"female","state":"TX","status":"active","recall_interval_days":60}"#),
      object(#"{"kind":"patient","id":"P5","given_name":"K","family_name":"L","dob":"1970-01-01","sex":"female","state":"TX","status":"active","recall_interval_days":60}"#),
      object(#"{"kind":"appointment","id":"A5","patient_id":"P4","provider_id":"DR1","start":"2026-10-20T09:00","duration_min":15,"type":"uds","status":"completed"}"#),
      object(#"{"kind":"appointment","id":"A6","patient_id":"P4","provider_id":"DR1","start":"2026-12-20T09:00","duration_min":15,"type":"uds","status":"cancelled"}"#),
      object(#"{"kind":"referral","id":"RF1","patient_id":"P4","received_on":"2026-10-02","source":"pcp","reason":"back pain","status":"scheduled"}"#),
    ])
    var options = RecallScan.Options(asOf: LocalDate("2026-11-29")!)
    options.reasons = [.patientInterval]
    let items = try RecallScan.run(
      ledger: ledger, rules: EffectiveRules(), settings: RecallSettings(rules: EffectiveRules()), options: options)
    #expect(items.map(\.id) == ["P4-recall-patient_interval", "P5-recall-patient_interval"])
    #expect(items[0].dueOn == "2026-10-02" && items[0].daysOverdue == 58 && items[0].lastVisitOn == nil)
    #expect(items[1].dueOn == "2026-11-29" && items[1].state == .due)
  }

  /// The latest performed procedure of each code list, read in one pass: a same-day tie goes
  /// to the smallest id, relief counts when the latest has a post-procedure assessment,
  /// and a procedure after --as-of or not performed does not count.
  @Test func latestProcedureOfEachCodeList() throws {
    let ledger = try clinic()
    func procedure(_ id: String, _ cpt: String, _ date: String, _ status: String = "performed") -> JSONObject {
      object(#"{"kind":"procedure","id":"\#(id)","patient_id":"P1","provider_id":"DR1","cpt":"\#(cpt)","date":"\#(date)","status":"\#(status)"}"#)
    }
    _ = try importRecords(ledger, [
      procedure("PR3", "64483", "2026-11-02"), procedure("PR2", "64483", "2026-11-02"),
      procedure("PR1", "64483", "2026-10-01"), procedure("PR9", "64483", "2026-11-20", "planned"),
      procedure("RF2", "64633", "2026-09-01"), procedure("RF1", "64633", "2026-09-01"),
      procedure("SC1", "63650", "2026-06-01"), procedure("PU1", "62362", "2026-12-01"),
      object(#"{"kind":"assessment","id":"AS1","patient_id":"P1","date":"2026-11-03","instrument":"nrs","score":3,"procedure_id":"PR2","timing":"post"}"#),
    ])
    let codes = RecallSettings(rules: EffectiveRules()).codes
    let asOf = LocalDate("2026-11-29")!
    let all = try ledger.recallFacts(asOf: asOf, missedSince: asOf.adding(days: -90), codes: codes)
    let p1 = try #require(all.first { $0.patientId == "P1" })
    #expect(p1.lastReliefProcedure?.id == "PR2" && p1.reliefRecorded)
    #expect(p1.lastRFA?.id == "RF1" && p1.lastSCS?.id == "SC1" && p1.lastPumpRefill == nil)
    // --patient reads that patient alone, with the same facts.
    let one = try ledger.recallFacts(asOf: asOf, missedSince: asOf.adding(days: -90), codes: codes, patients: ["P1"])
    #expect(one == [p1])
  }

  /// A pump refill is the later of a pump procedure and a completed `pump_refill` appointment.
  @Test func pumpRefillFromAnAppointment() throws {
    let ledger = try clinic()
    _ = try importRecords(ledger, [
      object(#"{"kind":"procedure","id":"PU1","patient_id":"P3","provider_id":"DR1","cpt":"62362","date":"2026-08-01","status":"performed"}"#),
      object(#"{"kind":"appointment","id":"A9","patient_id":"P3","provider_id":"DR1","start":"2026-09-01T09:00","duration_min":20,"type":"pump_refill","status":"completed"}"#),
    ])
    let codes = RecallSettings(rules: EffectiveRules()).codes
    let asOf = LocalDate("2026-11-29")!
    let facts = try ledger.recallFacts(asOf: asOf, missedSince: asOf.adding(days: -90), codes: codes, patients: ["P3"])
    #expect(facts.map(\.patientId) == ["P3"] && facts.first?.lastPumpRefill?.id == "A9")
  }

  @Test func bookingAddsAnAppointmentAndVoidsTheWaitlistOnce() throws {
    let ledger = try clinic()
    _ = try importRecords(ledger, [
      object(#"{"kind":"waitlist","id":"W1","patient_id":"P1","type":"follow_up","added_on":"2026-11-01"}"#)
    ])
    let appt = object(#"{"kind":"appointment","id":"SL1-booking","patient_id":"P1","provider_id":"DR1","start":"2026-12-02T13:00","duration_min":20,"type":"follow_up","status":"scheduled"}"#)
    let b = [Booking(appointment: appt, waitlistId: "W1")]
    #expect(try ledger.record(bookings: b, actor: "t", tool: "t", at: "2026-11-29T12:00:00Z", dryRun: true) == 1)
    #expect(try ledger.all(Waitlist.self).count == 1)
    #expect(try ledger.record(bookings: b, actor: "t", tool: "t", at: "2026-11-29T12:00:00Z", dryRun: false) == 1)
    #expect(try ledger.record(bookings: b, actor: "t", tool: "t", at: "2026-11-29T12:00:00Z", dryRun: false) == 0)
    #expect(try ledger.all(Waitlist.self).isEmpty)
    #expect(try ledger.all(Appointment.self).contains { $0.id == "SL1-booking" })
    #expect(try ledger.verify().isSound)
  }

  /// A booking that moves a procedure up cancels the later appointment once (an update
  /// event); a dry run writes nothing, and an appointment no longer scheduled is left alone.
  @Test func bookingCancelsTheAppointmentItMovesUpOnce() throws {
    let ledger = try clinic()
    _ = try importRecords(ledger, [
      object(#"{"kind":"waitlist","id":"W1","patient_id":"P1","type":"follow_up","added_on":"2026-11-01"}"#),
      object(#"{"kind":"waitlist","id":"W2","patient_id":"P1","type":"follow_up","added_on":"2026-11-01"}"#),
      object(#"{"kind":"appointment","id":"A8","patient_id":"P1","provider_id":"DR1","start":"2026-12-20T09:00","duration_min":20,"type":"follow_up","status":"scheduled"}"#),
    ])
    let appt = object(#"{"kind":"appointment","id":"SL1-booking","patient_id":"P1","provider_id":"DR1","start":"2026-12-02T13:00","duration_min":20,"type":"follow_up","status":"scheduled"}"#)
    let b = [Booking(appointment: appt, waitlistId: "W1", replaces: "A8")]
    func a8() throws -> Appointment? { try ledger.all(Appointment.self).first { $0.id == "A8" } }
    func events() throws -> Int { try ledger.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM events")! } }
    let before = try events()
    _ = try ledger.record(bookings: b, actor: "t", tool: "t", at: "2026-11-29T12:00:00Z", dryRun: true)
    #expect(try a8()?.status == .scheduled && events() == before)
    _ = try ledger.record(bookings: b, actor: "t", tool: "t", at: "2026-11-29T12:00:00Z", dryRun: false)
    #expect(try a8()?.status == .cancelled && a8()?.cancelledAt == "2026-11-29T12:00:00Z")
    #expect(try events() == before + 3)  // add, cancel, void
    _ = try ledger.record(bookings: b, actor: "t", tool: "t", at: "2026-11-29T13:00:00Z", dryRun: false)
    #expect(try events() == before + 3 && a8()?.cancelledAt == "2026-11-29T12:00:00Z")
    // A completed appointment is not cancelled by a booking naming it.
    _ = try importRecords(ledger, [
      object(#"{"kind":"appointment","id":"A7","patient_id":"P1","provider_id":"DR1","start":"2026-11-20T09:00","duration_min":20,"type":"follow_up","status":"completed"}"#)
    ])
    var other = appt
    other["id"] = "SL2-booking"
    _ = try ledger.record(
      bookings: [Booking(appointment: other, waitlistId: "W2", replaces: "A7")], actor: "t", tool: "t", at: "2026-11-29T14:00:00Z",
      dryRun: false)
    #expect(try ledger.all(Appointment.self).first { $0.id == "A7" }?.status == .completed)
    #expect(try ledger.verify().isSound)
  }
}
