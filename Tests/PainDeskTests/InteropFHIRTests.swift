import Foundation
import Testing

@testable import PainDesk

@Suite("interop: FHIR Bulk import") struct InteropFHIRTests {
  func run(_ paths: [String], _ ledger: Ledger, dryRun: Bool = false) throws -> FHIRBulkImport.Result {
    var o = InteropFixtures.options
    o.dryRun = dryRun
    return try FHIRBulkImport.run(paths: paths, ledger: ledger, options: o, documentsFolder: DocumentStore.folder(besideLedger: ledger.path))
  }

  /// Part of the public Synthea export (the golden case imports all of it): people,
  /// places, SNOMED conditions and the clinical notes with their attachments. An extra
  /// check on real data where it exists (CI); the project's own fixtures cover the rules.
  @Test func syntheaExportImportsAndIsIdempotent() throws {
    let synthea = try InteropFixtures.synthea()
    let types = ["Patient", "Practitioner", "PractitionerRole", "Organization", "Location", "Condition", "DocumentReference", "AllergyIntolerance"]
    let files = types.map { "\(synthea)/\($0).000.ndjson" }
    let ledger = try makeLedger()
    let r = try run(files, ledger)
    #expect(r.summary.rejects.isEmpty)
    #expect(r.interop.read["Patient"] == 13)
    #expect(r.interop.unmapped["AllergyIntolerance"] == 11)
    #expect(try InteropFixtures.count(ledger, .patient) == 13)
    #expect(try InteropFixtures.count(ledger, .provider) == 43)
    #expect(try InteropFixtures.count(ledger, .diagnosis) == 555)
    #expect(try InteropFixtures.count(ledger, .document) == 1215)
    // SNOMED-coded conditions are kept as snomed, no ICD-10.
    #expect(try ledger.records(of: .diagnosis).allSatisfy { $0.string("snomed") != nil && $0.string("icd10") == nil })
    // Synthea's organizations and locations carry no place-of-service type.
    #expect(r.interop.reasons["no place-of-service type"] == 86)
    // Attachments on disk, named by their hash, in a private folder.
    let folder = DocumentStore.folder(besideLedger: ledger.path)
    let attrs = try FileManager.default.attributesOfItem(atPath: folder)
    #expect((attrs[.posixPermissions] as? Int) == 0o700)
    for d in try ledger.records(of: .document).prefix(20) {
      let file = (DocumentStore.root(besideLedger: ledger.path) as NSString).appendingPathComponent(d.string("path")!)
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
      #expect(EventHash.sha256Hex(bytes) == d.string("sha256"))
    }
    let again = try run(files, ledger)
    #expect(again.summary.totals.added == 0 && again.summary.totals.updated == 0)
    #expect(again.summary.totals.unchanged == r.summary.totals.added)
  }

  @Test func painResourcesMapThroughTheManifest() throws {
    let ledger = try makeLedger()
    let r = try run([InteropFixtures.path("fhir-pain/manifest.json")], ledger)
    #expect(r.transactionTime == "2026-03-01T06:00:00Z")
    #expect(try ledger.meta(.fhirSince) == "2026-03-01T06:00:00Z")
    #expect(r.interop.warnings.contains { $0.contains("OperationOutcome") })
    #expect(r.interop.read["Parameters (header)"] == 1)
    #expect(r.interop.unmapped == ["Immunization": 1])
    let dx = try #require(try ledger.records(of: .diagnosis).first)
    #expect(dx.string("icd10") == "M54.16")
    let procs = try ledger.records(of: .procedure)
    #expect(procs.first { $0.string("id") == "proc-1" }?.string("cpt") == "64483")
    #expect(procs.first { $0.string("id") == "proc-1" }?.string("provider_id") == "pr-1")  // through PractitionerRole
    #expect(procs.first { $0.string("id") == "sr-1" }?.string("status") == "planned")
    let rx = try ledger.records(of: .rx)
    #expect(rx.first { $0.string("id") == "med-1" }?.string("rxnorm") == "7804")  // product name to ingredient
    #expect(rx.first { $0.string("id") == "med-ingredient" }?.string("schedule") == "civ")
    // A completed MedicationDispense's handover is the pickup; one in progress is not.
    #expect(rx.first { $0.string("id") == "med-1" }?.string("picked_up_on") == "2026-02-03")
    #expect(rx.first { $0.string("id") == "med-ingredient" }?["picked_up_on"] == nil)
    #expect(r.interop.read["MedicationDispense"] == 2)
    let uds = try #require(try ledger.records(of: .uds).first)
    #expect(uds["results"]?.arrayValue?.count == 2)
    let cov = try #require(try ledger.records(of: .coverage).first)
    #expect(cov.string("payer_id") == "org-payer" && cov.string("group") == "GRP9")
    #expect(try ledger.records(of: .patient).first?.string("mrn") == "MRN-001")
    // Encounter participant by conditional reference (identifier = NPI).
    #expect(try ledger.records(of: .appointment).contains { $0.string("id") == "enc-1" && $0.string("status") == "completed" })
    // Skipped, counted per reason; never an error.
    #expect(r.interop.reasons["no performer"] == 1)
    #expect(r.interop.reasons["no dosage"] == 1)
    #expect(r.interop.reasons["subject names a Patient not in the files or the ledger"] == 1)
    #expect(r.interop.notes.allSatisfy { !$0.diagnostic.contains("Testcase") })
  }

