import Foundation
import Testing

@testable import PainDesk

/// One patient whose paperwork is in order on 2026-11-29; each test spoils one gate.
struct GateClinic {
  var patient = #"{"kind":"patient","id":"P1","given_name":"A","family_name":"B","dob":"1960-01-01","sex":"female","state":"TX","status":"active","risk_tier":"moderate"}"#
  var rx = [rxJSON(drug: "oxycodone", rxnorm: "7804", strength: 10, perDay: 3, written: "2026-11-01", filled: "2026-11-01")]
  var uds = [#"{"kind":"uds","id":"U1","patient_id":"P1","type":"presumptive","ordered_on":"2026-09-01","collected_on":"2026-09-01","resulted_on":"2026-09-01","reviewed_on":"2026-09-02","reviewed_by":"DR1","results":[{"substance":"oxycodone","detected":true}]}"#]
  var pdmp = [#"{"kind":"pdmp_check","id":"PD1","patient_id":"P1","state":"TX","checked_on":"2026-11-02","checked_by":"DR1","result":"consistent"}"#]
  var agreements = [#"{"kind":"agreement","id":"AG1","patient_id":"P1","type":"opioid_treatment","signed_on":"2026-03-01"}"#]
  var appointments = [#"{"kind":"appointment","id":"AP1","patient_id":"P1","provider_id":"DR1","start":"2026-10-15T09:00","duration_min":30,"type":"follow_up","status":"completed"}"#]
  var locations: [String] = []
  var coverages: [String] = []
  var payers: [String] = []
  var request = #"{"kind":"refill_request","id":"RR1","patient_id":"P1","rx_id":"RX1","requested_on":"2026-11-27","channel":"phone"}"#

  var data: ControlledSubstanceData {
    ControlledSubstanceData(
      patients: [typed(Patient.self, patient)], rx: rx, uds: uds.map { typed(UDS.self, $0) },
      pdmp: pdmp.map { typed(PDMPCheck.self, $0) }, agreements: agreements.map { typed(Agreement.self, $0) },
      appointments: appointments.map { typed(Appointment.self, $0) }, coverages: coverages.map { typed(Coverage.self, $0) },
      payers: payers.map { typed(Payer.self, $0) }, locations: locations.map { typed(Location.self, $0) })
  }

  func route(asOf: String = "2026-11-29", rules: EffectiveRules = EffectiveRules(config: ClinicConfig(timeZone: TimeZone(identifier: "UTC")!))) -> Routing {
    RefillChecker(data: data, rules: rules, asOf: LocalDate(asOf)!).route(typed(RefillRequest.self, request)).0
  }
}

@Suite("refill-check gates") struct RefillGateTests {
  func blocking(_ r: Routing) -> [String] { r.findings.filter { $0.severity == .block }.map(\.rule) }

  @Test func allMetIsReadyAndScheduleIINeedsANewRx() {
    let r = GateClinic().route()
    #expect(r.decision == .readyForPrescriber, "\(r.findings)")
    #expect(r.mmePerDay == 45 && r.mmeTable == "cdc-2022-clinical")
    #expect(r.findings.contains { $0.rule == "refill.schedule_ii" && $0.severity == .info })
  }

  @Test func agreementMissingAndStale() {
    var c = GateClinic()
    c.agreements = []
    #expect(blocking(c.route()) == ["agreement.validity"])
    c.agreements = [#"{"kind":"agreement","id":"AG1","patient_id":"P1","type":"opioid_treatment","signed_on":"2025-11-29"}"#]
    #expect(blocking(c.route()) == ["agreement.validity"])
    c.agreements = [#"{"kind":"agreement","id":"AG1","patient_id":"P1","type":"opioid_treatment","signed_on":"2025-11-30"}"#]
    #expect(blocking(c.route()) == [])
  }

  @Test func udsMissingStaleAndUnexpected() {
    var c = GateClinic()
    c.uds = []
    #expect(blocking(c.route()) == ["uds.interval.moderate"])
    c.uds = [#"{"kind":"uds","id":"U1","patient_id":"P1","type":"presumptive","ordered_on":"2026-05-01","collected_on":"2026-05-01"}"#]
    #expect(blocking(c.route()) == ["uds.interval.moderate"])
    c.uds = [#"{"kind":"uds","id":"U1","patient_id":"P1","type":"definitive","ordered_on":"2026-11-01","collected_on":"2026-11-01","resulted_on":"2026-11-01","results":[{"substance":"oxycodone","detected":false},{"substance":"cocaine","detected":true}]}"#]
    let r = c.route()
    #expect(blocking(r) == ["uds.unexpected_result"])
    #expect(r.findings.first { $0.rule == "uds.unexpected_result" }!.message.contains("prescribed oxycodone not detected"))
    // The same results on a presumptive screen ask for a definitive test (domain.md §9a).
    c.uds[0] = c.uds[0].replacingOccurrences(of: "definitive", with: "presumptive")
    let p = c.route()
    #expect(blocking(p) == [] && p.decision == .readyForPrescriber)
    #expect(p.findings.first { $0.rule == "uds.unexpected_result" }!.message.contains("order a definitive (LC-MS/MS) test"))
  }

  @Test func highTierShortensTheInterval() {
    var c = GateClinic()
    c.patient = c.patient.replacingOccurrences(of: "moderate", with: "high")
    #expect(blocking(c.route()) == [])
    #expect(blocking(c.route(asOf: "2026-12-05")) == ["uds.interval.high"])
  }

  @Test func pdmpMissingStaleAndCaliforniaOverride() {
    var c = GateClinic()
    c.pdmp = []
    // Texas: a check before each Schedule II prescription (and at least every 90 days).
    #expect(blocking(c.route()) == ["pdmp.interval.tx"])
    c.pdmp = [#"{"kind":"pdmp_check","id":"PD1","patient_id":"P1","state":"TX","checked_on":"2026-08-01","checked_by":"DR1","result":"consistent"}"#]
    #expect(blocking(c.route()) == ["pdmp.interval.tx"])
    // California: every 6 months, so a 4-month-old check is current.
    c.patient = c.patient.replacingOccurrences(of: "\"TX\"", with: "\"CA\"")
    #expect(blocking(c.route()) == [])
    // The location's state wins over the patient's.
    c.locations = [#"{"kind":"location","id":"L1","name":"Main","address":{"line":"1 Main","city":"Austin","state":"TX","zip":"78701"},"place_of_service":"11"}"#]
    c.appointments = [#"{"kind":"appointment","id":"AP1","patient_id":"P1","provider_id":"DR1","start":"2026-10-15T09:00","duration_min":30,"type":"follow_up","status":"completed","location_id":"L1"}"#]
    #expect(blocking(c.route()) == ["pdmp.interval.tx"])
  }

  @Test func visitMissingAndStale() {
    var c = GateClinic()
    c.appointments = []
    #expect(blocking(c.route()) == ["opioid.follow_up"])
    c.appointments = [#"{"kind":"appointment","id":"AP1","patient_id":"P1","provider_id":"DR1","start":"2026-08-15T09:00","duration_min":30,"type":"follow_up","status":"completed"}"#]
    #expect(blocking(c.route()) == ["opioid.follow_up"])
    // A UDS appointment alone is not a visit.
    c.appointments = [#"{"kind":"appointment","id":"AP1","patient_id":"P1","provider_id":"DR1","start":"2026-11-15T09:00","duration_min":30,"type":"uds","status":"completed"}"#]
    #expect(blocking(c.route()) == ["opioid.follow_up"])
  }

  @Test func earlyRefill() {
    var c = GateClinic()
    c.request = c.request.replacingOccurrences(of: "2026-11-27", with: "2026-11-20")
    #expect(blocking(c.route()) == ["refill.early"])
    c.request = c.request.replacingOccurrences(of: "2026-11-20", with: "2026-11-25")
    #expect(blocking(c.route()) == [])
  }

  @Test func scheduleRules() {
    var c = GateClinic()
    c.rx = [rxJSON(drug: "oxycodone", strength: 10, perDay: 3, refills: 2)]
    #expect(blocking(c.route()) == ["refill.schedule_ii"])
    let fills = (0..<6).map { #"{"date":"2026-0\#($0 + 1)-01","quantity":30,"days_supply":30}"# }.joined(separator: ",")
    c.rx = [rxJSON(drug: "tramadol", strength: 50, perDay: 2, schedule: "civ", written: "2026-01-01", filled: "2026-11-01", refills: 5, fills: "[\(fills)]")]
    #expect(blocking(c.route()) == ["refill.schedule_iii_iv"])
    c.rx = [rxJSON(drug: "tramadol", strength: 50, perDay: 2, schedule: "civ", written: "2026-05-01", filled: "2026-11-01", refills: 5)]
    #expect(blocking(c.route()) == ["refill.schedule_iii_iv"])
    c.rx = [rxJSON(drug: "tramadol", strength: 50, perDay: 2, schedule: "civ", written: "2026-10-01", filled: "2026-11-01", refills: 5)]
    #expect(blocking(c.route()) == [])
  }

  @Test func signalsDoNotChangeTheDecision() {
    var c = GateClinic()
    c.rx = [
      rxJSON(drug: "oxycodone", strength: 30, perDay: 2),
      rxJSON(id: "RX2", drug: "alprazolam", strength: 1, perDay: 1, schedule: "civ", written: "2026-11-01", filled: "2026-11-01", refills: 1),
    ]
    let r = c.route()
    #expect(r.decision == .readyForPrescriber)
    #expect(r.mmePerDay == 90)
    #expect(r.findings.contains { $0.message.contains("at or above 90") })
    #expect(r.findings.contains { $0.message.contains("alprazolam") })
  }

  @Test func unknownRxNeedsAction() {
    var c = GateClinic()
    c.request = c.request.replacingOccurrences(of: "RX1", with: "RX9")
    #expect(c.route().decision == .needsAction)
  }
}

@Suite("uds-due schedule") struct UDSScheduleTests {
  let rules = EffectiveRules(config: ClinicConfig(timeZone: TimeZone(identifier: "UTC")!))

  @Test func ortBandsAndDueDates() {
    var c = GateClinic()
    c.patient = c.patient.replacingOccurrences(of: ",\"risk_tier\":\"moderate\"", with: "")
    let ort = typed(Assessment.self, #"{"kind":"assessment","id":"AS1","patient_id":"P1","date":"2026-01-01","instrument":"ort","score":8}"#)
    let d = c.data
    let data = ControlledSubstanceData(
      patients: Array(d.patients.values), rx: Array(d.rxById.values), uds: d.uds["P1"]!, assessments: [ort])
    let planner = UDSSchedulePlanner(data: data, rules: rules, asOf: LocalDate("2026-11-29")!)
    let row = planner.schedules(withinDays: 14, all: false).first!
    #expect(row.riskTier == .high && row.tierSource == "ort")
    #expect(row.dueOn == "2026-11-30" && !row.overdue)
    #expect(UDSSchedulePlanner(data: data, rules: rules, asOf: LocalDate("2026-12-01")!).schedules(withinDays: 14, all: false).first!.overdue)
  }

  @Test func unexpectedAndUnreviewedFindings() {
    var c = GateClinic()
    c.uds = [#"{"kind":"uds","id":"U1","patient_id":"P1","type":"presumptive","ordered_on":"2026-11-01","collected_on":"2026-11-01","resulted_on":"2026-11-02","results":[{"substance":"oxycodone","detected":false}]}"#]
    let f = UDSSchedulePlanner(data: c.data, rules: rules, asOf: LocalDate("2026-11-29")!).findings(withinDays: 14)
    #expect(Set(f.map(\.rule)) == ["uds.review", "uds.unexpected_result"])
  }
}

@Suite("uds-due results") struct UDSResultsTests {
  let rules = EffectiveRules(config: ClinicConfig(timeZone: TimeZone(identifier: "UTC")!))

  @Test func reviewedUnexpectedResultsAreHiddenUnlessAll() {
    var c = GateClinic()
    c.uds = [
      #"{"kind":"uds","id":"U1","patient_id":"P1","type":"presumptive","ordered_on":"2026-11-01","collected_on":"2026-11-01","resulted_on":"2026-11-02","reviewed_on":"2026-11-03","results":[{"substance":"oxycodone","detected":false}]}"#,
      #"{"kind":"uds","id":"U2","patient_id":"P1","type":"presumptive","ordered_on":"2026-11-10","collected_on":"2026-11-10","resulted_on":"2026-11-11","results":[{"substance":"oxycodone","detected":false}]}"#,
    ]
    let planner = UDSSchedulePlanner(data: c.data, rules: rules, asOf: LocalDate("2026-11-29")!)
    let open = planner.resultRows(includeReviewed: false)
    #expect(open.map(\.finding.id) == ["U2-review", "U2-unexpected-1"])
    #expect(open.allSatisfy { $0.patientId == "P1" })
    let all = planner.resultRows(includeReviewed: true)
    #expect(all.map(\.finding.id).contains("U1-unexpected-1"))
    #expect(all.first { $0.finding.id == "U1-unexpected-1" }?.finding.severity == .info)
  }
}
