import Foundation
import Testing

@testable import PainDesk

@Suite("interop: EHR CSV and DrChrono") struct InteropEHRTests {
  func table(_ s: String) throws -> CSVParser.Table { try CSVParser.parse(Array(s.utf8), file: "f.csv") }

  func error(_ body: () throws -> Void) -> ToolkitError? {
    do {
      try body()
      return nil
    } catch let e as ToolkitError {
      return e
    } catch {
      return nil
    }
  }

  @Test func rfc4180() throws {
    let t = try table("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\r\n\n3,,last")
    #expect(t.header == ["a", "b", "c"])
    #expect(t.rows.map(\.fields) == [["1", "x, y", "say \"hi\""], ["2", "two\nlines", ""], ["3", "", "last"]])
    #expect(t.rows.map(\.number) == [2, 3, 4])
    #expect(try table("\u{FEFF}a,b\n1,2\n").header == ["a", "b"])
  }

  @Test(arguments: [
    ("a,b\n1,\"open\n", "row 2, column 2: a quoted field is not closed"),
    ("a,b\n1,x\"y\n", "row 2, column 2: a quote inside an unquoted field"),
    ("a,b\n1,\"x\"y\n", "row 2, column 2: text after a closing quote"),
    ("a,b\n1,2,3\n", "row 2: 3 fields; the header has 2"),
    ("", "empty (no header row)"),
  ])
  func malformedCSV(_ text: String, _ message: String) {
    let e = error { _ = try table(text) }
    #expect(e?.status == .dataError)
    #expect(e?.message.contains(message) == true, "\(String(describing: e?.message))")
  }

  @Test func oversizedFieldIsAnError() {
    let big = "a\n\"" + String(repeating: "x", count: CSVParser.maxFieldBytes + 1) + "\"\n"
    let e = error { _ = try table(big) }
    #expect(e?.message.contains("row 2, column 1: a field longer than") == true, "\(String(describing: e?.message))")
  }

  @Test func referenceErrorsNameTheRow() throws {
    let ledger = try makeLedger()
    let dir = try InteropFixtures.tempFolder([
      "a.csv": Array("Appointment ID,Patient ID,Provider ID,Date,Time,Duration,Type,Status,CPT Codes,Location ID\nA1,P1,DR1,3/2/2026,9:30,30,,,,\n".utf8)
    ])
    let s = try CSVImport.run(paths: ["\(dir)/a.csv"], profile: try CSVProfile.load("generic-appointments"), ledger: ledger, options: InteropFixtures.options).0
    #expect(s.rejects.first?.diagnostic.hasPrefix("\(dir)/a.csv:2: appointment 'A1': ") == true, "\(String(describing: s.rejects.first?.diagnostic))")
    #expect(try InteropFixtures.totalRecords(ledger) == 0)
  }

  @Test func shippedProfilesParse() throws {
    #expect(CSVProfile.shippedNames == ["drchrono-appointments", "drchrono-day-sheet", "generic-appointments", "generic-patients"])
    for name in CSVProfile.shippedNames { _ = try CSVProfile.load(name) }
  }

  @Test func drchronoAppointmentList() throws {
    let t = try CSVParser.parse(try InteropFile.read(InteropFixtures.path("drchrono-appointments.csv")), file: "a.csv")
    let records = try CSVImport.map(t, profile: try CSVProfile.load("drchrono-appointments"), file: "a.csv")
    #expect(records.map { $0.string("id")! } == ["drchrono-appt-101", "drchrono-appt-102", "drchrono-appt-103"])
    #expect(records.map { $0.string("status")! } == ["completed", "scheduled", "no_show"])
    #expect(records[0].string("start") == "2026-03-02T09:30")
    #expect(records[0].string("provider_id") == "drchrono-doctor-3")
  }

