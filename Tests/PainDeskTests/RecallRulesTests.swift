import Testing

@testable import PainDesk

private func d(_ s: String) -> LocalDate { LocalDate(s)! }
private let settings = RecallSettings(rules: EffectiveRules())
private func dated(_ id: String, _ date: String, _ type: String = "") -> PatientRecallFacts.Dated {
  .init(id: id, date: d(date), type: type)
}
private func scan(_ f: PatientRecallFacts, asOf: String, includeScheduled: Bool = false) -> [Recall] {
  var o = RecallScan.Options(asOf: d(asOf))
  o.includeScheduled = includeScheduled
  return RecallScan.recalls(f, settings: settings, options: o)
}

@Suite("recall rules") struct RecallRulesTests {
  @Test func defaultsComeFromTheRules() {
    #expect(settings.opioidIntervalDays == 90)
    #expect(settings.reliefMinDays == 14 && settings.reliefMaxDays == 28)
    #expect(settings.repeatAfterMonths == 6)
    #expect(settings.letterAfterAttempts == 3)
    #expect(settings.withinDays == 14)
    #expect(settings.sources[.opioidFollowUp] == "CDC CDS IG")
  }

  @Test func opioidDueNinetyDaysAfterTheLastVisit() {
    var f = PatientRecallFacts(patientId: "P1")
    f.lastVisit = d("2026-09-01")
    f.opioidRx = [.init(id: "RX1", writtenOn: d("2026-11-01"), filledOn: d("2026-11-02"), daysSupply: 30)]
    let need = RecallRules.opioid(f, settings, d("2026-11-29"))!
    #expect(need.dueOn == d("2026-11-30"))
    // Due on 2026-11-30: not overdue on that day, overdue the day after.
    #expect(scan(f, asOf: "2026-11-30").first?.state == .due)
    let late = scan(f, asOf: "2026-12-01").first!
    #expect(late.state == .overdue && late.daysOverdue == 1 && late.priority == 1)
    // The look-ahead edge: due_on exactly 14 days ahead is listed, 15 is not.
    #expect(scan(f, asOf: "2026-11-16").count == 1)
    #expect(scan(f, asOf: "2026-11-15").isEmpty)
  }

  @Test func opioidNeedsAnActivePrescription() {
    var f = PatientRecallFacts(patientId: "P1")
    f.lastVisit = d("2026-01-01")
    // Supply ended 2026-10-01: active through 30 days later, not after.
    f.opioidRx = [.init(id: "RX1", writtenOn: d("2026-09-01"), filledOn: nil, daysSupply: 30)]
    #expect(RecallRules.opioid(f, settings, d("2026-10-31")) != nil)
    #expect(RecallRules.opioid(f, settings, d("2026-11-01")) == nil)
  }

  @Test func opioidNeverSeenIsDueFromTheFirstPrescription() {
    var f = PatientRecallFacts(patientId: "P1")
    f.opioidRx = [.init(id: "RX1", writtenOn: d("2026-11-20"), filledOn: nil, daysSupply: 30)]
    let need = RecallRules.opioid(f, settings, d("2026-11-29"))!
    #expect(need.dueOn == d("2026-11-20") && need.lastVisitOn == nil)
  }

  @Test func opioidIngredientsAreTold() {
    #expect(OpioidIngredients.contains(drug: "Oxycodone", rxnorm: nil))
    #expect(OpioidIngredients.contains(drug: "x", rxnorm: "1819"))
    #expect(!OpioidIngredients.contains(drug: "alprazolam", rxnorm: "596"))
  }

  @Test func procedureFollowUpWindow() {
    var f = PatientRecallFacts(patientId: "P1")
    f.lastVisit = d("2026-11-01")
    f.lastReliefProcedure = dated("PR1", "2026-11-01", "64483")
    let need = RecallRules.procedureFollowUp(f, settings)!
    #expect(need.dueOn == d("2026-11-29"))
    #expect(scan(f, asOf: "2026-11-14").isEmpty)
    #expect(scan(f, asOf: "2026-11-15").first?.reason == .procedureFollowUp)
    // Relief recorded, or a visit after the procedure, ends it.
    var done = f
    done.reliefRecorded = true
    #expect(RecallRules.procedureFollowUp(done, settings) == nil)
    done = f
    done.lastVisit = d("2026-11-02")
    #expect(RecallRules.procedureFollowUp(done, settings) == nil)
    // A future visit satisfies it only from min_days after the procedure.
    var booked = f
    booked.scheduled = [dated("A1", "2026-11-14", "follow_up")]
    #expect(RecallRules.procedureFollowUp(booked, settings)?.scheduled == nil)
    booked.scheduled = [dated("A1", "2026-11-15", "follow_up")]
    #expect(RecallRules.procedureFollowUp(booked, settings)?.scheduled?.id == "A1")
  }

