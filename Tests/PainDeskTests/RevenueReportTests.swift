import Foundation
import Testing

@testable import PainDesk

/// The revenue report on a hand-built clinic (Tests/EndToEndTests/Fixtures/revenue-*.ndjson),
/// where every number is worked out by hand in the comments.
@Suite("revenue report") struct RevenueReportTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("EndToEndTests/Fixtures")

  static func lines(_ name: String) throws -> [JSONObject] {
    let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    return text.split(separator: "\n").map { object(String($0)) }
  }

  /// The clinic: the first batch, then A2 (denied -> approved) and A3 (pended -> approved)
  /// recorded by pa-status on 2026-10-20, then the waitlist entry booked as SL1-booking.
  static func clinic() throws -> Ledger {
    let ledger = try makeLedger()
    _ = try importRecords(ledger, try lines("revenue-clinic.ndjson"))
    let importer = RecordImporter(
      ledger: ledger, options: .init(actor: "va", tool: "pa-status", at: "2026-10-20T12:00:00Z", dryRun: false, skipBad: false))
    _ = try importer.run(records: try lines("revenue-updates.ndjson"), source: "test")
    _ = try ledger.void(
      kind: .waitlist, id: "W1", reason: "booked as appointment SL1-booking", actor: "va", tool: "recall-scan",
      at: "2026-10-19T12:00:00Z", dryRun: false)
    return ledger
  }

  static let asOf = AsOf(date: LocalDate("2026-11-29")!, calendar: EffectiveRules().calendar)

  static func report(_ period: RevenuePeriod = .parseMonth("2026-10")!) throws -> [ReportRow] {
    try RevenueReport.run(ledger: clinic(), rules: EffectiveRules(), options: .init(period: period, asOf: asOf))
  }

  func value(_ rows: [ReportRow], _ metric: String, _ dim: String = "total", _ key: String? = nil, _ period: String = "2026-10")
    -> Double?
  {
    rows.first { $0.metric == metric && $0.dimension == dim && $0.key == key && $0.period == period }?.value
  }

  @Test func proceduresAndExpectedRevenue() throws {
    let r = try Self.report()
    // PR1..PR4 performed in October; PR5 is planned.
    #expect(value(r, "procedures_performed") == 4)
    #expect(value(r, "procedures_performed", "family", "esi_transforaminal") == 2)
    #expect(value(r, "procedures_performed", "family", "facet_injection") == 1)
    #expect(value(r, "procedures_performed", "family", "other") == 1)
    #expect(value(r, "procedures_performed", "provider", "DR1") == 2)
    #expect(value(r, "procedures_performed", "payer", "AET") == 2)
    // PR1 Aetna's own fee 600.00 (wins over the commercial 500.00); PR2 2 x 400.00;
    // PR3 MA 300.00; PR4 99213 has no fee.
    #expect(value(r, "expected_revenue_cents") == 170_000)
    #expect(value(r, "expected_revenue_cents", "payer", "AET") == 140_000)
    #expect(value(r, "expected_revenue_cents", "payer", "HUM") == 30_000)
    #expect(value(r, "expected_revenue_cents", "family", "facet_injection") == 80_000)
    #expect(value(r, "expected_revenue_cents", "provider", "DR2") == 30_000)
    #expect(value(r, "procedures_unpriced") == 1)
    // Claims 550.00 + 280.00, and PR2's 350.00 paid without a claim.
    #expect(value(r, "paid_cents") == 118_000)
    #expect(value(r, "paid_cents", "payer", "AET") == 90_000)
    // Same month last year: PR6, MA 64493 200.00.
    #expect(value(r, "procedures_performed", period: "2025-10") == 1)
    #expect(value(r, "expected_revenue_cents", period: "2025-10") == 20_000)
  }

  @Test func authorizationsAndFirstPassDenials() throws {
    let r = try Self.report()
    #expect(value(r, "auths_submitted") == 3)  // A2, A3, A4 (A1 in September)
    #expect(value(r, "auths_submitted", period: "2026-09") == 1)
    #expect(value(r, "auths_pended") == 1)  // A3 was pended first
    // First decisions in October: A1 approved, A2 denied (approved later: still a
    // first-pass denial), A3 approved, A4 partial.
    #expect(value(r, "first_decisions") == 4)
    #expect(value(r, "auths_approved") == 2)
    #expect(value(r, "auths_denied") == 1)
    #expect(value(r, "auths_partial") == 1)
    #expect(value(r, "first_pass_denial_rate") == 0.25)
    #expect(value(r, "first_pass_partial_rate") == 0.25)
    #expect(value(r, "first_pass_denial_rate", "payer", "AET") == 0.5)
    #expect(value(r, "first_pass_denial_rate", "payer", "HUM") == 0)  // a payer with no denials
    #expect(value(r, "first_pass_denial_rate", "family", "facet_injection") == 0.5)
    #expect(value(r, "first_pass_denial_rate", "family", "esi_transforaminal") == 0)
    #expect(value(r, "first_pass_denial_rate", "channel", "fax") == 0.5)  // A2, and A3 by its payer's channel
    #expect(value(r, "first_pass_denial_rate", "channel", "portal") == 0)
    // Turnaround 4, 10, 6, 10 days: median (rank 2 of 4) 6, p90 (rank 4) 10.
    #expect(value(r, "turnaround_median_days") == 6)
    #expect(value(r, "turnaround_p90_days") == 10)
    #expect(value(r, "turnaround_median_days", "payer", "AET") == 4)
    // Deadlines 15, 15 (ERISA), 7, 7 (MA, CMS-0057-F): A4 decided 3 days late.
    #expect(value(r, "deadline_median_days") == 7)
    #expect(value(r, "decisions_past_deadline") == 1)
    #expect(value(r, "decisions_past_deadline_rate") == 0.25)
  }

  /// A lapsed peer-to-peer offer and a resubmission route recorded as missed (older
  /// ledgers, imports) are not missed appeals: only AP3's internal appeal counts.
  @Test func onlyMissedAppealDeadlinesAreMissedAppeals() throws {
    let ledger = try Self.clinic()
    _ = try importRecords(ledger, [
      object(#"{"kind":"appeal","id":"AP5","denial_id":"D2","level":"peer_to_peer","deadline":"2026-10-20","status":"missed"}"#),
      object(#"{"kind":"appeal","id":"AP6","denial_id":"D2","level":"resubmission","deadline":"2026-10-21","status":"missed"}"#),
    ])
    let r = try RevenueReport.run(ledger: ledger, rules: EffectiveRules(), options: .init(period: .parseMonth("2026-10")!, asOf: Self.asOf))
    #expect(value(r, "appeals_missed") == 1)
  }

  @Test func appealsAndScheduling() throws {
    let r = try Self.report()
    #expect(value(r, "denials_received") == 2)
    #expect(value(r, "denied_cents") == 100_000)
    #expect(value(r, "appeals_filed") == 1)
    #expect(value(r, "appeals_won") == 1)
    #expect(value(r, "appeals_lost") == 1)
    #expect(value(r, "appeals_missed") == 1)
    #expect(value(r, "recovered_cents") == 80_000)
    #expect(value(r, "appeal_recovery_rate") == 0.5)
    #expect(value(r, "appointments_cancelled") == 1)
    #expect(value(r, "appointments_no_show") == 1)
    #expect(value(r, "no_show_rate") == 0.25)  // 1 of AP-1, AP-3, AP-4, SL1-booking
    #expect(value(r, "slots_refilled") == 1)
    #expect(value(r, "refilled_procedure_revenue_cents") == 30_000)
    // pa-status recorded two events on 2026-10-20, 10 minutes each.
    #expect(value(r, "staff_events", "tool", "pa-status") == 2)
    #expect(value(r, "pa_hours") == 0.3333)
  }

  @Test func revenueAtRiskAsOfTheDate() throws {
    let r = try Self.report()
    let d = "2026-11-29"
    // D2 (MA window 65 days: 33 left) 200.00 and D3 (preparing, deadline in 6 days) 150.00.
    #expect(value(r, "revenue_at_risk_cents", "category", "denied_unappealed", d) == 35_000)
    #expect(value(r, "denied_unappealed_cents", "days_left", "00-07", d) == 15_000)
    #expect(value(r, "denied_unappealed_cents", "days_left", "31+", d) == 20_000)
    // A5: submitted 11-02, ERISA 15 days, overdue: Aetna 64493 400.00.
    #expect(value(r, "revenue_at_risk_cents", "category", "pending_past_deadline", d) == 40_000)
    // A4: 1 approved unit left, valid to March: 200.00. A3: valid to 12-15: 300.00.
    #expect(value(r, "revenue_at_risk_cents", "category", "approved_unscheduled", d) == 20_000)
    #expect(value(r, "revenue_at_risk_cents", "category", "approved_expiring_unused", d) == 30_000)
    #expect(value(r, "revenue_at_risk_cents", "total", nil, d) == 125_000)
    #expect(value(r, "uds_overdue_patients", "total", nil, d) == 0)
    #expect(value(r, "refills_held") == 0)
  }

  @Test func aPeriodWithNoDataHasZeroCountsAndNoRates() throws {
    let r = try Self.report(.parseMonth("2026-06")!)
    #expect(value(r, "procedures_performed", period: "2026-06") == 0)
    #expect(value(r, "expected_revenue_cents", period: "2026-06") == 0)
    #expect(value(r, "first_decisions", period: "2026-06") == 0)
    #expect(value(r, "first_pass_denial_rate", period: "2026-06") == nil)
    #expect(value(r, "no_show_rate", period: "2026-06") == nil)
  }

  @Test func rangePeriodsCompareWithTheSameLengthBefore() {
    let p = RevenuePeriod(from: LocalDate("2026-10-01")!, to: LocalDate("2026-10-15")!)
    #expect(p.label == "2026-10-01..2026-10-15" && !p.isMonth)
    #expect(p.previous.label == "2026-09-16..2026-09-30")
    #expect(p.lastYear.label == "2025-10-01..2025-10-15")
    #expect(RevenuePeriod.lastFullMonth(before: LocalDate("2026-11-29")!).label == "2026-10")
    #expect(RevenuePeriod.parseMonth("2026-03")!.previous.label == "2026-02")
    #expect(RevenuePeriod.parseMonth("2026-13") == nil)
  }

  @Test func nearestRankPercentiles() {
    #expect(Percentile.nearestRank([15, 20, 35, 40, 50], 0.3) == 20)
    #expect(Percentile.nearestRank([15, 20, 35, 40, 50], 0.4) == 20)
    #expect(Percentile.nearestRank([15, 20, 35, 40, 50], 0.5) == 35)
    #expect(Percentile.nearestRank([15, 20, 35, 40, 50], 1) == 50)
    #expect(Percentile.nearestRank([], 0.5) == nil)
  }

  @Test func htmlNumbersEqualTheRows() throws {
    let rows = try Self.report()
    let html = RevenueReportHTML.render(rows: rows, period: .parseMonth("2026-10")!, asOf: LocalDate("2026-11-29")!)
    let byId = Dictionary(rows.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a })
    let regex = try NSRegularExpression(pattern: #"data-row="([^"]*)" data-value="([^"]*)""#)
    let matches = regex.matches(in: html, range: NSRange(html.startIndex..., in: html))
    #expect(matches.count > 20)
    for m in matches {
      let id = String(html[Range(m.range(at: 1), in: html)!]).replacingOccurrences(of: "&quot;", with: "\"")
      let v = Double(String(html[Range(m.range(at: 2), in: html)!]))
      #expect(byId[id] != nil && byId[id] == v, "\(id)")
    }
    for id in ["chart-monthly-revenue", "chart-denial-rate-by-payer", "chart-appeal-funnel", "chart-revenue-at-risk"] {
      #expect(html.contains("<svg id=\"\(id)\""))
    }
  }
}

extension RevenueReportTests {
  func value(_ rows: [ReportRow], _ metric: String, _ dim: String = "total", _ key: String? = nil, period: String) -> Double? {
    value(rows, metric, dim, key, period)
  }
}
