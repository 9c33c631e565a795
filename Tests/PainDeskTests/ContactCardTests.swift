import Foundation
import Testing

@testable import PainDesk

@Suite("contact cards")
struct ContactCardTests {
  static func object(_ text: String) -> JSONObject { try! JSONParser.parse(text).objectValue! }

  static let records = [
    #"{"kind":"patient","id":"P1","given_name":"Ann","family_name":"Example","dob":"1960-01-02","sex":"female","state":"TX","status":"active","phone":"512-555-0101","email":"ann@example.com","contact_preference":"sms"}"#,
    #"{"kind":"patient","id":"P2","given_name":"Bo","family_name":"Sample","dob":"1970-03-04","sex":"male","state":"TX","status":"active","phone":"512-555-0102","do_not_contact":true}"#,
    #"{"kind":"payer","id":"PY1","name":"Acme Health","type":"commercial","fax":"800-555-0199"}"#,
    #"{"kind":"payer","id":"WC","name":"Widget Comp","type":"workers_comp"}"#,
    #"{"kind":"coverage","id":"P1-cov-2","patient_id":"P1","payer_id":"PY1","member_id":"M-SECOND","priority":"secondary","effective_from":"2026-01-01"}"#,
    #"{"kind":"coverage","id":"P1-cov-1","patient_id":"P1","payer_id":"PY1","member_id":"M-PRIMARY","priority":"primary","effective_from":"2026-01-01"}"#,
    #"{"kind":"coverage","id":"P2-cov-1","patient_id":"P2","payer_id":"WC","member_id":"W-1","priority":"primary","effective_from":"2026-01-01"}"#,
    #"{"kind":"case","id":"P2-case-1","patient_id":"P2","coverage_id":"P2-cov-1","type":"workers_comp","claim_number":"WC-77","injury_date":"2025-05-01","state":"TX","status":"open","adjuster":{"name":"Dana Adjuster","phone":"254-555-0175"}}"#,
    #"{"kind":"auth","id":"A1","patient_id":"P1","payer_id":"PY1","provider_id":"DR1","items":[],"icd10":[],"urgency":"standard","status":"denied","auth_number":"AUTH-9","reference":"PRT-1"}"#,
    #"{"kind":"denial","id":"A1-denial-1","patient_id":"P1","payer_id":"PY1","auth_id":"A1","claim_id":"C1","notice_date":"2026-11-01","reason":"criteria"}"#,
    #"{"kind":"claim","id":"C1","patient_id":"P1","payer_id":"PY1","claim_number":"PCN-5","service_date":"2026-10-20","lines":[],"status":"denied"}"#,
  ].map(object)

  static let config = try! ClinicConfig(parsing: Array(#"{"payers":{"PY1":{"phone":"800-555-0100","fax":"800-555-0000","portal_url":"https://portal.example"}}}"#.utf8), path: "config.json")

  static var directory: ContactDirectory {
    var d = ContactDirectory(config: config)
    d.add(records)
    return d
  }

  @Test func aPatientRowGetsThePatientsLinesAndNoPayer() {
    let card = Self.directory.card(for: Self.object(#"{"kind":"recall","patient_id":"P1"}"#))
    #expect(card == Self.object(#"{"patient_name":"Ann Example","phone":"512-555-0101","email":"ann@example.com","channel":"sms","do_not_contact":false}"#))
  }

  @Test func aDoNotContactPatientIsShownAsSuch() {
    let card = Self.directory.card(for: Self.object(#"{"kind":"uds_schedule","patient_id":"P2"}"#))
    #expect(card?["do_not_contact"] == .bool(true))
    #expect(card?.string("patient_name") == "Bo Sample")
  }

  @Test func anAppealRowReachesItsDenialAuthClaimAndPayer() {
    let card = Self.directory.card(for: Self.object(#"{"kind":"appeal","id":"A1-denial-1-appeal-internal_1","denial_id":"A1-denial-1"}"#))
    #expect(card?.string("patient_name") == "Ann Example")
    #expect(card?.string("payer_name") == "Acme Health")
    // The payer record's fax wins over the config's; the config fills in the rest.
    #expect(card?.string("payer_fax") == "800-555-0199")
    #expect(card?.string("payer_phone") == "800-555-0100")
    #expect(card?.string("payer_portal_url") == "https://portal.example")
    // The primary coverage with the payer, not the first one read.
    #expect(card?.string("member_id") == "M-PRIMARY")
    #expect(card?.string("auth_number") == "AUTH-9")
    #expect(card?.string("reference") == "PRT-1")
    #expect(card?.string("claim_number") == "PCN-5")
    #expect(card?["adjuster_name"] == nil)
  }

  @Test func aFindingReachesItsPatientThroughItsEvidence() {
    let card = Self.directory.card(for: Self.object(#"{"kind":"finding","subject_kind":"uds","subject_id":"U1","evidence":{"patient_id":"P1"}}"#))
    #expect(card?.string("phone") == "512-555-0101")
  }

  @Test func anInjuryCaseNamesItsAdjusterAndClaimNumber() {
    let card = Self.directory.card(for: Self.object(#"{"kind":"coverage_status","patient_id":"P2","priority":["P2-cov-1"]}"#))
    #expect(card?.string("payer_name") == "Widget Comp")
    #expect(card?.string("member_id") == "W-1")
    #expect(card?.string("claim_number") == "WC-77")
    #expect(card?.string("adjuster_name") == "Dana Adjuster")
    #expect(card?.string("adjuster_phone") == "254-555-0175")
  }

  @Test func aRowAboutNobodyGetsNoCard() {
    let rows = Self.directory.annotate([Self.object(#"{"kind":"report_row","metric":"x"}"#)])
    #expect(rows[0].has(ContactCard.member) == false)
  }

  @Test func tablesAndCSVShowTheCardAsDottedColumns() throws {
    let rows = Self.directory.annotate([Self.object(#"{"kind":"recall","id":"R1","patient_id":"P2"}"#)])
    let csv = ByteSink.memory()
    let w = RecordWriter(format: .csv, sink: csv, trailingColumns: ["contacts.patient_name", "contacts.do_not_contact", "contacts.payer_name"])
    for r in rows { w.write(r) }
    try w.finish()
    #expect(csv.text == "kind,id,patient_id,contacts.patient_name,contacts.do_not_contact,contacts.payer_name\nrecall,R1,P2,Bo Sample,true,\n")
  }

  @Test func theConfigTakesThePayersLines() throws {
    let config = try ClinicConfig(parsing: Array(#"{"payers":{"PY1":{"appeals_fax":"800-555-0111","appeals_address":"PO Box 1"}}}"#.utf8), path: "c.json")
    #expect(config.payers["PY1"]?.string("appeals_fax") == "800-555-0111")
    #expect(throws: ToolkitError.self) {
      try ClinicConfig(parsing: Array(#"{"payers":{"PY1":{"phone":5}}}"#.utf8), path: "config.json")
    }
  }
}