  @Test func wrongColumnFailsLoudlyWithItsName() throws {
    let t = try table("id,patient_id,doctor,scheduled_time,duration,status\n1,2,3,2026-03-02T09:30:00,30,Complete\n")
    let e = error { _ = try CSVImport.map(t, profile: try CSVProfile.load("drchrono-appointments"), file: "a.csv") }
    #expect(e?.message.contains("lacks 1 column that profile 'drchrono-appointments' reads: 'patient'") == true, "\(String(describing: e?.message))")
    #expect(e?.message.contains("6 columns") == true)
    #expect(e?.message.contains("scheduled_time") == false)
  }

  /// A headerless file's first row is a patient: the error names every missing column and
  /// the count of columns, never a cell of that row.
  @Test func headerlessFileNamesTheMissingColumnsNotTheFirstRow() throws {
    let t = try table("P9,MRN9,Zyxwvut,Qwertyson,11/11/1911,F,TX,555-0199-777,zq@example.invalid,Active\nP10,,A,B,01/01/1970,F,TX,,,Active\n")
    let e = try #require(error { _ = try CSVImport.map(t, profile: try CSVProfile.load("generic-patients"), file: "p.csv") })
    #expect(e.status == .dataError)
    #expect(e.message.contains("the header row (10 columns) lacks 5 columns"), "\(e.message)")
    for column in ["'Patient ID'", "'First Name'", "'Last Name'", "'DOB'", "'State'"] {
      #expect(e.message.contains(column), "\(column) not named: \(e.message)")
    }
    for phi in ["Zyxwvut", "Qwertyson", "1911", "555-0199-777", "zq@example.invalid", "MRN9"] {
      #expect(!e.message.contains(phi), "\(phi) leaked: \(e.message)")
    }
  }

  @Test(arguments: [
    ("P1,,Alex,Doe,13/01/1960,F,TX,,,Active", "row 2, column 'DOB': not a date (MM/DD/YYYY)"),
    ("P1,,Alex,Doe,01/13/1960,X,TX,,,Active", "row 2, column 'Sex': value not in the profile's map"),
    ("P1,,Alex,Doe,01/13/1960,F,ZZ,,,Active", "row 2, column 'State': patient 'P1': 'state' is not a 2-letter US state"),
    ("P1,,,Doe,01/13/1960,F,TX,,,Active", "row 2, column 'First Name': empty"),
  ])
  func badValuesNameRowAndColumn(_ row: String, _ message: String) throws {
    let t = try table("Patient ID,MRN,First Name,Last Name,DOB,Sex,State,Phone,Email,Status\n\(row)\n")
    let e = error { _ = try CSVImport.map(t, profile: try CSVProfile.load("generic-patients"), file: "p.csv") }
    #expect(e?.message.contains(message) == true, "\(String(describing: e?.message))")
    #expect(e?.message.contains("Doe") == false)  // values stay out of errors
  }

  @Test func genericAppointmentsWithTimesAndLists() throws {
    let t = try table("Appointment ID,Patient ID,Provider ID,Date,Time,Duration,Type,Status,CPT Codes,Location ID\nA1,P1,DR1,3/2/2026,2:05 PM,30,Procedure,Scheduled,64483;64484,\n")
    let r = try CSVImport.map(t, profile: try CSVProfile.load("generic-appointments"), file: "a.csv")
    #expect(r[0].string("start") == "2026-03-02T14:05")
    #expect(r[0]["cpts"] == .array(["64483", "64484"]))
    #expect(r[0]["location_id"] == nil)
  }

