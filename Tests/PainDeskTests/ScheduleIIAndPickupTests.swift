import Foundation
import Testing

@testable import PainDesk

/// Schedule II multiple-Rx series (21 CFR 1306.12(b)), requests a later fill answered,
/// and pickup confirmations.
@Suite("refill-check: Schedule II series, answered requests, pickups") struct ScheduleIIAndPickupTests {
  let utc = EffectiveRules(config: ClinicConfig(timeZone: TimeZone(identifier: "UTC")!))

  func blocking(_ r: Routing) -> [String] { r.findings.filter { $0.severity == .block }.map(\.rule) }

  /// Oxycodone RX1-RX3 written 2026-11-01, `days` each, with these earliest fill dates.
  func series(_ days: [Int], earliest: [String?]) -> [Rx] {
    zip(days, earliest).enumerated().map { k, pair in
      var rx = rxJSON(id: "RX\(k + 1)", drug: "oxycodone", strength: 10, perDay: 3, filled: k == 0 ? "2026-11-01" : nil)
      rx.daysSupply = pair.0
      rx.earliestFillOn = pair.1
      return rx
    }
  }

  @Test func aSeriesWithinNinetyDaysWithEarliestFillDatesIsInOrder() {
    var c = GateClinic()
    c.rx = series([30, 30, 30], earliest: [nil, "2026-12-01", "2026-12-31"])
    #expect(c.route().decision == .readyForPrescriber)
    #expect(ScheduleIISeries(data: c.data, rules: utc).series(of: c.data.rxById["RX2"]!).map(\.id) == ["RX1", "RX2", "RX3"])
  }

  @Test func aSeriesOverNinetyDaysIsFlagged() {
    var c = GateClinic()
    c.rx = series([30, 30, 40], earliest: [nil, "2026-12-01", "2026-12-31"])
    let r = c.route()
    #expect(blocking(r) == ["refill.schedule_ii"])
    let f = r.findings.first { $0.severity == .block }!
    #expect(f.source == "21 CFR 1306.12" && f.message.contains("totals 100 days' supply, over 90"))
    // The audit shows the same gap on every prescription of the series.
    let audit = PrescriptionAuditor(data: c.data, rules: utc, mme: MMECalculator(), entered: [:])
    for id in ["RX1", "RX2", "RX3"] {
      #expect(audit.row(c.data.rxById[id]!).gaps.contains { $0.contains("totals 100 days' supply") })
    }
    // Another drug, or another day, is another series.
    c.rx[2].drug = "hydromorphone"
    #expect(blocking(c.route()) == [])
    c.rx[2].drug = "oxycodone"
    c.rx[2].writtenOn = "2026-10-31"
    #expect(blocking(c.route()) == [])
  }

  @Test func aLaterPrescriptionWithoutAnEarliestFillDateIsFlagged() {
    var c = GateClinic()
    c.rx = series([30, 30, 30], earliest: [nil, "2026-12-01", nil])
    let s = ScheduleIISeries(data: c.data, rules: utc)
    #expect(s.findings(for: c.data.rxById["RX1"]!).isEmpty)
    #expect(s.findings(for: c.data.rxById["RX3"]!).map(\.message).first?.contains("RX3 is a later prescription") == true)
    c.request = c.request.replacingOccurrences(of: "RX1", with: "RX3")
    #expect(blocking(c.route()) == ["refill.schedule_ii"])
    // One Rx alone needs no earliest fill date.
    c.rx = series([30], earliest: [nil])
    c.request = c.request.replacingOccurrences(of: "RX3", with: "RX1")
    #expect(blocking(c.route()) == [])
  }

