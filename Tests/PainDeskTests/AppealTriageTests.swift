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
    #expect(c.printed[1].string("status") == "missed" && c.printed[1].string("urgency") == "past")
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
    Denial(id: id, patientId: "P-" + id, payerId: "PY", claimId: "C1", noticeDate: notice, carc: "27", reason: "denied")
  }
  let medicaid = Payer(id: "PY", name: "Payer", type: .medicaid, state: "TX")

  func cases(_ existing: [String: [Appeal]] = [:]) -> [AppealCase] {
    // Eligibility denials: one formal appeal each. Medicaid's window is 60 days.
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
