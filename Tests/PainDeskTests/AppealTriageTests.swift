import Testing

@testable import PainDesk

@Suite("appeal triage") struct AppealTriageTests {
  func cat(_ carc: String?, _ rarc: [String] = [], _ reason: String = "denied") -> DenialCategory {
    DenialCategorizer.category(carc: carc, rarc: rarc, reason: reason)
  }

  @Test func categoriesFromEachCARCGroup() {
    for c in ["50", "55", "56"] { #expect(cat(c) == .medicalNecessity, "CARC \(c)") }
    for c in ["16", "226", "252"] { #expect(cat(c) == .documentation, "CARC \(c)") }
    for c in ["119", "151"] { #expect(cat(c) == .frequency, "CARC \(c)") }
    for c in ["15", "39", "197", "198", "284", "296"] { #expect(cat(c) == .authorization, "CARC \(c)") }
    for c in ["27", "204"] { #expect(cat(c) == .eligibility, "CARC \(c)") }
    for c in ["58", "167", "236"] { #expect(cat(c) == .coding, "CARC \(c)") }
    #expect(cat("96") == .other)
    #expect(cat("999") == .other)
  }

  @Test func remarkCodesDecideWhenTheCARCIsGenericOrAbsent() {
    #expect(cat(nil, ["N705"]) == .documentation && cat(nil, ["N706"]) == .documentation)
    #expect(cat(nil, ["N414"]) == .frequency && cat(nil, ["N435"]) == .frequency)
    #expect(cat(nil, ["M62"]) == .authorization)
    #expect(cat("16", ["M62"]) == .authorization)
    #expect(cat("151", ["N435"]) == .frequency)
    #expect(cat("50", ["N115"]) == .medicalNecessity)
  }

  @Test func reasonWordsWhenNoCodeDecides() {
    #expect(cat(nil, [], "Not medically necessary") == .medicalNecessity)
    #expect(cat(nil, [], "member not eligible on the date of service") == .eligibility)
    #expect(cat(nil, [], "something else") == .other)
  }

  @Test func theRecordsOwnCategoryWins() {
    let d = Denial(id: "D", patientId: "P", payerId: "PY", noticeDate: "2026-01-01", carc: "50", reason: "x", category: .coding)
    #expect(DenialCategorizer.category(of: d) == .coding)
  }

  let t = AppealTriage(rules: EffectiveRules())
  let asOf = LocalDate("2026-11-29")!
  func denial(_ carc: String?, rarc: [String]? = nil, auth: String? = nil, notice: String = "2026-11-20") -> Denial {
    Denial(id: "DN1", patientId: "P1", payerId: "PY", authId: auth, claimId: auth == nil ? "C1" : nil, noticeDate: notice, carc: carc, rarc: rarc, reason: "denied")
  }
  func payer(_ type: PayerType, p2p: Int? = nil) -> Payer { Payer(id: "PY", name: "Payer", type: type, state: "TX", p2pWindowDays: p2p) }

  @Test func peerToPeerFirstWhereOfferedAndOpen() {
    let c = t.triage(denial("50"), payer: payer(.commercial, p2p: 14), existing: [], asOf: asOf)
    #expect(c.route == .peerToPeer)
    #expect(c.printed.map { $0.string("level") } == ["internal_1", "peer_to_peer"])
    #expect(c.printed.map { $0.string("id") } == ["DN1-appeal-internal_1", "DN1-appeal-peer_to_peer"])
    #expect(c.printed[1].string("deadline") == "2026-12-04" && c.printed[1]["days_left"] == .int(5))
    #expect(c.printed[1].string("urgency") == "urgent" && c.printed[0].string("urgency") == "routine")
    #expect(c.toRecord.allSatisfy { $0["days_left"] == nil && $0["urgency"] == nil })
  }

  @Test func closedPeerToPeerFallsBackToTheFormalAppeal() {
    let c = t.triage(denial("50", notice: "2026-10-01"), payer: payer(.commercial, p2p: 14), existing: [], asOf: asOf)
    #expect(c.route == .appeal)
    // A lapsed peer-to-peer offer is not a missed appeal: the formal appeal is still open.
    #expect(c.printed[1].string("status") == "lapsed" && c.printed[1].string("urgency") == "past")
    #expect(c.printed[0].string("status") == "preparing")
  }

  /// A Medicare OPD/WISeR non-affirmation is not appealable as such (resubmit, or render,
  /// bill and appeal the claim): its window passing is not a missed appeal.
  @Test func aNonAffirmationPastItsWindowIsNotAMissedAppeal() {
    let c = t.triage(denial("50", auth: "A1", notice: "2026-01-05"), payer: payer(.medicare), existing: [], asOf: asOf)
    #expect(c.route == .resubmission)
    #expect(c.printed[0].string("status") == "lapsed" && c.toRecord[0].string("status") == "lapsed")
    let n704 = t.triage(denial("16", rarc: ["N704"], notice: "2026-01-05"), payer: payer(.commercial), existing: [], asOf: asOf)
    #expect(n704.toRecord[0].string("status") == "lapsed")
  }

  @Test func onlyAMissedAppealDeadlineIsAMissedAppeal() {
    #expect(AppealStatus.isMissedAppeal(status: "missed", level: "internal_1"))
    #expect(AppealStatus.isMissedAppeal(status: "missed", level: "redetermination"))
    #expect(!AppealStatus.isMissedAppeal(status: "missed", level: "peer_to_peer"))
    #expect(!AppealStatus.isMissedAppeal(status: "missed", level: "resubmission"))
    #expect(!AppealStatus.isMissedAppeal(status: "lapsed", level: "internal_1"))
  }

  @Test func resubmissionForN704AndMA130AndMedicareNonAffirmations() {
    #expect(t.triage(denial("16", rarc: ["N704"]), payer: payer(.commercial, p2p: 14), existing: [], asOf: asOf).route == .resubmission)
    #expect(t.triage(denial("16", rarc: ["MA130"]), payer: payer(.medicare), existing: [], asOf: asOf).route == .resubmission)
    let opd = t.triage(denial("50", auth: "A1"), payer: payer(.medicare), existing: [], asOf: asOf)
    #expect(opd.route == .resubmission && opd.printed[0].string("level") == "redetermination")
  }

  @Test func coverageCheckForEligibility() {
    let c = t.triage(denial("27"), payer: payer(.commercial, p2p: 14), existing: [], asOf: asOf)
    #expect(c.route == .coverageCheck && c.printed.count == 1)
  }

  @Test func missedWhenTheDeadlinePassedAndNothingWasFiled() {
    let c = t.triage(denial("50", notice: "2026-01-05"), payer: payer(.medicaid), existing: [], asOf: asOf)
    #expect(c.printed[0].string("status") == "missed" && c.toRecord[0].string("status") == "missed")
  }

  @Test func anExistingAppealKeepsItsIdAndStatus() {
    let rec = object(#"{"kind":"appeal","id":"DN1-appeal-1","denial_id":"DN1","level":"internal_1","deadline":"2027-05-19","status":"filed","filed_on":"2026-11-25"}"#)
    let old = try! JSONValueDecoder().decode(Appeal.self, from: rec)
    let c = t.triage(denial("50"), payer: payer(.commercial), existing: [old], existingRecords: [old.id: rec], asOf: asOf)
    #expect(c.printed[0].string("id") == "DN1-appeal-1" && c.printed[0].string("status") == "filed")
    #expect(c.toRecord.isEmpty)
  }

  @Test func aLostInternalAppealOpensExternalReview() {
    let rec = object(#"{"kind":"appeal","id":"DN1-appeal-1","denial_id":"DN1","level":"internal_1","deadline":"2027-05-19","status":"lost","filed_on":"2026-11-21","decided_on":"2026-11-25"}"#)
    let old = try! JSONValueDecoder().decode(Appeal.self, from: rec)
    let c = t.triage(denial("50"), payer: payer(.commercial), existing: [old], existingRecords: [old.id: rec], asOf: asOf)
    #expect(c.printed.map { $0.string("level") } == ["internal_1", "external_review"])
    #expect(c.printed[1].string("deadline") == "2027-03-25")
    #expect(t.isOpen(denial("50"), payer: payer(.commercial), existing: [old]))
    #expect(!t.isOpen(denial("50"), payer: payer(.medicareAdvantage), existing: [old]))
  }

  func lost(_ level: String, decided: String) -> (Appeal, JSONObject) {
    let rec = object(#"{"kind":"appeal","id":"DN1-appeal-1","denial_id":"DN1","level":"\#(level)","deadline":"2026-06-01","status":"lost","filed_on":"2026-05-01","decided_on":"\#(decided)"}"#)
    return (try! JSONValueDecoder().decode(Appeal.self, from: rec), rec)
  }

  /// 42 CFR 438.408(f)(2): a State fair hearing no later than 120 calendar days from the
  /// plan's notice of resolution (2026-08-03 + 120 = 2026-12-01).
  @Test func aLostMedicaidPlanAppealOpensAStateFairHearing() {
    let (old, rec) = lost("internal_1", decided: "2026-08-03")
    #expect(t.isOpen(denial("50"), payer: payer(.medicaid), existing: [old]))
    let c = t.triage(denial("50", notice: "2026-06-01"), payer: payer(.medicaid), existing: [old], existingRecords: [old.id: rec], asOf: asOf)
    let row = c.printed.first { $0.string("level") == "state_fair_hearing" }
    #expect(row?.string("deadline") == "2026-12-01" && row?.string("source") == "42 CFR 438.408(f)(2)")
    #expect(row?.string("route_reason")?.contains("after the internal_1 lost on 2026-08-03") == true)
  }

  /// 42 CFR 405.1014: an ALJ hearing within 60 days of receipt of the QIC reconsideration,
  /// receipt presumed 5 days after its date (2026-10-01 + 5 + 60 = 2026-12-05); then the
  /// Council (405.1102) and federal court (405.1136) alike. Below the amount in
  /// controversy ($190 for 2025) the row says so.
  @Test func theMedicareLadderGoesOnAfterTheQIC() {
    let dl = AppealDeadlines(rules: EffectiveRules())
    let alj = dl.next(after: .reconsideration, payerType: .medicare, decidedOn: LocalDate("2026-10-01")!)
    #expect(alj?.level == .aljHearing && alj?.date == LocalDate("2026-12-05") && alj?.countedFrom == LocalDate("2026-10-06"))
    #expect(dl.next(after: .aljHearing, payerType: .medicare, decidedOn: LocalDate("2026-10-01")!)?.level == .appealsCouncil)
    let court = dl.next(after: .appealsCouncil, payerType: .medicare, decidedOn: LocalDate("2026-10-01")!)
    #expect(court?.level == .federalCourt && court?.source == "42 CFR 405.1136")
    #expect(dl.next(after: .federalCourt, payerType: .medicare, decidedOn: LocalDate("2026-10-01")!) == nil)
    #expect(dl.amountInControversyCents(.aljHearing) == 19_000 && dl.amountInControversyCents(.federalCourt) == 190_000)
    let (old, rec) = lost("reconsideration", decided: "2026-10-01")
    var d = denial("50", notice: "2026-03-01")
    d.amountCents = 15_000
    let c = t.triage(d, payer: payer(.medicare), existing: [old], existingRecords: [old.id: rec], asOf: asOf)
    let row = c.printed.first { $0.string("level") == "alj_hearing" }
    #expect(row?.string("deadline") == "2026-12-05" && row?.string("status") == "preparing")
    #expect(row?.string("note")?.contains("below the $190") == true)
  }

  /// 42 CFR 422.592: the plan forwards an upheld reconsideration to the IRE itself; it is
  /// tracked as filed, with no provider deadline, and never becomes missed.
  @Test func anUpheldMAReconsiderationIsForwardedToTheIRE() {
    let (old, rec) = lost("reconsideration", decided: "2026-09-01")
    #expect(t.isOpen(denial("50"), payer: payer(.medicareAdvantage), existing: [old]))
    let c = t.triage(denial("50", notice: "2026-06-01"), payer: payer(.medicareAdvantage), existing: [old], existingRecords: [old.id: rec], asOf: asOf)
    let row = c.printed.first { $0.string("level") == "ire_review" }
    #expect(row?.string("status") == "filed" && row?.string("filed_on") == "2026-09-01" && row?.string("urgency") == "routine")
    #expect(row?.string("route_reason")?.contains("no provider deadline") == true)
    #expect(c.toRecord.contains { $0.string("level") == "ire_review" && $0.string("status") == "filed" })
  }

  @Test func recordingAnOutcome() throws {
    let rec = object(#"{"kind":"appeal","id":"X","denial_id":"DN1","level":"internal_1","deadline":"2027-05-19","status":"preparing"}"#)
    let filed = try AppealUpdate(appealId: "X", filedOn: LocalDate("2026-11-30")).apply(to: rec, today: asOf)
    #expect(filed.string("status") == "filed")
    let won = try AppealUpdate(appealId: "X", decidedOn: LocalDate("2027-01-10"), outcome: .won, recoveredCents: 1200).apply(to: filed, today: asOf)
    #expect(won.string("status") == "won" && won["recovered_cents"] == .int(1200) && won.string("decided_on") == "2027-01-10")
    #expect(throws: ToolkitError.self) {
      try AppealUpdate(appealId: "X", decidedOn: LocalDate("2026-11-01"), outcome: .lost).apply(to: filed, today: asOf)
    }
  }

  @Test func templatesSubstituteAndRejectUnknownPlaceholders() throws {
    let t = AppealTemplate(name: "t", text: "Dear {{ payer_name }}, re {{denial_id}}.")
    #expect(try t.render(["payer_name": "Acme", "denial_id": "D1"]) == "Dear Acme, re D1.")
    #expect(throws: ToolkitError.self) { try AppealTemplate(name: "t", text: "{{nope}}").render([:]) }
  }
}

@Suite("appeal queue") struct AppealQueueTests {
  let t = AppealTriage(rules: EffectiveRules())
  let asOf = LocalDate("2026-11-29")!
  func denial(_ id: String, notice: String) -> Denial {
    Denial(id: id, patientId: "P-" + id, payerId: "PY", claimId: "C1", noticeDate: notice, carc: "50", reason: "denied")
  }
  let medicaid = Payer(id: "PY", name: "Payer", type: .medicaid, state: "TX")

  func cases(_ existing: [String: [Appeal]] = [:]) -> [AppealCase] {
    // Medical-necessity denials: a formal appeal each (their peer-to-peer offers lapse and are
    // not listed by default). Medicaid's window is 60 days. An eligibility denial would route
    // to a coverage check, whose passed window lapses instead of being missed.
    [denial("D3", notice: "2026-10-10"), denial("D1", notice: "2026-01-05"), denial("D2", notice: "2026-10-05")].map {
      t.triage($0, payer: medicaid, existing: existing[$0.id] ?? [], asOf: asOf)
    }
  }

  @Test func unfiledAppealsWithinTheLookAheadAndMissedOnesByDeadline() {
    let rows = AppealQueue().rows(cases(), asOf: asOf)
    // D1: 2026-03-06, missed; D2: 2026-12-04 (5 days); D3: 2026-12-09 (10 days).
    #expect(rows.map { $0.string("denial_id") } == ["D1", "D2", "D3"])
    #expect(rows.map { $0.string("status") } == ["missed", "preparing", "preparing"])
    #expect(rows.map { $0.string("patient_id") } == ["P-D1", "P-D2", "P-D3"])
    #expect(rows.allSatisfy { $0.string("payer_id") == "PY" })
  }

  @Test func theLookAheadAndTheStatusesNarrowIt() {
    #expect(AppealQueue(withinDays: 7).rows(cases(), asOf: asOf).map { $0.string("denial_id") } == ["D1", "D2"])
    #expect(AppealQueue(statuses: [.missed]).rows(cases(), asOf: asOf).map { $0.string("denial_id") } == ["D1"])
  }
}
