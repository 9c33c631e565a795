import Testing

@testable import PainDesk

/// revenue-model's revenue at risk and appeal-pack answer "until when can this denial
/// be appealed" with the same date, for every payer type, with and without a known
/// receipt date (Medicare presumes receipt 5 days after the notice, 42 CFR 405.942).
@Suite("revenue at risk: appeal deadlines") struct RevenueRiskDeadlineTests {
  @Test func revenueAtRiskAndAppealPackAgreeOnEveryPayerType() throws {
    let ledger = try makeLedger()
    var records = [provider, patient]
    for type in PayerType.allCases {
      let state = type == .workersComp ? #","state":"CA""# : ""
      records.append(object(#"{"kind":"payer","id":"Y-\#(type.rawValue)","name":"Payer","type":"\#(type.rawValue)"\#(state)}"#))
      for (suffix, received) in [("n", ""), ("r", #","received_on":"2026-10-09""#)] {
        records.append(object(
          #"{"kind":"denial","id":"D-\#(type.rawValue)-\#(suffix)","patient_id":"P1","payer_id":"Y-\#(type.rawValue)","notice_date":"2026-10-01","reason":"not necessary","carc":"50","amount_cents":1000\#(received)}"#))
      }
    }
    _ = try importRecords(ledger, records)
    let rules = EffectiveRules()
    var data = RevenueData()
    for p in try ledger.all(Payer.self) { data.payers[p.id] = p }
    let risk = RevenueRisk(data: data, rules: rules, settings: RevenueSettings(), denials: try ledger.unappealedDenials(), auths: [])
    let triage = AppealTriage(rules: rules)
    let denials = try ledger.all(Denial.self)
    #expect(risk.denials.count == denials.count)
    for group in risk.denials {
      let d = try #require(denials.first { $0.payerId == group.payerId && $0.receivedOn == group.receivedOn })
      let pack = triage.triage(d, payer: data.payers[d.payerId], existing: [], asOf: LocalDate("2026-10-02")!).formal.date
      #expect(risk.appealDeadline(group, notice: LocalDate("2026-10-01")!) == pack, "\(d.id)")
    }
    // Medicare: 120 days from presumed receipt (notice + 5), not from the notice.
    let medicare = try #require(risk.denials.first { $0.payerId == "Y-medicare" && $0.receivedOn == nil })
    #expect(risk.appealDeadline(medicare, notice: LocalDate("2026-10-01")!) == LocalDate("2027-02-03"))
  }
}
