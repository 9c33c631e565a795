import Foundation
import Testing

/// Every failure path we know, fed records whose names, dates of birth, phones, emails,
/// addresses and record numbers are distinctive strings; none of them may appear on
/// stderr (crash output included), no control character from input may reach it raw, and
/// no run may die of a signal. Ids and codes may be named; values read from input may not.
@Suite("PHI stays out of errors", .serialized) struct PHIInErrorsTests {
  /// The protected values: each appears in the inputs below and never in a message.
  static let phi = [
    "Zyxwvut", "Qwertyson", "1911-11-11", "11/11/1911", "19111111", "555-0199-777", "5550199777",
    "zq@example.invalid", "77 Vexillum Lane", "Quuxville", "MRN-QZ-4242", "Plughborough",
  ]

  static let provider = #"{"kind":"provider","id":"DR1","npi":"1234567893","given_name":"Pat","family_name":"Doctor","role":"physician"}"#
  static let payer = #"{"kind":"payer","id":"PY1","name":"Acme","type":"commercial"}"#
  static let patient = #"{"kind":"patient","id":"P1","mrn":"MRN-QZ-4242","given_name":"Zyxwvut","family_name":"Qwertyson","dob":"1911-11-11","sex":"female","state":"TX","phone":"555-0199-777","email":"zq@example.invalid","status":"active","provider_id":"DR1"}"#

  /// A patient line with one member replaced.
  static func patient(_ field: String, _ json: String) -> String {
    var o = try! JSONSerialization.jsonObject(with: Data(patient.utf8)) as! [String: Any]
    o[field] = try! JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
    return String(decoding: try! JSONSerialization.data(withJSONObject: o, options: [.sortedKeys]), as: UTF8.self)
  }

  static let csvRow = "P9,MRN-QZ-4242,Zyxwvut,Qwertyson,11/11/1911,F,TX,555-0199-777,zq@example.invalid,Active"
  static let csvHeader = "Patient ID,MRN,First Name,Last Name,DOB,Sex,State,Phone,Email,Status"

