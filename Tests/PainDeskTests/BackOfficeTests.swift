import Testing

@testable import PainDesk

private func d(_ s: String) -> LocalDate { LocalDate(s)! }
private func view<T: TypedRecord>(_ json: String) -> T {
  try! JSONValueDecoder().decode(T.self, from: RecordFixtures.record(json))
}
private let rules = EffectiveRules()
private func asOf(_ s: String) -> AsOf { AsOf(date: d(s), calendar: rules.calendar) }

/// A snapshot with one patient in California, a commercial plan and a workers' comp
/// carrier, a location in CA; tests add coverages, cases, auths and appointments.
private func clinic() -> BackOfficeSnapshot {
  var s = BackOfficeSnapshot()
  s.patients["P1"] = view(#"{"kind":"patient","id":"P1","given_name":"A","family_name":"B","dob":"1980-01-01","sex":"female","state":"CA","status":"active"}"#)
  s.payers["COM"] = view(#"{"kind":"payer","id":"COM","name":"Commercial Co","type":"commercial"}"#)
  s.payers["WC"] = view(#"{"kind":"payer","id":"WC","name":"Comp Carrier","type":"workers_comp","state":"CA"}"#)
  s.payers["SELF"] = view(#"{"kind":"payer","id":"SELF","name":"Self pay","type":"self_pay"}"#)
  s.locations["L1"] = view(#"{"kind":"location","id":"L1","name":"Clinic","address":{"line":"1 Main","city":"Fresno","state":"CA","zip":"93701"},"place_of_service":"11"}"#)
  return s
}
private func coverage(_ id: String, payer: String, priority: String = "primary", verified: String? = "2026-11-20", from: String = "2026-01-01", to: String? = nil) -> Coverage {
  var c: Coverage = view(#"{"kind":"coverage","id":"\#(id)","patient_id":"P1","payer_id":"\#(payer)","member_id":"M1","priority":"\#(priority)","effective_from":"\#(from)"}"#)
  c.verifiedOn = verified
  c.effectiveTo = to
  return c
}
private func appointment(_ id: String, start: String, type: String = "follow_up", cpts: [String]? = nil, auth: String? = nil) -> Appointment {
  var a: Appointment = view(#"{"kind":"appointment","id":"\#(id)","patient_id":"P1","provider_id":"DR1","start":"\#(start)","duration_min":30,"type":"\#(type)","status":"scheduled","location_id":"L1"}"#)
  a.cpts = cpts
  a.authId = auth
  return a
}
private func wcCase(adjuster: Bool = true, region: String = "lumbar") -> InsuranceCase {
  var c: InsuranceCase = view(#"{"kind":"case","id":"K1","patient_id":"P1","coverage_id":"C-WC","type":"workers_comp","claim_number":"CL123","injury_date":"2026-06-01","state":"CA","status":"open","region":"\#(region)"}"#)
  if adjuster { c.adjuster = Adjuster(name: "Ada Adjuster", phone: "555-0100", email: nil, fax: nil) }
  return c
}
private func auth(_ id: String, payer: String, status: String, cpt: String = "64483", validTo: String? = "2026-12-31", submittedAt: String? = nil) -> Auth {
  var a: Auth = view(#"{"kind":"auth","id":"\#(id)","patient_id":"P1","payer_id":"\#(payer)","provider_id":"DR1","items":[{"seq":1,"cpt":"\#(cpt)","units":1,"region":"lumbar"}],"icd10":["M54.16"],"urgency":"standard","status":"\#(status)"}"#)
  a.validTo = validTo
  a.submittedAt = submittedAt
  return a
}
private let options = CoverageCheck.Options(withinDays: 7, verifiedWithinDays: 30, all: true)

@Suite("coverage-check rules") struct CoverageCheckTests {
  @Test func verifiedCoverageIsOk() {
    var s = clinic()
    s.add(coverage("C1", payer: "COM"))
    s.appointments = [appointment("A1", start: "2026-12-01T09:00")]
    let rows = CoverageCheck.rows(s, options: options, rules: rules, asOf: asOf("2026-11-29"))
    #expect(rows.count == 1 && rows[0].ok && rows[0].priority == ["C1"] && rows[0].contact == "payer Commercial Co")
  }

  @Test func missingStaleAndNeverVerified() {
    let none = CoverageVerification.check([], payers: clinic().payers, on: d("2026-12-01"), asOf: d("2026-11-29"), verifiedWithinDays: 30)
    #expect(none.problems == ["no coverage in effect on 2026-12-01 [coverage.verification]"])
    // Verified exactly 30 days before --as-of counts; 31 does not.
    let edge = CoverageVerification.check([coverage("C1", payer: "COM", verified: "2026-10-30")], payers: clinic().payers, on: d("2026-12-01"), asOf: d("2026-11-29"), verifiedWithinDays: 30)
    #expect(edge.problems.isEmpty)
    let stale = CoverageVerification.check([coverage("C1", payer: "COM", verified: "2026-10-29")], payers: clinic().payers, on: d("2026-12-01"), asOf: d("2026-11-29"), verifiedWithinDays: 30)
    #expect(stale.problems == ["C1: verified 2026-10-29, more than 30 days before 2026-11-29 [coverage.verification]"])
    let never = CoverageVerification.check([coverage("C1", payer: "COM", verified: nil)], payers: clinic().payers, on: d("2026-12-01"), asOf: d("2026-11-29"), verifiedWithinDays: 30)
    #expect(never.problems == ["C1: never verified [coverage.verification]"])
    // Self-pay needs no verification; an ended coverage is not in effect.
    let selfPay = CoverageVerification.check([coverage("C1", payer: "SELF", verified: nil)], payers: clinic().payers, on: d("2026-12-01"), asOf: d("2026-11-29"), verifiedWithinDays: 30)
    #expect(selfPay.problems.isEmpty)
    let ended = CoverageVerification.check([coverage("C1", payer: "COM", to: "2026-11-30")], payers: clinic().payers, on: d("2026-12-01"), asOf: d("2026-11-29"), verifiedWithinDays: 30)
    #expect(ended.active.isEmpty)
  }

  @Test func billingOrderAndEligibility() {
    var c2 = coverage("C2", payer: "COM", priority: "secondary")
    c2.eligibility = Eligibility(active: false, checkedOn: "2026-11-20")
    let r = CoverageVerification.check([c2, coverage("C1", payer: "COM")], payers: clinic().payers, on: d("2026-12-01"), asOf: d("2026-11-29"), verifiedWithinDays: 30)
    #expect(r.active.map(\.id) == ["C1", "C2"])
    #expect(r.problems == ["C2: the payer reported the coverage inactive on 2026-11-20 [coverage.verification]"])
  }

  @Test func commercialProcedureNeedsAnApprovedPA() {
    var s = clinic()
    s.add(coverage("C1", payer: "COM"))
    s.appointments = [appointment("A1", start: "2026-12-02T09:00", type: "procedure", cpts: ["64483"])]
    var row = CoverageCheck.rows(s, options: options, rules: rules, asOf: asOf("2026-11-29"))[0]
    #expect(row.paRequired == true && !row.ok)
    #expect(row.problems == ["PA needed for 64483: none requested [pa.payer.default]"])
    s.add(auth("AU1", payer: "COM", status: "approved", validTo: "2026-12-01"))
    row = CoverageCheck.rows(s, options: options, rules: rules, asOf: asOf("2026-11-29"))[0]
    #expect(row.problems.isEmpty == false)  // expired the day before the service
    s.auths["P1"] = [auth("AU2", payer: "COM", status: "approved")]
    row = CoverageCheck.rows(s, options: options, rules: rules, asOf: asOf("2026-11-29"))[0]
    #expect(row.ok && row.authId == "AU2")
  }

  @Test func workersCompCaseEndToEnd() {
    var s = clinic()
    s.add(coverage("C-WC", payer: "WC"))
    s.add(coverage("C-COM", payer: "COM", priority: "secondary"))
    // Monday 2026-12-07 procedure; no case yet.
    s.appointments = [appointment("A1", start: "2026-12-07T09:00", type: "procedure", cpts: ["64483"])]
    var row = CoverageCheck.rows(s, options: options, rules: rules, asOf: asOf("2026-11-30"))[0]
    #expect(row.problems.first == "C-WC: no open injury case (claim number, injury date, adjuster) [coverage.injury_case]")
    // A case without an adjuster or TPA.
    s.add(wcCase(adjuster: false))
    row = CoverageCheck.rows(s, options: options, rules: rules, asOf: asOf("2026-11-30"))[0]
    #expect(row.problems.contains("K1: no adjuster or TPA contact [coverage.injury_case]"))
    #expect(row.caseId == "K1")
    // With the adjuster: the contact, and the CA UR clock (5 business days before 12-07).
    s.cases["P1"] = [wcCase()]
    row = CoverageCheck.rows(s, options: options, rules: rules, asOf: asOf("2026-11-30"))[0]
    #expect(row.contact == "adjuster Ada Adjuster 555-0100")
    #expect(row.problems == [
      "carrier authorization needed for 64483: none requested; request by 2026-11-30 (5 business days) [pa.decision.workers_comp.ca.standard]"
    ])
    // Submitted: the UR decision is due 5 business days after the RFA.
    s.auths["P1"] = [auth("AU1", payer: "WC", status: "submitted", submittedAt: "2026-11-30T17:00:00Z")]
    row = CoverageCheck.rows(s, options: options, rules: rules, asOf: asOf("2026-11-30"))[0]
    #expect(row.problems == ["carrier authorization needed for 64483: AU1 is submitted, decision due 2026-12-07 (5 business days) [pa.decision.workers_comp.ca.standard]"])
    // Approved and valid: nothing missing.
    s.auths["P1"] = [auth("AU1", payer: "WC", status: "approved")]
    row = CoverageCheck.rows(s, options: options, rules: rules, asOf: asOf("2026-11-30"))[0]
    #expect(row.ok && row.paRequired == true && row.authId == "AU1")
  }

  @Test func workersCompPatientBilledToCommercialIsWarned() {
    var s = clinic()
    s.add(coverage("C-WC", payer: "WC", to: "2026-11-30"))
    s.add(coverage("C-COM", payer: "COM"))
    s.add(wcCase())
    s.appointments = [appointment("A1", start: "2026-12-02T09:00")]
    let row = CoverageCheck.rows(s, options: options, rules: rules, asOf: asOf("2026-11-29"))[0]
    #expect(row.problems == ["K1: open workers' comp case for the lumbar region, but billed to C-COM (commercial) [coverage.injury_case]"])
    #expect(row.contact == "adjuster Ada Adjuster 555-0100")
  }

  @Test func onlyTheLookAheadAndProblemsAreListed() {
    var s = clinic()
    s.add(coverage("C1", payer: "COM"))
    s.appointments = [appointment("A1", start: "2026-12-07T09:00"), appointment("A2", start: "2026-12-06T09:00")]
    let some = CoverageCheck.Options(withinDays: 7, verifiedWithinDays: 30)
    #expect(CoverageCheck.rows(s, options: some, rules: rules, asOf: asOf("2026-11-29")).isEmpty)
    #expect(CoverageCheck.rows(s, options: options, rules: rules, asOf: asOf("2026-11-29")).map(\.appointmentId) == ["A2"])
  }

  @Test func eligibilityResponsesAreReadAndRecordedOnce() throws {
    let o = RecordFixtures.record(#"{"coverage_id":"C1","checked_on":"2026-11-28","active":true,"plan_end":"2026-12-31","authorization_required":[{"cpt":"64483","required":true},{"cpt":"99213","required":false}],"trace":"T1","extra":1}"#)
    let r = try EligibilityResponse(o, place: "x:1")
    #expect(r.eligibility == Eligibility(active: true, checkedOn: "2026-11-28", planEnd: "2026-12-31", authRequiredCpts: ["64483"], trace: "T1"))
    let stored = RecordFixtures.record(#"{"kind":"coverage","id":"C1","patient_id":"P1","payer_id":"COM","member_id":"M1","priority":"primary","effective_from":"2026-01-01"}"#)
    let once = CoverageVerify.apply(r, to: stored, by: "va")
    #expect(CoverageVerify.apply(r, to: once, by: "va") == once)
    #expect(once.string("verified_via") == "x12_271" && once.string("verified_on") == "2026-11-28")
    #expect(RecordValidator.validate(once).isEmpty)
    #expect(throws: ToolkitError.self) { try EligibilityResponse(RecordFixtures.record(#"{"coverage_id":"C1","active":true}"#), place: "x:2") }
  }
}

private func referral(_ status: String, received: String = "2026-11-01", statusOn: String? = nil) -> Referral {
  var r: Referral = view(#"{"kind":"referral","id":"R1","patient_id":"P1","received_on":"\#(received)","source":"pcp","reason":"back pain","status":"\#(status)"}"#)
  r.statusOn = statusOn
  return r
}
private let intakeOptions = IntakeCheck.Options(followUpDays: 7, verifiedWithinDays: 30)

@Suite("intake-check rules") struct IntakeCheckTests {
  @Test func receivedNeedsThePacket() {
    var s = clinic()
    s.referrals = [referral("received")]
    let row = IntakeCheck.rows(s, options: intakeOptions, asOf: asOf("2026-11-29"))[0]
    #expect(row.nextAction == "send intake packet" && row.waitingOn == .clinic && row.daysOpen == 28)
    #expect(row.missing == ["intake_packet", "questionnaire", "functional_assessment", "prior_records", "insurance_verified"])
  }

  @Test func packetFollowUpAfterSevenDays() {
    var s = clinic()
    s.referrals = [referral("intake_sent", statusOn: "2026-11-22")]
    var row = IntakeCheck.rows(s, options: intakeOptions, asOf: asOf("2026-11-29"))[0]
    #expect(!row.followUpDue && row.waitingOn == .patient && row.nextAction == "wait for intake packet")
    row = IntakeCheck.rows(s, options: intakeOptions, asOf: asOf("2026-11-30"))[0]
    #expect(row.followUpDue && row.nextAction == "call patient: intake packet not returned")
    // An outreach call restarts the clock.
    s.outreach["P1"] = [view(#"{"kind":"outreach","id":"O1","patient_id":"P1","date":"2026-11-28","channel":"phone","purpose":"intake","result":"voicemail"}"#)]
    #expect(!IntakeCheck.rows(s, options: intakeOptions, asOf: asOf("2026-11-30"))[0].followUpDue)
  }

  @Test func everythingMetIsReadyToBook() {
    var s = clinic()
    s.add(coverage("C1", payer: "COM"))
    s.add(view(#"{"kind":"document","id":"D1","patient_id":"P1","type":"questionnaire","path":"q.pdf","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","date":"2026-11-05"}"#) as Document)
    s.add(view(#"{"kind":"assessment","id":"AS1","patient_id":"P1","date":"2026-11-05","instrument":"odi","score":42}"#) as Assessment)
    s.requests = [view(#"{"kind":"records_request","id":"RQ1","patient_id":"P1","direction":"outgoing","party":"provider","purpose":"prior_records","requested_on":"2026-11-06","status":"open"}"#)]
    s.referrals = [referral("records_requested")]
    var row = IntakeCheck.rows(s, options: intakeOptions, asOf: asOf("2026-11-29"))[0]
    #expect(row.missing == ["prior_records"] && row.waitingOn == .priorProvider && row.followUpDue)
    #expect(row.nextAction == "follow up on prior records request RQ1")
    s.requests[0].status = .received
    s.referrals = [referral("ready")]
    row = IntakeCheck.rows(s, options: intakeOptions, asOf: asOf("2026-11-29"))[0]
    #expect(row.missing.isEmpty && row.nextAction == "book the new-patient evaluation")
  }

  @Test func injuryCaseNeedsClaimAndAdjuster() {
    var s = clinic()
    s.add(coverage("C-WC", payer: "WC"))
    s.add(wcCase(adjuster: false))
    s.referrals = [referral("ready")]
    let row = IntakeCheck.rows(s, options: intakeOptions, asOf: asOf("2026-11-29"))[0]
    #expect(row.missing.contains("injury_case"))
  }

  @Test func scheduledAndDeclinedAreClosed() {
    var s = clinic()
    s.referrals = [referral("scheduled"), referral("declined")]
    #expect(IntakeCheck.rows(s, options: intakeOptions, asOf: asOf("2026-11-29")).isEmpty)
  }

  @Test func advanceIsIdempotentAndRefusesGoingBack() throws {
    let r = RecordFixtures.record(#"{"kind":"referral","id":"R1","patient_id":"P1","received_on":"2026-11-01","source":"pcp","reason":"x","status":"intake_sent"}"#)
    #expect(try IntakeAdvance.apply(r, to: .intakeSent, on: d("2026-11-29"), force: false) == nil)
    let next = try #require(try IntakeAdvance.apply(r, to: .intakeReturned, on: d("2026-11-29"), force: false))
    #expect(next.string("status") == "intake_returned" && next.string("status_on") == "2026-11-29")
    do {
      _ = try IntakeAdvance.apply(next, to: .received, on: d("2026-11-29"), force: false)
      Issue.record("going back should fail")
    } catch {
      #expect(error.status == .dataError && error.message == "referral 'R1' is intake_returned: going back to received needs --force")
    }
    #expect(try IntakeAdvance.apply(next, to: .received, on: d("2026-11-29"), force: true)?.string("status") == "received")
    let declined = try #require(try IntakeAdvance.apply(next, to: .declined, on: d("2026-11-29"), force: false))
    #expect(throws: ToolkitError.self) { try IntakeAdvance.apply(declined, to: .ready, on: d("2026-11-29"), force: false) }
  }
}

private func request(_ party: String, direction: String = "incoming", requested: String = "2026-11-01", due: String? = nil, authorized: String? = nil) -> RecordsRequest {
  var r: RecordsRequest = view(#"{"kind":"records_request","id":"RQ1","patient_id":"P1","direction":"\#(direction)","party":"\#(party)","purpose":"legal","requested_on":"\#(requested)","status":"open"}"#)
  r.dueOn = due
  r.hipaaAuthorizationOn = authorized
  return r
}

@Suite("records-track rules") struct RecordsTrackTests {
  @Test func patientRequestIsDueInThirtyDays() {
    var s = RecordsTrack.status(request("patient"), rules: rules, asOf: d("2026-12-01"))
    #expect(s.dueOn == "2026-12-01" && !s.overdue && !s.blocked && s.rule == "records.request.response")
    #expect(s.reason == "due today [records.request.response]")
    s = RecordsTrack.status(request("patient"), rules: rules, asOf: d("2026-12-02"))
    #expect(s.overdue && s.daysLeft == -1 && s.reason == "overdue by 1 days [records.request.response]")
    // A later due_on on the request cannot stretch the HIPAA 30 days; an earlier one wins.
    #expect(RecordsTrack.status(request("patient", due: "2026-12-20"), rules: rules, asOf: d("2026-11-29")).dueOn == "2026-12-01")
    #expect(RecordsTrack.status(request("patient", due: "2026-11-15"), rules: rules, asOf: d("2026-11-29")).dueOn == "2026-11-15")
  }

  @Test func attorneyWithoutAuthorizationIsBlocked() {
    let s = RecordsTrack.status(request("attorney", due: "2026-12-10"), rules: rules, asOf: d("2026-11-29"))
    #expect(s.blocked && s.rule == "records.request.authorization" && s.dueOn == "2026-12-10")
    #expect(s.reason == "blocked: no HIPAA authorization on file for the attorney [records.request.authorization]; due in 11 days [records.request.third_party]")
    #expect(!RecordsTrack.status(request("attorney", authorized: "2026-10-20"), rules: rules, asOf: d("2026-11-29")).blocked)
    // An authorization dated after --as-of is not on file yet; SSA and patients are not blocked.
    #expect(RecordsTrack.status(request("insurer", authorized: "2026-12-05"), rules: rules, asOf: d("2026-11-29")).blocked)
    #expect(!RecordsTrack.status(request("ssa"), rules: rules, asOf: d("2026-11-29")).blocked)
    #expect(RecordsTrack.status(request("employer"), rules: rules, asOf: d("2026-11-29")).dueOn == "2026-12-01")
  }

  @Test func outgoingRequestsFollowUp() {
    let s = RecordsTrack.status(request("provider", direction: "outgoing", requested: "2026-11-20"), rules: rules, asOf: d("2026-11-29"))
    #expect(s.dueOn == "2026-11-27" && s.overdue && s.reason == "follow up with the provider: requested 9 days ago [intake.follow_up]")
  }

  @Test func overdueFirst() {
    var a = request("patient", requested: "2026-10-01")
    a.id = "RQ2"
    var b = request("attorney", due: "2026-12-20", authorized: "2026-10-01")
    b.id = "RQ3"
    let rows = RecordsTrack.rows([b, request("patient"), a], options: .init(), rules: rules, asOf: asOf("2026-11-29"))
    #expect(rows.map(\.requestId) == ["RQ2", "RQ1", "RQ3"])
  }

  @Test func sendIsBlockedWithoutAuthorizationAndIdempotent() throws {
    let r = RecordFixtures.record(#"{"kind":"records_request","id":"RQ1","patient_id":"P1","direction":"incoming","party":"attorney","purpose":"legal","requested_on":"2026-11-01","status":"open"}"#)
    let doc: Document = view(#"{"kind":"document","id":"D1","patient_id":"P1","type":"clinical_note","path":"n.pdf","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","date":"2026-11-05"}"#)
    #expect(throws: ToolkitError.self) {
      try RecordsRelease.send(r, documents: [doc], on: d("2026-11-29"), authorizedOn: nil, rules: rules, asOf: d("2026-11-29"))
    }
    let sent = try RecordsRelease.send(r, documents: [doc], on: d("2026-11-29"), authorizedOn: d("2026-11-20"), rules: rules, asOf: d("2026-11-29"))
    #expect(sent.string("status") == "sent" && sent.string("sent_on") == "2026-11-29")
    #expect(sent["sent_documents"]?.arrayValue?.first?["sha256"]?.stringValue == doc.sha256)
    #expect(RecordValidator.validate(sent).isEmpty)
    #expect(try RecordsRelease.send(sent, documents: [doc], on: d("2026-11-29"), authorizedOn: nil, rules: rules, asOf: d("2026-11-29")) == sent)
    var other = doc
    other.patientId = "P2"
    #expect(throws: ToolkitError.self) {
      try RecordsRelease.send(sent, documents: [other], on: d("2026-11-29"), authorizedOn: nil, rules: rules, asOf: d("2026-11-29"))
    }
    let closed = RecordsRelease.close(sent, on: d("2026-11-30"))
    #expect(closed.string("status") == "closed" && RecordsRelease.close(closed, on: d("2026-12-01")) == closed)
  }
}

@Suite("coverage-check units left") struct CoverageCheckUnitsTests {
  /// A commercial patient with a 64483 + 64484 auth of one unit each, and the procedure
  /// appointment A1 naming it on 2026-12-02.
  func snapshot(uses: AuthUses) -> BackOfficeSnapshot {
    var s = clinic()
    s.add(coverage("C1", payer: "COM"))
    var a = auth("AU1", payer: "COM", status: "approved")
    a.items.append(AuthItem(seq: 2, cpt: "64484", units: 1, region: .lumbar))
    s.add(a)
    s.authUses["AU1"] = uses
    s.appointments = [appointment("A1", start: "2026-12-02T09:00", type: "procedure", cpts: ["64483", "64484"], auth: "AU1")]
    return s
  }

  func row(_ s: BackOfficeSnapshot) -> CoverageStatus {
    CoverageCheck.rows(s, options: options, rules: rules, asOf: asOf("2026-11-29"))[0]
  }

  @Test func proceduresPerformedUnderTheAuthUseItsUnits() {
    #expect(row(snapshot(uses: AuthUses())).ok)
    // The record says nothing used, but the ledger has the first level performed: the
    // add-on's unit left does not rescue the used-up primary code.
    let used = row(snapshot(uses: AuthUses(performed: ["64483": 1])))
    #expect(used.problems == ["PA needed for 64483,64484: AU1 no units left for 64483 [pa.payer.default]"])
  }

  @Test func otherScheduledAppointmentsCompeteAndTheCheckedOneDoesNotCountAgainstItself() {
    let own = AuthUses.Scheduled(appointmentId: "A1", patientId: "P1", start: "2026-12-02T09:00", cpts: ["64483", "64484"])
    #expect(row(snapshot(uses: AuthUses(scheduled: [own]))).ok)
    let other = AuthUses.Scheduled(appointmentId: "A7", patientId: "P1", start: "2026-12-20T09:00", cpts: ["64483"])
    #expect(
      row(snapshot(uses: AuthUses(scheduled: [own, other]))).problems
        == ["PA needed for 64483,64484: AU1 no units left for 64483 besides other scheduled appointments (A7) [pa.payer.default]"])
  }
}