  @Test func aFillAfterTheRequestWarnsWithoutBlocking() {
    var c = GateClinic()
    let fills = #"[{"date":"2026-10-01","quantity":90,"days_supply":30},{"date":"2026-11-01","quantity":90,"days_supply":30}]"#
    c.rx = [rxJSON(drug: "oxycodone", strength: 10, perDay: 3, fills: fills)]
    c.request = c.request.replacingOccurrences(of: "2026-11-27", with: "2026-10-28")
    let r = c.route()
    #expect(r.decision == .readyForPrescriber, "\(r.findings)")
    #expect(r.findings.contains { $0.rule == "refill.request" && $0.severity == .warn && $0.message.contains("filled 2026-11-01") })
    #expect(r.nextStep.hasPrefix("check whether the fill of 2026-11-01 answered this request"))
    // Judged as it stood when it came in: 9 of 30 days after the fill of 2026-10-01.
    c.request = c.request.replacingOccurrences(of: "2026-10-28", with: "2026-10-10")
    #expect(blocking(c.route()) == ["refill.early"])
  }

  func pickupClinic(pickedUp: String?) -> ControlledSubstanceData {
    var c = GateClinic()
    c.rx = [rxJSON(drug: "oxycodone", strength: 10, perDay: 3, filled: "2026-11-10")]
    c.rx[0].pickedUpOn = pickedUp
    return c.data
  }

  @Test func pickupsConfirmedByTheFieldOrAPharmacyEvent() throws {
    let asOf = LocalDate("2026-11-29")!
    #expect(PickupCheck.unconfirmed(pickupClinic(pickedUp: nil), rules: utc, asOf: asOf).map(\.subjectId) == ["RX1"])
    // An older pickup (a previous fill's) does not confirm this fill.
    #expect(PickupCheck.unconfirmed(pickupClinic(pickedUp: "2026-10-02"), rules: utc, asOf: asOf).count == 1)
    #expect(PickupCheck.unconfirmed(pickupClinic(pickedUp: nil), rules: utc, asOf: LocalDate("2026-11-17")!).isEmpty)

    let field = pickupClinic(pickedUp: "2026-11-11")
    #expect(PickupCheck.unconfirmed(field, rules: utc, asOf: asOf).isEmpty)
    let byField = PickupCheck.confirmed(field, asOf: asOf, events: [:])
    #expect(byField.first?.evidence?["confirmed_via"] == "field")

    // A pharmacy event counts even when a later import dropped the field.
    let event = PickupEvent(pickedUpOn: "2026-11-12", tool: PickupCheck.pharmacyTool, actor: "pharmacy:Main St", at: "2026-11-12T15:00:00Z")
    let dropped = pickupClinic(pickedUp: nil)
    #expect(PickupCheck.unconfirmed(dropped, rules: utc, asOf: asOf, events: ["RX1": [event]]).isEmpty)
    let byPharmacy = PickupCheck.confirmed(dropped, asOf: asOf, events: ["RX1": [event]])
    #expect(byPharmacy.first?.evidence?["confirmed_via"] == "pharmacy_event")
    #expect(byPharmacy.first?.evidence?["confirmed_by"] == "pharmacy:Main St")
    // An import's event that set the field is the field's.
    let imported = PickupEvent(pickedUpOn: "2026-11-11", tool: "paindesk import", actor: "va", at: "2026-11-11T15:00:00Z")
    #expect(PickupCheck.confirmed(field, asOf: asOf, events: ["RX1": [imported]]).first?.evidence?["confirmed_by"] == "va")
  }

  @Test func confirmingAPickupSetsTheFieldAndRefusesOneBeforeTheFill() throws {
    let rx = RecordFixtures.record(#"{"kind":"rx","id":"RX1","patient_id":"P1","prescriber_id":"DR1","drug":"oxycodone","strength":10,"strength_unit":"mg","form":"tablet","units_per_day":3,"quantity":90,"days_supply":30,"schedule":"cii","written_on":"2026-11-01","filled_on":"2026-11-10","status":"active","x_local":"kept"}"#)
    let out = try PickupCheck.confirm(rx, on: LocalDate("2026-11-12")!)
    #expect(out["picked_up_on"] == "2026-11-12" && out["x_local"] == "kept")
    #expect(throws: ToolkitError.self) { try PickupCheck.confirm(rx, on: LocalDate("2026-11-09")!) }
  }
}
