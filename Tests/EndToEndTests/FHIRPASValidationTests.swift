import Foundation
import Testing

/// The PAS request bundles `pa-submit --export fhir-pas` writes, checked by an
/// independent validator (Python fhir.resources, R4B models) and against the shape the
/// Da Vinci PAS request bundle profile asks for.
@Suite("FHIR PAS export") struct FHIRPASValidationTests {
  @Test func exportIsValidFHIRAndShapedLikePAS() throws {
    if !OptionalValidator.present("python3 -c 'import fhir.resources.R4B.bundle'") {
      try OptionalValidator.missing("python3 with fhir.resources", install: "pip install -r Tests/requirements.txt")
    }
    let work = try makeTempDir("pas")
    defer { try? FileManager.default.removeItem(at: work) }
    let ledger = work.appendingPathComponent("ledger.sqlite")
    try FileManager.default.copyItem(atPath: try DemoLedger.shared(), toPath: ledger.path)
    let env = ["PAINDESK_LEDGER": ledger.path, "HOME": work.path]
    let r = try Shell.run(
      "pa-status --status draft --format ndjson --as-of 2026-11-29 | sed -n 1,5p | pa-submit --export fhir-pas --as-of 2026-11-29 > out.ndjson",
      cwd: work, environment: env)
    #expect(r.status == 0, "\(r.stderr)")
    // The PAS request bundle (Da Vinci PAS IG, profile-pas-request-bundle): a collection
    // whose first entry is a preauthorization Claim with the elements the profile requires,
    // and the resources that Claim references.
    let script = """
      import json
      from fhir.resources.R4B.bundle import Bundle
      n = 0
      for line in open('out.ndjson'):
          b = json.loads(line)
          Bundle.parse_obj(b)
          assert b['type'] == 'collection', b['type']
          claim = b['entry'][0]['resource']
          assert claim['resourceType'] == 'Claim' and claim['use'] == 'preauthorization'
          for key in ('patient', 'provider', 'priority', 'insurance', 'diagnosis', 'type', 'status', 'created'):
              assert key in claim, key
          kinds = [e['resource']['resourceType'] for e in b['entry']]
          for k in ('Patient', 'Coverage', 'Practitioner', 'Condition'):
              assert k in kinds, k
          n += 1
      assert n == 5, n
      print('ok', n)
      """
    try script.write(to: work.appendingPathComponent("check.py"), atomically: true, encoding: .utf8)
    let v = try Shell.run("python3 check.py", cwd: work)
    #expect(v.status == 0, "\(v.stdout)\(v.stderr)")
  }
}
