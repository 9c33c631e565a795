import Foundation
import Testing

/// The PAS request bundles `pa-submit --export fhir-pas` writes, checked by an
/// independent validator (Python fhir.resources, R4B models) and against the structure
/// of the Da Vinci PAS reference implementation's example request bundle.
@Suite("FHIR PAS export") struct FHIRPASValidationTests {
  @Test func exportIsValidFHIRAndShapedLikePAS() throws {
    let probe = try Shell.run("python3 -c 'import fhir.resources.R4B.bundle'", cwd: FileManager.default.temporaryDirectory)
    if probe.status != 0 {
      #expect(ProcessInfo.processInfo.environment["CI"] == nil, "fhir.resources is missing; CI must pip install -r Tests/requirements.txt")
      print("skipping FHIR validation: pip install fhir.resources (Tests/requirements.txt)")
      return
    }
    let work = try makeTempDir("pas")
    defer { try? FileManager.default.removeItem(at: work) }
    let ledger = work.appendingPathComponent("ledger.sqlite")
    try FileManager.default.copyItem(atPath: try DemoLedger.shared(), toPath: ledger.path)
    let env = ["PAINDESK_LEDGER": ledger.path, "HOME": work.path]
    let r = try Shell.run(
      "pa-status --status draft --format ndjson --as-of 2026-11-29 | head -5 | pa-submit --export fhir-pas --as-of 2026-11-29 > out.ndjson",
      cwd: work, environment: env)
    #expect(r.status == 0, "\(r.stderr)")
    let example = Executables.packageRoot.deletingLastPathComponent()
      .appendingPathComponent("shared/data/davinci-prior-auth-ri/test-resources/bundle-prior-auth.json").path
    let script = """
      import json, sys
      from fhir.resources.R4B.bundle import Bundle
      ex = json.load(open(sys.argv[1]))
      ex_claim = ex['entry'][0]['resource']
      n = 0
      for line in open('out.ndjson'):
          b = json.loads(line)
          Bundle.parse_obj(b)
          assert b['type'] == ex['type'], b['type']
          claim = b['entry'][0]['resource']
          assert claim['resourceType'] == 'Claim' and claim['use'] == ex_claim['use'] == 'preauthorization'
          for key in ('patient', 'provider', 'priority', 'insurance', 'diagnosis', 'type', 'status', 'created'):
              assert key in claim and key in ex_claim, key
          kinds = [e['resource']['resourceType'] for e in b['entry']]
          for k in ('Patient', 'Coverage', 'Practitioner', 'Condition'):
              assert k in kinds and k in [e['resource']['resourceType'] for e in ex['entry']], k
          n += 1
      assert n == 5, n
      print('ok', n)
      """
    try script.write(to: work.appendingPathComponent("check.py"), atomically: true, encoding: .utf8)
    let v = try Shell.run("python3 check.py '\(example)'", cwd: work)
    #expect(v.status == 0, "\(v.stdout)\(v.stderr)")
  }
}
