import Foundation
import Testing

@testable import PainDesk

/// The PDMP mandates of domain.md §9.1 beyond the default and California: each met,
/// stale and missing, on refill-check's queue and in its audit.
@Suite("PDMP state rules") struct PDMPStateRuleTests {
  let utc = EffectiveRules(config: ClinicConfig(timeZone: TimeZone(identifier: "UTC")!))

  func clinic(_ state: String, pdmp: String?, rx: [Rx]? = nil) -> GateClinic {
    var c = GateClinic()
    c.patient = c.patient.replacingOccurrences(of: "\"TX\"", with: "\"\(state)\"")
    c.pdmp = pdmp.map { [#"{"kind":"pdmp_check","id":"PD1","patient_id":"P1","state":"\#(state)","checked_on":"\#($0)","checked_by":"DR1","result":"consistent"}"#] } ?? []
    if let rx { c.rx = rx }
    return c
  }

  func pdmpGaps(_ r: Routing) -> [String] {
    r.findings.filter { $0.severity == .block && $0.rule.hasPrefix("pdmp.") }.map(\.rule)
  }

  /// Oxycodone at `mg` x 3 a day (1.5 MME/mg), Schedule II, written and filled 2026-11-01.
  func oxycodone(_ mg: Double) -> [Rx] { [rxJSON(drug: "oxycodone", strength: mg, perDay: 3)] }

  @Test func alabamaTwiceAYearAbove30MME() {
    // 45 MME/day: every 183 days.
    #expect(pdmpGaps(clinic("AL", pdmp: "2026-06-01").route()) == [])
    #expect(pdmpGaps(clinic("AL", pdmp: "2026-05-01").route()) == ["pdmp.interval.al"])
    #expect(pdmpGaps(clinic("AL", pdmp: nil).route()) == ["pdmp.interval.al"])
    let stale = clinic("AL", pdmp: "2026-05-01").route().findings.first { $0.rule == "pdmp.interval.al" }!
    #expect(stale.source == "PDMP TTAC mandatory query table (2021-11-30)")
    #expect(stale.message.contains("older than 183 days (AL)"))
  }

  @Test func alabamaAt30MMEOrBelowKeepsTheDefault() {
    // 22.5 MME/day: Alabama's mandate does not apply; 90 days (CDC 2022 Rec 9).
    #expect(pdmpGaps(clinic("AL", pdmp: "2026-09-15", rx: oxycodone(5)).route()) == [])
    #expect(pdmpGaps(clinic("AL", pdmp: "2026-06-01", rx: oxycodone(5)).route()) == ["pdmp.interval"])
  }

  @Test func alabamaAbove90MMEBeforeEveryPrescription() {
    // 135 MME/day and a Schedule II request (a new prescription): a check after the
    // last prescription (2026-11-01), however recent the one before it.
    #expect(pdmpGaps(clinic("AL", pdmp: "2026-10-15", rx: oxycodone(30)).route()) == ["pdmp.interval.al"])
    #expect(pdmpGaps(clinic("AL", pdmp: "2026-11-01", rx: oxycodone(30)).route()) == ["pdmp.interval.al"])
    #expect(pdmpGaps(clinic("AL", pdmp: "2026-11-02", rx: oxycodone(30)).route()) == [])
    #expect(pdmpGaps(clinic("AL", pdmp: "2026-11-29", rx: oxycodone(30)).route()) == [])
    #expect(pdmpGaps(clinic("AL", pdmp: nil, rx: oxycodone(30)).route()) == ["pdmp.interval.al"])
    let gap = clinic("AL", pdmp: "2026-10-15", rx: oxycodone(30)).route().findings.first { $0.rule == "pdmp.interval.al" }!
    #expect(gap.message.contains("not after the prescription of 2026-11-01"))
  }

  @Test func arizonaQuarterly() {
    #expect(pdmpGaps(clinic("AZ", pdmp: "2026-09-01").route()) == [])
    #expect(pdmpGaps(clinic("AZ", pdmp: "2026-08-01").route()) == ["pdmp.interval.az"])
    #expect(pdmpGaps(clinic("AZ", pdmp: nil).route()) == ["pdmp.interval.az"])
    let r = clinic("AZ", pdmp: "2026-08-01").route().findings.first { $0.rule == "pdmp.interval.az" }!
    #expect(r.source == "Pew 2018 (PDMP TTAC)")
  }

  @Test func arizonaNewCourseInTheAudit() {
    // Hydrocodone from 2026-09-01, then oxycodone from 2026-11-01: a new course, so the
    // check must postdate the hydrocodone prescription even though it is within 90 days.
    let rx = [
      rxJSON(id: "RX0", drug: "hydrocodone", strength: 10, perDay: 3, written: "2026-09-01", filled: "2026-09-01"),
      rxJSON(drug: "oxycodone", strength: 10, perDay: 3),
    ]
    func gaps(_ pdmp: String) -> [String] {
      let c = clinic("AZ", pdmp: pdmp, rx: rx)
      let audit = PrescriptionAuditor(data: c.data, rules: utc, mme: MMECalculator(), entered: [:])
      return audit.row(c.data.rxById["RX1"]!).gaps.filter { $0.contains("PDMP") }
    }
    #expect(gaps("2026-08-20").count == 1)
    #expect(gaps("2026-08-20").first?.contains("at the start of each new course") == true)
    #expect(gaps("2026-09-02") == [])
    // A continuing course (oxycodone before oxycodone) needs only the quarterly check.
    let continuing = [
      rxJSON(id: "RX0", drug: "oxycodone", strength: 10, perDay: 3, written: "2026-10-01", filled: "2026-10-01"),
      rxJSON(drug: "oxycodone", strength: 10, perDay: 3),
    ]
    let c = clinic("AZ", pdmp: "2026-08-20", rx: continuing)
    #expect(c.data.startsCourse(c.data.rxById["RX0"]!) && !c.data.startsCourse(c.data.rxById["RX1"]!))
    let audit = PrescriptionAuditor(data: c.data, rules: utc, mme: MMECalculator(), entered: [:])
    #expect(audit.row(c.data.rxById["RX1"]!).gaps.filter { $0.contains("PDMP") } == [])
  }

  @Test func alaskaBeforeEveryScheduleIIOrIIIPrescription() {
    #expect(pdmpGaps(clinic("AK", pdmp: "2026-10-15").route()) == ["pdmp.interval.ak"])
    #expect(pdmpGaps(clinic("AK", pdmp: "2026-11-05").route()) == [])
    #expect(pdmpGaps(clinic("AK", pdmp: nil).route()) == ["pdmp.interval.ak"])
    let ak = clinic("AK", pdmp: "2026-10-15").route().findings.first { $0.rule == "pdmp.interval.ak" }!
    #expect(ak.message.contains("before each cii/ciii prescription") && ak.message.hasSuffix(": check the PDMP"))
    // A Schedule IV refill with refills left is no new prescription: the default applies.
    let tramadol = [rxJSON(drug: "tramadol", strength: 50, perDay: 2, schedule: "civ", written: "2026-10-01", filled: "2026-11-01", refills: 5)]
    #expect(pdmpGaps(clinic("AK", pdmp: "2026-10-15", rx: tramadol).route()) == [])
    #expect(pdmpGaps(clinic("AK", pdmp: "2026-08-01", rx: tramadol).route()) == ["pdmp.interval"])
    // In the audit: the check must come after the previous Schedule II-III prescription.
    let rx = [
      rxJSON(id: "RX0", drug: "oxycodone", strength: 10, perDay: 3, written: "2026-10-01", filled: "2026-10-01"),
      rxJSON(drug: "oxycodone", strength: 10, perDay: 3),
    ]
    for (checked, expected) in [("2026-10-15", 0), ("2026-09-20", 1)] {
      let c = clinic("AK", pdmp: checked, rx: rx)
      let audit = PrescriptionAuditor(data: c.data, rules: utc, mme: MMECalculator(), entered: [:])
      #expect(audit.row(c.data.rxById["RX1"]!).gaps.filter { $0.contains("PDMP") }.count == expected)
    }
  }

  @Test func thePayersStateWhenNoLocation() {
    var c = GateClinic()
    c.pdmp = [#"{"kind":"pdmp_check","id":"PD1","patient_id":"P1","state":"AK","checked_on":"2026-10-15","checked_by":"DR1","result":"consistent"}"#]
    c.payers = [#"{"kind":"payer","id":"PY1","name":"Alaska Care","type":"commercial","state":"AK"}"#]
    c.coverages = [#"{"kind":"coverage","id":"C1","patient_id":"P1","payer_id":"PY1","member_id":"M1","priority":"primary","effective_from":"2026-01-01"}"#]
    #expect(c.data.ruleState("P1", on: LocalDate("2026-11-29")!, calendar: utc.calendar) == "AK")
    #expect(pdmpGaps(c.route()) == ["pdmp.interval.ak"])
  }

  @Test func aClinicTunesAStateInItsConfig() throws {
    let text = #"{"timezone":"UTC","rules":{"pdmp.interval.al":{"interval_days":90},"pdmp.interval.ak":{"schedules":["cii"]}}}"#
    let rules = EffectiveRules(config: try ClinicConfig(parsing: Array(text.utf8), path: "config.json"))
    #expect(pdmpGaps(clinic("AL", pdmp: "2026-06-01").route(rules: rules)) == ["pdmp.interval.al"])
    let ciii = [rxJSON(drug: "codeine", strength: 30, perDay: 3, schedule: "ciii")]
    // Schedule III with no refills left needs a new prescription; AK's config now only covers II.
    #expect(pdmpGaps(clinic("AK", pdmp: "2026-10-15", rx: ciii).route(rules: rules)) == [])
    #expect(pdmpGaps(clinic("AK", pdmp: "2026-10-15", rx: ciii).route()) == ["pdmp.interval.ak"])
  }

  @Test func everyShippedStateRuleHasASource() {
    for id in ["pdmp.interval", "pdmp.interval.ca", "pdmp.interval.al", "pdmp.interval.az", "pdmp.interval.ak"] {
      #expect(!(ShippedRules.rule(id)?.source.isEmpty ?? true), "\(id)")
    }
  }
}
