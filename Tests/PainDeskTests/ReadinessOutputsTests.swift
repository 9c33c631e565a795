import Testing

@testable import PainDesk

/// The hand-built records of findings and readiness are what the generic encoder gives.
@Suite("Readiness outputs") struct ReadinessOutputsTests {
  static let findings: [Finding] = [
    Finding(
      id: "A1-esi.repeat", subjectKind: .auth, subjectId: "A1", rule: "esi.repeat", source: "LCD L39240", severity: .block,
      message: "last ESI gave 40% relief", evidence: .array([.object(JSONObject([("kind", "procedure"), ("id", "PR1")]))])),
    Finding(id: "A1-pa.request.complete", subjectKind: .auth, subjectId: "A1", rule: "pa.request.complete", source: "payer policy", severity: .info, message: "x"),
  ]

  @Test(arguments: findings)
  func findingRecordIsTheEncodersObject(finding: Finding) throws {
    #expect(finding.record == (try JSONValueEncoder().encodeObject(finding)))
  }

  @Test(arguments: [true, false])
  func readinessRecordIsTheEncodersObject(ready: Bool) throws {
    let r = Readiness(id: "A1-readiness", authId: "A1", ready: ready, paRequired: !ready, blocking: ready ? 0 : 2, warnings: 1)
    #expect(r.record == (try JSONValueEncoder().encodeObject(r)))
  }
}
