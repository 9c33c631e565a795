import Testing

@testable import PainDesk

@Suite("revenue scenario") struct RevenueScenarioTests {
  /// 3 physicians x 60 procedures a month x $600 = $1,296,000 a year.
  static let base: [String: Double] = [
    "physicians": 3, "procedures_per_physician_month": 60, "avg_reimbursement_cents": 60_000,
    "first_pass_denial_before": 0.35, "first_pass_denial_after": 0.18, "appeal_recovery_rate": 0.5,
    "pa_hours_per_physician_week_before": 12, "pa_hours_per_physician_week_after": 4, "working_weeks": 48,
    "cancellation_fills_per_month": 4, "va_cost_cents_per_month": 250_000,
  ]

  func row(_ rows: [ReportRow], _ metric: String) -> Double? { rows.first { $0.metric == metric }?.value }

  @Test func formulasAsTheIssueStatesThem() throws {
    let rows = try Scenario(values: Self.base).rows()
    #expect(rows.map(\.metric) == [
      "annual_procedure_revenue", "pa_efficiency_revenue", "appeal_recovery_revenue", "physician_hours_recovered",
      "scheduling_revenue", "va_cost", "net_impact",
    ])
    #expect(row(rows, "annual_procedure_revenue") == 129_600_000)
    #expect(row(rows, "pa_efficiency_revenue") == 22_032_000)  // x 0.17 x 1.0
    #expect(row(rows, "appeal_recovery_revenue") == 11_664_000)  // x 0.18 x 1.0 x 0.5
    #expect(row(rows, "physician_hours_recovered") == 1_152)  // 3 x 8 x 48
    #expect(row(rows, "scheduling_revenue") == 2_880_000)  // 4 x $600 x 12
    #expect(row(rows, "va_cost") == 3_000_000)
    let net: Double = 22_032_000 + 11_664_000 + 2_880_000 - 3_000_000
    #expect(row(rows, "net_impact") == net)
    #expect(rows.allSatisfy { $0.formula?.isEmpty == false && $0.period == "annual" })
    #expect(rows[1].formula!.contains("$1,296,000 x (35% - 18%) x 1"))
  }

  @Test func theVendorClaimImpliesALostShareOfAbout064() throws {
    // A vendor's $140,400 from 35% -> 18% on $1.296M.
    let share = Scenario.impliedLostShare(claimedCents: 14_040_000, annualCents: 129_600_000, before: 0.35, after: 0.18)!
    #expect(abs(share - 0.6373) < 0.0001)
    #expect((share * 100).rounded() / 100 == 0.64)
    var v = Self.base
    v["denied_revenue_lost_share"] = share
    #expect(abs(try Scenario(values: v).paEfficiencyRevenueCents - 14_040_000) < 1)
  }

  /// Revenue that is not lost without an appeal cannot be recovered by one: with 40% of
  /// denied revenue lost, recovery is $1,296,000 x 18% x 0.4 x 1 x 50% = $46,656, not the
  /// $116,640 of counting the same dollars twice.
  @Test func appealRecoveryOnlyOnRevenueLostWithoutAnAppeal() throws {
    var v = Self.base
    v["denied_revenue_lost_share"] = 0.4
    let s = try Scenario(values: v)
    #expect(s.appealRecoveryRevenueCents == 4_665_600)
    let formula = try #require(s.rows().first { $0.metric == "appeal_recovery_revenue" }?.formula)
    #expect(formula.contains("$1,296,000 x 18% x 0.4 x 1 x 50% = $46,656"))
  }

  @Test func optionalFieldsAndHourValue() throws {
    var v = Self.base
    v["appealed_share"] = 0.5
    v["physician_hour_value_cents"] = 20_000
    let s = try Scenario(values: v)
    #expect(s.appealRecoveryRevenueCents == 5_832_000)
    let expected: Double = 22_032_000 + 5_832_000 + 2_880_000 - 3_000_000 + 23_040_000  // 1,152 h x $200
    #expect(s.netImpactCents == expected)
  }

  @Test func missingAndInvalidFieldsAreNamed() {
    var v = Self.base
    v["working_weeks"] = nil
    #expect(throws: ToolkitError.self) { try Scenario(values: v) }
    do { _ = try Scenario(values: v) } catch { #expect(error.message == "scenario: missing field 'working_weeks'" && error.status == .dataError) }
    v = Self.base
    v["first_pass_denial_before"] = 35
    do { _ = try Scenario(values: v) } catch { #expect(error.message.contains("'first_pass_denial_before'")) }
    #expect(throws: ToolkitError.self) { try ScenarioInput.values(json: #"{"physicians":"three"}"#, source: "stdin") }
    #expect(throws: ToolkitError.self) { try ScenarioInput.values(json: #"{"physicans":3}"#, source: "stdin") }
    #expect(throws: ToolkitError.self) { try ScenarioInput.values(json: "[1]", source: "stdin") }
  }

  @Test func sensitivityTable() throws {
    let vary = ScenarioVariation("first_pass_denial_after=0.1..0.3")!
    #expect(vary.values(steps: 5).map { ($0 * 100).rounded() / 100 } == [0.1, 0.15, 0.2, 0.25, 0.3])
    let rows = try vary.rows(base: Self.base, steps: 5)
    #expect(rows.count == 35)
    let net = rows.filter { $0.metric == "net_impact" }
    #expect(net.map(\.key) == ["0.1", "0.15", "0.2", "0.25", "0.3"])
    #expect(net.allSatisfy { $0.dimension == "first_pass_denial_after" })
    #expect(ScenarioVariation("nope=1..2") == nil && ScenarioVariation("physicians=1") == nil)
  }

  @Test func moneyReadsAsDollars() {
    #expect(Money.dollars(129_600_000) == "$1,296,000")
    #expect(Money.dollars(14_040_050) == "$140,400.50")
    #expect(Money.dollars(-5) == "-$0.05")
    #expect(Money.percent(0.175) == "17.5%")
  }
}