  @Test(arguments: [
    (#"{"kind":"patient","fields":{"id":"{a}"}}"#, "no 'profile' name"),
    (#"{"profile":"x","kind":"finding","fields":{"id":"{a}"}}"#, "'kind' must name a stored record kind"),
    (#"{"profile":"x","kind":"patient","fields":{"id":"{a}","colour":"{b}"}}"#, "field 'colour' is not a field of patient"),
    (#"{"profile":"x","kind":"patient","fields":{"mrn":"{a}"}}"#, "no 'id' field"),
    (#"{"profile":"x","kind":"patient","date_format":"DD.MM.YYYY","fields":{"id":"{a}"}}"#, "'date_format' must be one of"),
    (#"{"profile":"x","kind":"patient","fields":{"id":{"from":"{a}","type":"money"}}}"#, "unknown type"),
    (#"{"profile":"x","kind":"patient","extra":1,"fields":{"id":"{a}"}}"#, "unknown key 'extra'"),
  ])
  func badProfilesAreConfigErrors(_ json: String, _ message: String) {
    let e = error { _ = try CSVProfile.parse(Array(json.utf8), source: "p.json") }
    #expect(e?.status == .config)
    #expect(e?.message.contains(message) == true, "\(String(describing: e?.message))")
  }

  @Test func csvValues() {
    #expect(CSVValues.date("3/2/2026", format: "MM/DD/YYYY") == "2026-03-02")
    #expect(CSVValues.date("02/30/2026", format: "MM/DD/YYYY") == nil)
    #expect(CSVValues.time("12:00 AM") == "00:00")
    #expect(CSVValues.time("12:30 PM") == "12:30")
    #expect(CSVValues.time("13:00 PM") == nil)
    #expect(CSVValues.cents("$1,234.50") == 123450)
    #expect(CSVValues.cents("(12.00)") == -1200)
  }

  @Test func drchronoAPIPages() throws {
    let ledger = try makeLedger()
    _ = try RecordImporter(ledger: ledger, options: InteropFixtures.options).run(sources: [.file(InteropFixtures.path("drchrono-ledger.ndjson"))])
    let (summary, interop) = try DrChronoImport.run(paths: [InteropFixtures.path("drchrono-api.json")], ledger: ledger, options: InteropFixtures.options)
    #expect(summary.rejects.isEmpty)
    #expect(summary.counts[.patient]?.added == 2)
    #expect(summary.counts[.appointment]?.added == 2)
    #expect(summary.counts[.rx]?.added == 1)
    #expect(interop.read == ["patients": 2, "appointments": 3, "medications": 2, "patient_authorizations": 1, "lab_results": 1])
    #expect(interop.reasons["deleted in DrChrono"] == 1)
    // No coverage for the patient in the ledger, and a lab result that is not a drug test.
    #expect(interop.reasons["no procedure_codes"] == 1)
    #expect(interop.reasons["not a urine drug screen"] == 1)
    #expect(interop.reasons["no strength in the name"] == nil)
    #expect(interop.reasons["no dispense_quantity or days_supply"] == 1)
    let rx = try #require(try ledger.records(of: .rx).first)
    #expect(rx.string("rxnorm") == "7804" && rx.string("schedule") == "cii")
    #expect(try ledger.records(of: .patient).first { $0.string("id") == "drchrono-patient-8" }?.string("state") == "TX")
  }

  /// Authorizations to auth (payer and ICD-10 from the ledger), drug-test lab results to
  /// one uds per lab order; the rest counted and skipped by reason.
  @Test func drchronoAuthorizationsAndDrugScreens() throws {
    let ledger = try makeLedger()
    let api = InteropFixtures.path("drchrono-clinical.json")
    _ = try RecordImporter(ledger: ledger, options: InteropFixtures.options).run(sources: [.file(InteropFixtures.path("drchrono-ledger.ndjson"))])
    // Before the patient's coverage and diagnoses are in the ledger: skipped, counted.
    let (first, firstInterop) = try DrChronoImport.run(paths: [api], ledger: ledger, options: InteropFixtures.options)
    #expect(first.rejects.isEmpty)
    #expect(first.counts[.auth] == nil)
    #expect(firstInterop.reasons["no primary coverage of the patient in the ledger (DrChrono names no payer)"] == 2)
    #expect(first.counts[.uds]?.added == 1)
    _ = try RecordImporter(ledger: ledger, options: InteropFixtures.options).run(sources: [.file(InteropFixtures.path("drchrono-clinical-ledger.ndjson"))])
    let (summary, interop) = try DrChronoImport.run(paths: [api], ledger: ledger, options: InteropFixtures.options)
    #expect(summary.rejects.isEmpty)
    #expect(summary.counts[.auth]?.added == 1)
    #expect(summary.counts[.uds]?.unchanged == 1)
    #expect(interop.read["lab_orders"] == 1 && interop.read["lab_results"] == 5 && interop.read["patient_authorizations"] == 3)
    #expect(interop.reasons["no primary coverage of the patient in the ledger (DrChrono names no payer)"] == 1)
    #expect(interop.reasons["no procedure_codes"] == 1)
    #expect(interop.reasons["not a urine drug screen"] == 1)
    #expect(interop.reasons["lab_order not in the files"] == 1)
    #expect(interop.reasons["lab result pending (no result yet)"] == 1)
    // Notes name ids only: no values, names or codes of results.
    #expect(interop.notes.allSatisfy { !$0.reason.contains("98") && !$0.reason.contains("Robin") && !$0.what.contains("Glucose") })
    let auth = try #require(try ledger.records(of: .auth).first)
    #expect(auth.string("id") == "drchrono-auth-40")
    #expect(auth.string("payer_id") == "payer-acme" && auth.string("coverage_id") == "cov-7")
    #expect(auth["icd10"] == .array(["M54.16"]))
    #expect(auth.string("status") == "approved" && auth.string("auth_number") == "AUTH-40")
    #expect(auth.string("valid_from") == "2026-03-01" && auth.string("valid_to") == "2026-06-01")
    let items = auth["items"]?.arrayValue?.compactMap(\.objectValue) ?? []
    #expect(items.map { $0.string("cpt") } == ["64483", "64484"])
    #expect(items.map { $0["units"] } == [.int(1), .int(2)])
    let uds = try #require(try ledger.records(of: .uds).first)
    #expect(uds.string("id") == "drchrono-uds-70" && uds.string("patient_id") == "drchrono-patient-7")
    #expect(uds.string("type") == "presumptive" && uds.string("ordered_on") == "2026-03-02" && uds.string("collected_on") == "2026-03-02")
    #expect(uds["results"] == .array([.object(["substance": "opiates", "detected": true]), .object(["substance": "cannabinoids", "detected": false])]))
    let (again, _) = try DrChronoImport.run(paths: [api], ledger: ledger, options: InteropFixtures.options)
    #expect(again.changed == 0)
  }

  @Test func drchronoDrugTestResults() {
    typealias C = DrChronoImport.Context
    #expect(C.detected(abnormal: "POS", value: nil) == true)
    #expect(C.detected(abnormal: "AA", value: "x") == true)
    #expect(C.detected(abnormal: "N", value: "POSITIVE") == false)
    #expect(C.detected(abnormal: "", value: "Not detected") == false)
    #expect(C.detected(abnormal: nil, value: "Positive") == true)
    #expect(C.detected(abnormal: "H", value: "250") == nil)
  }

  @Test(arguments: [
    (#"{"results":[{"id":1,"first_name":"A","last_name":"B","date_of_birth":"1960-01-01","gender":"Male"}]}"#, "patients object 1: field 'state' is missing"),
    (#"{"results":[{"id":40,"patient":7,"auth_number":"A"}]}"#, "patient_authorizations object 1: field 'doctor' is missing"),
    (#"{"results":[{"id":40,"patient":7,"doctor":3,"auth_number":"A","procedure_codes":"64483"}]}"#, "field 'procedure_codes' is not an array"),
    (#"{"results":[{"id":40,"patient":7,"doctor":3,"auth_number":"A","procedure_codes":[{"code":"6448"}]}]}"#, "item 1 'code' is not a CPT or HCPCS code"),
    (#"{"results":[{"id":40,"patient":7,"doctor":3,"auth_number":"A","procedure_codes":[{"code":"64483","quantity":"-2"}]}]}"#, "item 1 'quantity' is not a number of units from 1 to 100000"),
    (#"{"results":[{"id":900,"patient":7,"doctor":3,"name":"Oxycodone HCl 5 MG Oral Tablet","rxnorm":"1049621","dosage_quantity":"3","number_refills":0,"dispense_quantity":90,"days_supply":9223372036854775807,"status":"active","date_prescribed":"2026-03-02"}]}"#, "field 'days_supply' is not a number of days"),
    (#"{"results":[{"id":900,"patient":7,"doctor":3,"name":"Oxycodone HCl 5 MG Oral Tablet","rxnorm":"1049621","dosage_quantity":"3","number_refills":0,"dispense_quantity":90,"days_supply":"nan","status":"active","date_prescribed":"2026-03-02"}]}"#, "field 'days_supply' is not a finite number"),
    (#"{"results":[{"id":900,"patient":7,"doctor":3,"name":"Oxycodone HCl 5 MG Oral Tablet","rxnorm":"1049621","dosage_quantity":"3","number_refills":0,"dispense_quantity":90,"days_supply":1e20,"status":"active","date_prescribed":"2026-03-02"}]}"#, "field 'days_supply' is not a number of days"),
    (#"{"results":[{"id":900,"patient":7,"doctor":3,"name":"Oxycodone HCl 5 MG Oral Tablet","rxnorm":"1049621","dosage_quantity":"3","number_refills":"inf","dispense_quantity":90,"days_supply":30,"status":"active","date_prescribed":"2026-03-02"}]}"#, "field 'number_refills' is not a finite number"),
    (#"{"results":[{"id":900,"patient":7,"doctor":3,"name":"Oxycodone HCl 5 MG Oral Tablet","rxnorm":"1049621","dosage_quantity":"3","number_refills":1e300,"dispense_quantity":90,"days_supply":30,"status":"active","date_prescribed":"2026-03-02"}]}"#, "field 'number_refills' is not a count"),
    (#"{"results":[{"id":40,"patient":7,"doctor":3,"auth_number":"A","procedure_codes":[{"code":"64483","quantity":"1e20"}]}]}"#, "item 1 'quantity' is not a number of units"),
    (#"{"results":[{"id":40,"patient":7,"doctor":3,"auth_number":"A","start_date":"March 1"}]}"#, "field 'start_date' is not a date"),
    (#"{"results":[{"id":60,"lab_test":12,"value":"NEG","status":"Done"}]}"#, "lab_results object 1: field 'status' is not a DrChrono lab result status"),
    (#"{"results":[{"id":60,"lab_test":12,"value":"NEG"}]}"#, "lab_results object 1: field 'status' is missing"),
    (#"{"results":[{"id":60,"lab_test":12,"status":"F","observation_code":"3427-2","abnormal_status":"N"}]}"#, "field 'lab_order' is missing"),
    (#"{"results":[{"id":70,"sublab":5,"patient":7}]}"#, "lab_orders object 1: field 'timestamp' is missing"),
    (#"{"results":[{"id":70,"sublab":5,"patient":[7],"timestamp":"2026-03-02T10:15:00"}]}"#, "field 'patient' is not an id"),
    (#"{"results":[{"id":1,"patient":2,"doctor":3,"scheduled_time":"2026-01-01T09:00:00","duration":"thirty"}]}"#, "appointments object 1: field 'duration' is not a whole number"),
    (#"{"results":[{"id":1,"patient":2,"doctor":3,"scheduled_time":"2026-01-01T09:00:00","duration":30,"status":"Partying"}]}"#, "field 'status' is not a DrChrono appointment status"),
    (#"{"results":[{"id":1,"colour":"red"}]}"#, "object 1: not a DrChrono"),
    (#"{"count":1}"#, "a DrChrono API page has a 'results' array"),
    (#"{"results":[1]}"#, "results[0] is not an object"),
    (#"{"results":["#, "invalid JSON"),
  ])
  func drchronoWrongFieldsFailLoudly(_ json: String, _ message: String) throws {
    let dir = try InteropFixtures.tempFolder(["api.json": Array(json.utf8)])
    let ledger = try makeLedger()
    let e = error { _ = try DrChronoImport.run(paths: ["\(dir)/api.json"], ledger: ledger, options: InteropFixtures.options) }
    #expect(e?.status == .dataError)
    #expect(e?.message.contains(message) == true, "\(String(describing: e?.message))")
    #expect(try InteropFixtures.totalRecords(ledger) == 0)
  }
}