  @Test func referencesResolveInAnyFileOrderAndAgainstTheLedger() throws {
    let ledger = try makeLedger()
    let dir = InteropFixtures.path("fhir-pain")
    // The condition file first, alone: its patient is not there yet.
    let first = try run(["\(dir)/Patient.000.ndjson", "\(dir)/Condition.000.ndjson"], ledger)
    #expect(first.summary.counts[.diagnosis]?.added == 1)
    let second = try run(["\(dir)/Condition.000.ndjson"], try makeLedger())
    #expect(second.summary.counts[.diagnosis] == nil)
    // A later export that names a patient already in the ledger.
    let third = try run(["\(dir)/Condition.000.ndjson"], ledger)
    #expect(third.summary.counts[.diagnosis]?.unchanged == 1)
  }

  @Test func dryRunWritesNothing() throws {
    let ledger = try makeLedger()
    let r = try run([InteropFixtures.path("fhir-pain/manifest.json")], ledger, dryRun: true)
    #expect(r.summary.totals.added > 0)
    #expect(try InteropFixtures.totalRecords(ledger) == 0)
    #expect(try ledger.meta(.fhirSince) == nil)
    #expect(!FileManager.default.fileExists(atPath: DocumentStore.folder(besideLedger: ledger.path)))
  }

  @Test(arguments: [
    ("{\"resourceType\":\"Patient\",\"id\":\"a\"}\n{\"resourceType\":\"Patient\",\"id\":\n", "Patient.ndjson:2: invalid JSON"),
    ("[1,2]\n", "Patient.ndjson:1: not a FHIR resource"),
    ("{\"id\":\"x\"}\n", "Patient.ndjson:1: not a FHIR resource"),
    ("{\"resourceType\":\"Patient\"}\n", "Patient.ndjson:1: Patient without a usable 'id'"),
    ("{\"resourceType\":\"Patient\",\"id\":\"" + String(repeating: "x", count: 300) + "\"}\n", "Patient.ndjson:1: Patient without a usable 'id'"),
    (String(repeating: "[", count: 5000) + "\n", "Patient.ndjson:1: invalid JSON"),
  ])
  func malformedInputFailsTheBatchAndWritesNothing(_ text: String, _ message: String) throws {
    let good = #"{"resourceType":"Patient","id":"ok","name":[{"family":"F","given":["G"]}],"birthDate":"1970-01-01","address":[{"state":"TX"}]}"#
    let dir = try InteropFixtures.tempFolder(["A-Good.ndjson": Array((good + "\n").utf8), "Patient.ndjson": Array(text.utf8)])
    let ledger = try makeLedger()
    do {
      _ = try run([dir], ledger)
      Issue.record("expected an error")
    } catch let e as ToolkitError {
      #expect(e.status == .dataError)
      #expect(e.message.contains(message), "\(e.message)")
    }
    #expect(try InteropFixtures.totalRecords(ledger) == 0)
  }

  @Test func truncatedAndHostileGzipAreErrors() throws {
    let gz = try [UInt8](Data(contentsOf: URL(fileURLWithPath: InteropFixtures.path("fhir-pain/Procedure.000.ndjson.gz"))))
    let dir = try InteropFixtures.tempFolder(["Procedure.000.ndjson.gz": Array(gz.prefix(gz.count / 2))])
    #expect(throws: ToolkitError.self) { try run([dir], try makeLedger()) }
    // A small file that inflates past the limit.
    let zeros = try InteropFile.gunzip(gz, name: "x")
    #expect(!zeros.isEmpty)
    #expect(throws: ToolkitError.self) { try InteropFile.gunzip(gz, name: "x", maxBytes: 16) }
    #expect(throws: ToolkitError.self) { try InteropFile.gunzip([0x1f, 0x8b, 0, 0, 1, 2, 3], name: "x") }
  }

  @Test func missingInputIs66() throws {
    do {
      _ = try run(["/nonexistent/export"], try makeLedger())
      Issue.record("expected an error")
    } catch let e as ToolkitError {
      #expect(e.status == .noInput)
    }
  }

  @Test func referenceForms() {
    #expect(FHIRReference(.object(["reference": "Patient/1"])) == .literal(type: "Patient", id: "1"))
    #expect(FHIRReference(.object(["reference": "https://x.org/fhir/Patient/1/_history/2"])) == .literal(type: "Patient", id: "1"))
    #expect(
      FHIRReference(.object(["reference": "Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|123"]))
        == .identifier(type: "Practitioner", system: "http://hl7.org/fhir/sid/us-npi", value: "123"))
    #expect(FHIRReference(.object(["display": "x"])) == nil)
  }

  @Test func medicationText() {
    #expect(FHIRMapping.strength("72 HR fentanyl 0.025 MG/HR Transdermal System")! == (25, "mcg_per_hr"))
    #expect(FHIRMapping.form("72 HR fentanyl 0.025 MG/HR Transdermal System") == "patch")
    #expect(FHIRMapping.productName("24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet") == "metformin hydrochloride")
    #expect(RxNormIngredients.inName("Acetaminophen 325 MG / HYDROcodone Bitartrate 5 MG Oral Tablet")?.rxcui == "5489")
  }
}