  @Test func repeatEvaluationSixMonthsAfterAnRFA() {
    var f = PatientRecallFacts(patientId: "P1")
    f.lastRFA = dated("PR9", "2026-05-31", "64635")
    f.lastVisit = d("2026-06-20")
    let need = RecallRules.repeatEvaluation(f, settings)!
    // 6 months after May 31: November 31 does not exist, so December 1 (design.md §6).
    #expect(need.dueOn == d("2026-12-01"))
    // A visit from lead_days (30) before the due date satisfies it.
    f.lastVisit = d("2026-11-01")
    #expect(RecallRules.repeatEvaluation(f, settings) == nil)
    f.lastVisit = d("2026-10-31")
    #expect(RecallRules.repeatEvaluation(f, settings) != nil)
  }

  @Test func scsAndPump() {
    var f = PatientRecallFacts(patientId: "P1")
    f.lastSCS = dated("PR2", "2026-01-10", "63685")
    f.lastVisit = d("2026-06-01")
    #expect(RecallRules.scs(f, settings)?.dueOn == d("2026-11-28"))
    f.lastPumpRefill = dated("AP3", "2026-09-01", "pump_refill")
    let pump = RecallRules.pump(f, settings)!
    #expect(pump.dueOn == d("2026-11-30") && pump.lastVisitOn == d("2026-09-01"))
    // Only a pump refill appointment satisfies a pump refill.
    f.scheduled = [dated("AP4", "2026-12-01", "follow_up")]
    #expect(RecallRules.pump(f, settings)?.scheduled == nil)
    f.scheduled.append(dated("AP5", "2026-12-02", "pump_refill"))
    #expect(RecallRules.pump(f, settings)?.scheduled?.id == "AP5")
  }

  @Test func patientIntervalCountsFromTheLastVisit() {
    var f = PatientRecallFacts(patientId: "P1")
    f.recallIntervalDays = 60
    f.lastVisit = d("2026-10-01")
    f.firstContact = d("2026-01-05")
    let need = RecallRules.patientInterval(f, d("2026-11-29"))!
    #expect(need.dueOn == d("2026-11-30") && need.lastVisitOn == d("2026-10-01") && !need.cycleIncludesStart)
    f.recallIntervalDays = 0
    #expect(RecallRules.patientInterval(f, d("2026-11-29")) == nil)
  }

  /// design.md §6: never done means due from the day the requirement began, the first
  /// contact; with none on record, due now.
  @Test func patientIntervalNeverSeenIsDueFromTheFirstContact() {
    var f = PatientRecallFacts(patientId: "P1")
    f.recallIntervalDays = 60
    let now = RecallRules.patientInterval(f, d("2026-11-29"))!
    #expect(now.dueOn == d("2026-11-29") && now.lastVisitOn == nil && now.cycleIncludesStart)
    #expect(scan(f, asOf: "2026-11-29").map(\.state) == [.due])
    f.firstContact = d("2026-09-15")
    let since = RecallRules.patientInterval(f, d("2026-11-29"))!
    #expect(since.dueOn == d("2026-09-15") && since.cycleStart == d("2026-09-15"))
    let items = scan(f, asOf: "2026-11-29")
    #expect(items.map(\.daysOverdue) == [75] && items.map(\.state) == [.overdue])
    // An open referral is the referral reason's call, not a second one.
    f.openReferrals = [dated("RF1", "2026-11-20", "received")]
    #expect(RecallRules.patientInterval(f, d("2026-11-29")) == nil)
    #expect(scan(f, asOf: "2026-11-29").map(\.reason) == [.referral])
  }