  /// Input files by name, then the command lines that must fail.
  static let files: [String: String] = [
    "base.ndjson": [provider, payer].joined(separator: "\n") + "\n",
    "good.ndjson": patient + "\n",
    "headerless.csv": csvRow + "\n" + csvRow.replacingOccurrences(of: "P9", with: "P10") + "\n",
    "bad-date.csv": csvHeader + "\n" + csvRow.replacingOccurrences(of: "11/11/1911", with: "13/11/1911") + "\n",
    "bad-enum.csv": csvHeader + "\n" + csvRow.replacingOccurrences(of: ",F,", with: ",Zyxwvut,") + "\n",
    "bad-state.csv": csvHeader + "\n" + csvRow.replacingOccurrences(of: ",TX,", with: ",Quuxville,") + "\n",
    "bad-dob.ndjson": patient("dob", #""1911-13-11""#) + "\n",
    "bad-sex.ndjson": patient("sex", #""Zyxwvut""#) + "\n",
    "bad-state.ndjson": patient("state", #""Quuxville""#) + "\n",
    "bad-phone.ndjson": patient("phone", "5550199777") + "\n",
    "bad-email.ndjson": patient("email", #"["zq@example.invalid"]"#) + "\n",
    "bad-recall.ndjson": patient("recall_interval_days", "9223372036854775807") + "\n",
    "missing-ref.ndjson": patient("provider_id", #""DR404""#) + "\n",
    "unknown-kind.ndjson": patient("kind", #""Zyxwvut""#) + "\n",
    "truncated.ndjson": String(patient.dropLast(20)) + "\n",
    "duplicate-key.ndjson": String(patient.dropLast()) + #","given_name":"Zyxwvut"}"# + "\n",
    "not-object.ndjson": #"["Zyxwvut","Qwertyson","1911-11-11"]"# + "\n",
    "escape-id.ndjson": patient("id", #""P1\u001b]0;owned\u0007\nforged line""#) + "\n",
    "rx-huge.ndjson": #"{"kind":"rx","id":"RX1","patient_id":"P1","prescriber_id":"DR1","drug":"oxycodone","strength":5,"strength_unit":"mg","form":"tablet","units_per_day":1e300,"quantity":90,"days_supply":9223372036854775807,"schedule":"cii","written_on":"2026-01-02","status":"active","pharmacy":"77 Vexillum Lane"}"# + "\n",
    "case-adjuster.ndjson": #"{"kind":"case","id":"C1","patient_id":"P1","coverage_id":"CV404","type":"workers_comp","claim_number":"WC1","injury_date":"1911-11-11","state":"Quuxville","employer":"Plughborough","adjuster":{"name":"Zyxwvut","phone":"555-0199-777","email":["zq@example.invalid"]},"status":"open"}"# + "\n",
    "location-address.ndjson": #"{"kind":"location","id":"L1","name":"Main","address":{"line":"77 Vexillum Lane","city":"Quuxville","state":"Quuxville","zip":"Plughborough"},"place_of_service":"11"}"# + "\n",
    "document-path.ndjson": #"{"kind":"document","id":"D1","patient_id":"P1","type":"letter","path":"/home/Zyxwvut/Qwertyson-1911-11-11.pdf","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","date":"2026-01-01"}"# + "\n",
    "drchrono.json": #"{"results":[{"id":7,"first_name":"Zyxwvut","last_name":"Qwertyson","date_of_birth":"1911-11-11","gender":"Female","cell_phone":"555-0199-777","email":"zq@example.invalid","address":"77 Vexillum Lane","city":"Quuxville"}]}"#,
    "drchrono-dob.json": #"{"results":[{"id":7,"first_name":"Zyxwvut","last_name":"Qwertyson","date_of_birth":"11/11/1911","gender":"Female","state":"TX","cell_phone":"555-0199-777"}]}"#,
    "drchrono-rx.json": #"{"results":[{"id":900,"patient":7,"doctor":3,"name":"Zyxwvut 5 MG","dosage_quantity":"3","number_refills":"inf","dispense_quantity":90,"days_supply":30,"status":"active","date_prescribed":"1911-11-11"}]}"#,
    "Patient.000.ndjson": #"{"resourceType":"Patient","id":"pz","name":[{"family":"Qwertyson","given":["Zyxwvut"]}],"birthDate":"1911-11-11","telecom":[{"system":"phone","value":"555-0199-777"}],"address":[{"line":["77 Vexillum Lane"],"city":"Quuxville"}]"# + "\n",
  ]

  static let commands: [String] = [
    "paindesk import --from csv --profile generic-patients headerless.csv",
    "paindesk import --from csv --profile generic-appointments headerless.csv",
    "paindesk import --from csv --profile generic-patients bad-date.csv",
    "paindesk import --from csv --profile generic-patients bad-enum.csv",
    "paindesk import --from csv --profile generic-patients bad-state.csv",
    "paindesk import bad-dob.ndjson", "paindesk import bad-sex.ndjson", "paindesk import bad-state.ndjson",
    "paindesk import bad-phone.ndjson", "paindesk import bad-email.ndjson", "paindesk import bad-recall.ndjson",
    "paindesk import missing-ref.ndjson", "paindesk import unknown-kind.ndjson", "paindesk import truncated.ndjson",
    "paindesk import duplicate-key.ndjson", "paindesk import not-object.ndjson", "paindesk import escape-id.ndjson",
    "paindesk import rx-huge.ndjson", "paindesk import case-adjuster.ndjson", "paindesk import location-address.ndjson",
    "paindesk import document-path.ndjson",
    "paindesk import --skip-bad rejects.ndjson bad-dob.ndjson bad-state.ndjson",
    "paindesk import --from drchrono drchrono.json", "paindesk import --from drchrono drchrono-dob.json",
    "paindesk import --from drchrono drchrono-rx.json",
    "paindesk import --from fhir Patient.000.ndjson",
    "paindesk import --from x12-835 bad-units.835", "paindesk import --from x12-835 bad-st.835",
    "pa-submit --check --as-of 2026-11-29 < bad-dob.ndjson",
    "pa-submit --check --as-of 2026-11-29 < escape-id.ndjson",
    "appeal-pack --as-of 2026-11-29 < bad-sex.ndjson",
    "recall-scan fill --as-of 2026-11-29 < bad-dob.ndjson",
    "paindesk void patient 'P1\u{1B}[2J' --reason x",
  ]

  @Test func noFailurePathEchoesPatientData() throws {
    let dir = try makeTempDir("phi")
    defer { try? FileManager.default.removeItem(at: dir) }
    let env = ["PAINDESK_LEDGER": dir.appendingPathComponent("l.sqlite").path]
    for (name, text) in Self.files {
      try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    // The 835s: a patient's name, DOB and member id in NM1/DMG, and a fault after them.
    let sample = try String(
      contentsOf: Executables.packageRoot.appendingPathComponent("Tests/PainDeskTests/Fixtures/interop/remit-sample.835"),
      encoding: .utf8
    ).replacingOccurrences(of: "NM1*QC*1*DOE*JANE****MI*MEMBER1~", with: "NM1*QC*1*QWERTYSON*ZYXWVUT****MI*MRN-QZ-4242~")
    try sample.replacingOccurrences(of: "SVC*HC:64483*1000*300**1~", with: "SVC*HC:64483*1000*300**nan~")
      .write(to: dir.appendingPathComponent("bad-units.835"), atomically: true, encoding: .utf8)
    try sample.replacingOccurrences(of: "ST*835*0001~", with: "ST*Zyxwvut*0001~")
      .write(to: dir.appendingPathComponent("bad-st.835"), atomically: true, encoding: .utf8)

    #expect(try Shell.run("paindesk init && paindesk import base.ndjson good.ndjson", cwd: dir, environment: env).status == 0)
    var stderr = ""
    for command in Self.commands {
      let r = try Shell.run(command, cwd: dir, environment: env)
      #expect(r.status != 0, "\(command) succeeded: it is meant to fail")
      #expect(r.status < 128, "\(command) died of a signal (\(r.status)): \(r.stderr)")
      #expect(!r.stderr.isEmpty, "\(command) said nothing on stderr")
      stderr += r.stderr
      for value in Self.phi {
        #expect(!r.stderr.localizedCaseInsensitiveContains(value), "\(command) printed '\(value)': \(r.stderr)")
      }
      #expect(!r.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(command) printed a control character: \(r.stderr.debugDescription)")
      #expect(!r.stderr.contains("\nforged line"), "a newline in an id split the message: \(r.stderr)")
    }
    #expect(stderr.contains("\\u{1B}"), "an escape in an id is shown escaped")
  }
}
