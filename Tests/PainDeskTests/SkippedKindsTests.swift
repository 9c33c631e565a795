import Testing

@testable import PainDesk

/// A tool fed the wrong kind says so, naming only kinds PainDesk knows.
@Suite struct SkippedKindsTests {
  @Test func nothingSkippedSaysNothing() {
    #expect(SkippedKinds().warning(reads: .refillRequest, tool: "refill-check") == nil)
  }

  @Test func namesTheKindsSeenAndCountsThemForVerbose() {
    var s = SkippedKinds()
    for k in ["auth", "denial", "auth", nil, "Jane Doe 1970-01-01"] { s.add(k) }
    let w = s.warning(reads: .refillRequest, tool: "refill-check")
    #expect(w == "input held another kind, auth and denial records, which refill-check does not read (it reads refill_request): they were skipped")
    #expect(s.detail == "skipped 5 record(s): another kind 2, auth 2, denial 1")
    #expect(w?.contains("Jane") == false)
  }
}
