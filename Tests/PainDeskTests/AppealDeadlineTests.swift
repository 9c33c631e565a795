import Testing

@testable import PainDesk

@Suite("appeal deadlines") struct AppealDeadlineTests {
  let deadlines = AppealDeadlines(rules: EffectiveRules())
  func d(_ s: String) -> LocalDate { LocalDate(s)! }
  func payer(_ type: PayerType, state: String? = "TX", window: Int? = nil, p2p: Int? = nil) -> Payer {
    Payer(id: "PY", name: "Payer", type: type, state: state, appealWindowDays: window, p2pWindowDays: p2p)
  }

  @Test func medicareRedeterminationCountsFromReceiptPresumedFiveDays() {
    let without = deadlines.formal(payer: payer(.medicare), payerType: .medicare, notice: d("2026-01-10"), receivedOn: nil)
    #expect(without.level == .redetermination && without.date == d("2026-05-15") && without.countedFrom == d("2026-01-15"))
    #expect(without.rule == "appeal.window.medicare.redetermination" && without.source == "42 CFR 405.942")
    let with = deadlines.formal(payer: payer(.medicare), payerType: .medicare, notice: d("2026-01-10"), receivedOn: d("2026-01-12"))
    #expect(with.date == d("2026-05-12"))
  }

  @Test func medicareReconsiderationAfterALostRedetermination() {
    let next = deadlines.next(after: .redetermination, payerType: .medicare, decidedOn: d("2026-06-01"))
    #expect(next?.level == .reconsideration && next?.date == d("2026-12-03") && next?.source == "42 CFR 405.962")
  }

  @Test func medicareAdvantageCountsSixtyFiveDaysFromTheNotice() {
    let w = deadlines.formal(payer: payer(.medicareAdvantage), payerType: .medicareAdvantage, notice: d("2026-01-10"), receivedOn: d("2026-01-20"))
    #expect(w.level == .reconsideration && w.date == d("2026-03-16") && w.source == "42 CFR 422.582")
    // The plan forwards an upheld reconsideration to the IRE (42 CFR 422.592): no provider deadline.
    let ire = deadlines.next(after: .reconsideration, payerType: .medicareAdvantage, decidedOn: d("2026-04-01"))
    #expect(ire?.level == .ireReview && ire?.filedByPayer == true)
  }

  @Test func medicaidManagedCareSixtyDaysAcrossLeapAndCommonFebruary() {
    let leap = deadlines.formal(payer: payer(.medicaid), payerType: .medicaid, notice: d("2024-02-10"), receivedOn: nil)
    #expect(leap.level == .internal1 && leap.date == d("2024-04-10") && leap.source == "42 CFR 438.402(c)(2)(ii)")
    let common = deadlines.formal(payer: payer(.medicaid), payerType: .medicaid, notice: d("2025-02-10"), receivedOn: nil)
    #expect(common.date == d("2025-04-11"))
  }

  @Test func commercialAndMarketplaceInternalOneHundredEightyDays() {
    let c = deadlines.formal(payer: payer(.commercial), payerType: .commercial, notice: d("2026-01-10"), receivedOn: d("2026-01-14"))
    #expect(c.level == .internal1 && c.date == d("2026-07-13") && c.source == "29 CFR 2560.503-1")
    let noReceipt = deadlines.formal(payer: payer(.marketplace), payerType: .marketplace, notice: d("2026-01-10"), receivedOn: nil)
    #expect(noReceipt.date == d("2026-07-09") && noReceipt.source == "PHS Act 2719")
  }

  @Test func payerRecordWindowWins() {
    let w = deadlines.formal(payer: payer(.commercial, window: 90), payerType: .commercial, notice: d("2026-01-10"), receivedOn: nil)
    #expect(w.date == d("2026-04-10") && w.origin == .record(field: "appeal_window_days"))
  }

  @Test func externalReviewFourMonthsRollsAMissingDayToTheFirst() {
    #expect(deadlines.externalReview(after: d("2024-10-31")).date == d("2025-03-01"))
    #expect(deadlines.externalReview(after: d("2023-10-31")).date == d("2024-03-01"))
    #expect(deadlines.externalReview(after: d("2023-10-29")).date == d("2024-02-29"))
    #expect(deadlines.externalReview(after: d("2026-01-15")).date == d("2026-05-15"))
    let next = deadlines.next(after: .internal1, payerType: .commercial, decidedOn: d("2024-10-31"))
    #expect(next?.level == .externalReview && next?.date == d("2025-03-01"))
  }

  @Test func californiaWorkersCompIMRThirtyDaysElseConfig() {
    let ca = deadlines.formal(payer: payer(.workersComp, state: "CA"), payerType: .workersComp, notice: d("2026-03-01"), receivedOn: nil)
    #expect(ca.level == .imr && ca.date == d("2026-03-31") && ca.source == "8 CCR 9792.10.1")
    let tx = deadlines.formal(payer: payer(.workersComp), payerType: .workersComp, notice: d("2026-03-01"), receivedOn: nil)
    #expect(tx.rule == "appeal.window.other" && tx.level == .reconsideration && tx.date == d("2026-04-30"))
  }

  @Test func peerToPeerOnlyWhereOffered() {
    #expect(deadlines.peerToPeer(payer: payer(.commercial), notice: d("2026-03-01")) == nil)
    let w = deadlines.peerToPeer(payer: payer(.commercial, p2p: 14), notice: d("2026-03-01"))
    #expect(w?.level == .peerToPeer && w?.date == d("2026-03-15"))
  }

  @Test func aWeekendDeadlineIsNotMovedAndSaysSo() {
    let t = AppealTriage(rules: EffectiveRules())
    let denial = Denial(id: "DN1", patientId: "P1", payerId: "PY", noticeDate: "2026-01-10", receivedOn: "2026-01-16", reason: "not medically necessary")
    let c = t.triage(denial, payer: payer(.medicare), existing: [], asOf: d("2026-02-01"))
    let rec = c.printed[0]
    #expect(rec.string("deadline") == "2026-05-16")  // a Saturday
    #expect(rec.string("note")?.contains("not moved") == true && rec.string("note")?.contains("2026-05-18") == true)
  }
}
