import Testing

@testable import PainDesk

/// `Auth(record:)` gives what `JSONValueDecoder` gives, or nil where the decoder would
/// throw (or where it leaves a record to the decoder).
@Suite("Auth record decoding") struct AuthRecordDecodingTests {
  static let full = #"""
    {"kind":"auth","id":"A1","patient_id":"P1","payer_id":"PY1","coverage_id":"C1","case_id":null,"provider_id":"DR1",
     "items":[{"seq":1,"cpt":"64483","units":2,"region":"lumbar","side":"left","levels":["L4-L5","L5-S1"],"outcome":"partial",
       "approved_units":1,"units_used":null},{"seq":2,"cpt":"64484","units":1}],
     "icd10":["M54.16","M47.816"],"urgency":"expedited","service_date":"2026-12-15","location_id":"L1","place_of_service":"11",
     "status":"denied","channel":"portal","reference":"R1","submitted_at":"2026-11-01T15:00:00Z","decided_at":"2026-11-03T10:00:00Z",
     "auth_number":"N1","valid_from":"2026-11-03","valid_to":"2027-02-03","requested_items":["1","2"],"reauth_of":"A0",
     "document_ids":["D1"],"denial":{"carc":"197","rarc":["N54"],"hcr01":"A3","reason":"no PA"},"intent":"therapeutic"}
    """#

  static let valid: [String] = [
    full,
    #"{"kind":"auth","id":"A2","patient_id":"P1","payer_id":"PY1","provider_id":"DR1","items":[],"icd10":[],"urgency":"standard","status":"draft"}"#,
    #"{"kind":"auth","id":"A3","patient_id":"P1","payer_id":"PY1","provider_id":"DR1","items":[{"seq":1,"cpt":"62323","units":1}],"icd10":["M54.16"],"urgency":"standard","status":"draft","denial":null,"levels":3}"#,
  ]

  /// Records the decoder refuses: a member of the wrong type, an unknown value, a missing
  /// required member, a non-integral number.
  static let invalid: [String] = [
    #"{"kind":"auth","id":"A4","patient_id":"P1","payer_id":"PY1","provider_id":"DR1","items":[],"icd10":[],"urgency":"soon","status":"draft"}"#,
    #"{"kind":"auth","id":"A5","patient_id":"P1","payer_id":"PY1","provider_id":"DR1","items":[{"seq":1.5,"cpt":"1","units":1}],"icd10":[],"urgency":"standard","status":"draft"}"#,
    #"{"kind":"auth","id":"A6","patient_id":"P1","payer_id":"PY1","items":[],"icd10":[],"urgency":"standard","status":"draft"}"#,
    #"{"kind":"auth","id":7,"patient_id":"P1","payer_id":"PY1","provider_id":"DR1","items":[],"icd10":[],"urgency":"standard","status":"draft"}"#,
    #"{"kind":"auth","id":"A8","patient_id":"P1","payer_id":"PY1","provider_id":"DR1","items":[],"icd10":[3],"urgency":"standard","status":"draft"}"#,
    #"{"kind":"auth","id":"A9","patient_id":"P1","payer_id":"PY1","provider_id":"DR1","items":[],"icd10":[],"urgency":"standard","status":"draft","service_date":20261215}"#,
    #"{"kind":"auth","id":"A10","patient_id":"P1","payer_id":"PY1","provider_id":"DR1","items":[],"icd10":[],"urgency":"standard","status":"draft","denial":{"carc":"1"}}"#,
  ]

  static func object(_ text: String) throws -> JSONObject {
    try #require(try JSONParser.parse(text).objectValue)
  }

  @Test(arguments: valid)
  func sameAsTheDecoder(text: String) throws {
    let o = try Self.object(text)
    let byHand = try #require(Auth(record: o))
    #expect(byHand == (try JSONValueDecoder().decode(Auth.self, from: o)))
  }

  /// Every auth of the valid fixtures (which together use every field of the kind:
  /// `RecordFixtureTests.validFixturesUseEveryField`), so a field added to `Auth` and its
  /// spec but not to `Auth(record:)` fails here.
  @Test func everyValidFixtureAuthAsTheDecoder() throws {
    let auths = try RecordFixtures.records("records-valid.ndjson").filter { $0.record.string("kind") == "auth" }
    #expect(!auths.isEmpty)
    for (line, o) in auths {
      let byHand = Auth(record: o)
      #expect(byHand != nil, "records-valid.ndjson:\(line)")
      #expect(byHand == (try JSONValueDecoder().decode(Auth.self, from: o)), "records-valid.ndjson:\(line)")
    }
  }

  @Test(arguments: invalid)
  func nilWhereTheDecoderThrows(text: String) throws {
    let o = try Self.object(text)
    #expect(Auth(record: o) == nil)
    #expect(throws: (any Error).self) { try JSONValueDecoder().decode(Auth.self, from: o) }
  }
}