  @Test func rebookTheLatestMissedAppointment() {
    var f = PatientRecallFacts(patientId: "P1")
    f.missed = [dated("AP1", "2026-11-01", "follow_up"), dated("AP2", "2026-11-10", "procedure")]
    let need = RecallRules.rebook(f, settings)!
    #expect(need.subjectId == "AP2" && need.dueOn == d("2026-11-17"))
    // A follow-up does not rebook a procedure; another procedure does.
    f.scheduled = [dated("AP3", "2026-12-01", "follow_up")]
    #expect(RecallRules.rebook(f, settings)?.scheduled == nil)
    f.scheduled.append(dated("AP4", "2026-12-03", "procedure"))
    #expect(RecallRules.rebook(f, settings)?.scheduled?.id == "AP4")
  }

  @Test func referralUntilAVisit() {
    var f = PatientRecallFacts(patientId: "P1")
    f.openReferrals = [dated("RF1", "2026-11-01", "received")]
    #expect(RecallRules.referral(f, settings)?.dueOn == d("2026-11-15"))
    f.lastVisit = d("2026-11-01")
    #expect(RecallRules.referral(f, settings) == nil)
  }

  @Test func scheduledReasonsAreLeftOutUnlessAsked() {
    var f = PatientRecallFacts(patientId: "P1")
    f.lastVisit = d("2026-08-01")
    f.recallIntervalDays = 90
    f.scheduled = [dated("AP9", "2026-12-10", "telehealth")]
    #expect(scan(f, asOf: "2026-11-29").isEmpty)
    let marked = scan(f, asOf: "2026-11-29", includeScheduled: true)
    #expect(marked.count == 1 && marked[0].scheduled && marked[0].scheduledOn == "2026-12-10")
    #expect(marked[0].appointmentId == "AP9")
  }

  @Test func outreachMovesToLetterThenDischargeReview() {
    let start = d("2026-10-01")
    func state(_ results: [String], dnc: Bool = false) -> RecallOutreachState {
      let attempts = results.enumerated().map { PatientRecallFacts.Attempt(date: start.adding(days: $0.offset + 1), result: $0.element) }
      return RecallOutreachState(attempts: attempts, since: start, includingStart: false, letterAfter: 3, doNotContact: dnc)
    }
    #expect(state(["no_answer", "voicemail"]).action == .call)
    #expect(state(["no_answer", "voicemail", "reached"]).action == .call)
    let three = state(["no_answer", "voicemail", "bad_number"])
    #expect(three.action == .letter && three.failed == 3 && three.attempts == 3)
    #expect(state(["no_answer", "voicemail", "bad_number", "letter_sent"]).action == .dischargeReview)
    #expect(state(["declined"]).action == .dischargeReview)
    #expect(state(["no_answer"], dnc: true).action == .doNotContact)
    // Attempts before the cycle began do not count.
    let old = RecallOutreachState(
      attempts: [.init(date: start, result: "no_answer")], since: start, includingStart: false, letterAfter: 1,
      doNotContact: false)
    #expect(old.attempts == 0 && old.action == .call)
  }

  @Test func callOrderPutsOverdueOpioidFirst() {
    func r(_ p: String, _ reason: RecallReason, _ priority: Int, _ days: Int) -> Recall {
      Recall(
        patientId: p, reason: reason, rule: "r", source: "s", subjectId: nil, lastVisitOn: nil, dueOn: "2026-11-01",
        state: priority == 3 ? .due : .overdue, daysOverdue: days, priority: priority, contactPreference: nil,
        attempts: 0, failedAttempts: 0, action: .call)
    }
    let sorted = RecallScan.sorted([
      r("P3", .rebook, 3, 0), r("P2", .rebook, 2, 40), r("P1", .opioidFollowUp, 1, 2), r("P4", .referral, 2, 50),
    ])
    #expect(sorted.map(\.patientId) == ["P1", "P4", "P2", "P3"])
  }

  @Test func outreachIdsAreDerived() {
    let o = OutreachLog.record(patient: "P1", date: d("2026-11-29"), channel: .phone, result: .voicemail, purpose: .recall)
    #expect(o.string("id") == "P1-outreach-2026-11-29-recall-phone")
    #expect(RecordValidator.validate(o).isEmpty)
    let c = OutreachLog.complete(object(#"{"patient_id":"P1","channel":"sms","result":"reached"}"#), asOf: d("2026-11-30"))
    #expect(c.string("id") == "P1-outreach-2026-11-30-recall-sms" && c.string("kind") == "outreach")
  }
}
