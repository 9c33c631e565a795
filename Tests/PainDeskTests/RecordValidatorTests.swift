import Testing
@testable import PainDesk

@Suite struct RecordValidatorTests {
  private func issues(_ json: String) -> [RecordIssue] {
    RecordValidator.validate(RecordFixtures.record(json))
  }

  private let patient = #"{"kind":"patient","id":"p1","given_name":"Ann","family_name":"Example","dob":"1970-01-01","sex":"female","state":"IL","status":"active"}"#

  private func patient(with extra: String) -> [RecordIssue] {
    issues(String(patient.dropLast()) + "," + extra + "}")
  }

  // MARK: Codes

  @Test(arguments: ["1234567893", "1987654328", "1111111112", "1500000009"])
  func npiWithGoodCheckDigit(_ npi: String) {
    #expect(FieldChecks.isNPI(npi))
  }

  @Test(arguments: ["1234567890", "1234567894", "123456789", "12345678931", "123456789X", ""])
  func npiRejected(_ npi: String) {
    #expect(!FieldChecks.isNPI(npi))
  }

  @Test func npiMessagesSayShapeOrCheckDigit() {
    let base = #"{"kind":"provider","id":"d1","given_name":"A","family_name":"B","role":"pa","npi":"#
    #expect(issues(base + #""1234567890"}"#).map(\.message) == ["'npi' fails the NPI check digit"])
    #expect(issues(base + #""12345"}"#).map(\.message) == ["'npi' is not an NPI (10 digits)"])
  }

  @Test(arguments: ["M54.16", "G89.29", "M47.816", "M5416", "Z99", "S32.009A", "U07.1"])
  func icd10Accepted(_ code: String) { #expect(FieldChecks.isICD10(code)) }

  @Test(arguments: ["M5", "m54.16", "54.16", "MM4.16", "M54.", "M54.16789", "M54..1", "M54-16", " M54.16"])
  func icd10Rejected(_ code: String) { #expect(!FieldChecks.isICD10(code)) }

  @Test(arguments: ["64483", "64493", "0213T", "3008F", "G0260", "J1030", "L8679", "A0425"])
  func cptAccepted(_ code: String) { #expect(FieldChecks.isCPT(code)) }

  @Test(arguments: ["6448", "644833", "6448X", "D1234", "g0260", "G026", "0213t", "F1234"])
  func cptRejected(_ code: String) { #expect(!FieldChecks.isCPT(code)) }

  @Test(arguments: ["1234567890", "12345678901", "1234-5678-90", "12345-678-90", "12345-6789-0", "12345-6789-01"])
  func ndcAccepted(_ code: String) { #expect(FieldChecks.isNDC(code)) }

  @Test(arguments: ["123456789", "123-4567-890", "1234-567-890", "12345-67890", "12345_6789_01", "1234-5678-9a"])
  func ndcRejected(_ code: String) { #expect(!FieldChecks.isNDC(code)) }

  @Test func usStates() {
    for s in ["IL", "CA", "DC", "PR", "GU", "VI", "AS", "MP", "WY"] { #expect(FieldChecks.isUSState(s)) }
    for s in ["il", "XX", "ZZ", "I", "ILL", "", "1L"] { #expect(!FieldChecks.isUSState(s)) }
    #expect(FieldChecks.usStateCodes.count == 56)
  }

  @Test func sha256() {
    #expect(FieldChecks.isSHA256(String(repeating: "a1", count: 32)))
    #expect(!FieldChecks.isSHA256(String(repeating: "A1", count: 32)))
    #expect(!FieldChecks.isSHA256(String(repeating: "a", count: 63)))
    #expect(!FieldChecks.isSHA256(String(repeating: "g", count: 64)))
  }

  // MARK: Dates and times

  @Test func leapDays() {
    #expect(FieldChecks.isDate("2024-02-29"))
    #expect(FieldChecks.isDate("2000-02-29"))
    #expect(!FieldChecks.isDate("2026-02-29"))
    #expect(!FieldChecks.isDate("1900-02-29"))
    #expect(!FieldChecks.isDate("2026-02-30"))
    #expect(!FieldChecks.isDate("2026-04-31"))
    #expect(FieldChecks.isDate("2026-12-31"))
  }

  @Test(arguments: ["2026-1-01", "2026-13-01", "2026-00-10", "2026-01-00", "20260101", "2026/01/01", "2026-01-01T00:00", "0000-01-01", "", "２０２６-01-01"])
  func badDates(_ s: String) { #expect(!FieldChecks.isDate(s)) }

  @Test func dateMessagesTellShapeFromCalendar() {
    let shape = issues(patient.replacingOccurrences(of: "1970-01-01", with: "01/02/1970"))
    #expect(shape.map(\.message) == ["'dob' is not a date (YYYY-MM-DD)"])
    let calendar = issues(patient.replacingOccurrences(of: "1970-01-01", with: "1970-02-29"))
    #expect(calendar.map(\.message) == ["'dob' is not a real calendar date"])
    #expect(issues(patient.replacingOccurrences(of: "1970-01-01", with: "1972-02-29")).isEmpty)
  }

  @Test func instants() {
    for s in ["2026-03-02T14:05:00Z", "2026-03-02T09:05:00.250-05:00", "2026-03-02T23:59:59+14:00"] {
      #expect(FieldChecks.isInstant(s), "\(s)")
    }
    for s in ["2026-03-02T14:05Z", "2026-03-02 14:05:00Z", "2026-03-02T14:05:00", "2026-03-02T24:00:00Z",
      "2026-03-02T14:05:00z", "2026-02-30T14:05:00Z", "2026-03-02T14:05:00+5:00", "2026-03-02T14:05:00.Z"]
    {
      #expect(!FieldChecks.isInstant(s), "\(s)")
    }
  }

  @Test func localDateTimes() {
    for s in ["2026-03-02T08:30", "2026-03-02T08:30:15", "2026-03-02T08:30:00-06:00", "2026-03-02T14:30:00Z"] {
      #expect(FieldChecks.isLocalDateTime(s), "\(s)")
    }
    for s in ["2026-03-02", "2026-03-02T8:30", "2026-03-02T08:60", "2026-02-30T08:30", "2026-03-02T08:30 "] {
      #expect(!FieldChecks.isLocalDateTime(s), "\(s)")
    }
  }

  // MARK: Kinds, ids, fields

  @Test func kindMissingOrUnknown() {
    let missing = issues(#"{"id":"x"}"#)
    #expect(missing.count == 1)
    #expect(missing[0].field == "kind")
    #expect(missing[0].message.hasPrefix("missing field 'kind' (the kinds: 'paindesk schema'"))
    let unknown = issues(#"{"kind":"Jane Doe","id":"x"}"#)
    #expect(unknown.map(\.field) == ["kind"])
    #expect(unknown[0].message.contains("paindesk schema"))
    #expect(!unknown[0].message.contains("Jane"))
    #expect(issues(#"{"kind":["patient"],"id":"x"}"#).map(\.message) == ["'kind' must be a string, found an array"])
  }

  @Test func ids() {
    #expect(issues(patient.replacingOccurrences(of: #""p1""#, with: #""""#)).map(\.message) == ["'id' is empty"])
    let long = String(repeating: "é", count: 201)
    #expect(issues(patient.replacingOccurrences(of: #""p1""#, with: "\"\(long)\"")).map(\.message) == ["'id' is longer than 200 characters"])
    #expect(issues(patient.replacingOccurrences(of: #""p1""#, with: "\"\(String(repeating: "é", count: 200))\"")).isEmpty)
    #expect(issues(patient.replacingOccurrences(of: #""p1""#, with: #""p\t1""#)).map(\.message) == ["'id' contains a control character or a bidirectional override; ids are plain text"])
    #expect(issues(patient.replacingOccurrences(of: #""id":"p1","#, with: "")).map(\.message) == ["missing required field 'id'"])
  }

  @Test func missingFieldsAreAllReported() {
    let found = issues(#"{"kind":"patient","id":"p1"}"#)
    #expect(found.map(\.field).sorted() == ["dob", "family_name", "given_name", "sex", "state", "status"])
    #expect(found.allSatisfy { $0.message.hasPrefix("missing required field '") })
  }

  @Test func enumerationsListAllowedValues() {
    let found = issues(patient.replacingOccurrences(of: #""female""#, with: #""Female""#))
    #expect(found.map(\.message) == ["'sex' must be one of: female, male, other, unknown"])
  }

  @Test func absentMemberIsNotNull() {
    let o = RecordFixtures.record(#"{"a":null}"#)
    #expect(o["b"] == Optional<JSONValue>.none)
    #expect(o["a"] == .some(.null))
    #expect(o.has("a") && !o.has("b"))
  }

  @Test func unknownFieldsAreAllowed() {
    #expect(patient(with: #""x_tool_note":{"deep":[1,2,3]},"v":1"#).isEmpty)
  }

  @Test func nullOptionalAndWrongTypes() {
    #expect(patient(with: #""phone":null"#).map(\.message) == ["'phone' is null; leave an optional field out instead"])
    #expect(patient(with: #""recall_interval_days":90.5"#).map(\.message) == ["'recall_interval_days' must be an integer, found a number"])
    #expect(patient(with: #""do_not_contact":"no""#).map(\.message) == ["'do_not_contact' must be true or false, found a string"])
  }

  @Test func nestedPaths() {
    let loc = #"{"kind":"location","id":"l1","name":"N","address":{"line":"1","city":"C","state":"QQ","zip":"1234"},"place_of_service":"11"}"#
    #expect(issues(loc).map(\.field) == ["address.state", "address.zip"])
    let auth = #"{"kind":"auth","id":"a1","patient_id":"p","payer_id":"y","provider_id":"d","items":[{"seq":1,"cpt":"64483","units":1},{"seq":2,"cpt":"bad","units":1}],"icd10":["M54.16","nope"],"urgency":"standard","status":"draft"}"#
    #expect(issues(auth).map(\.field) == ["icd10[1]", "items[1].cpt"])
    #expect(issues(auth).map(\.message).contains("'items[1].cpt' is not a CPT or HCPCS code (like 64483 or G0260)"))
  }

  // MARK: Cross-field rules

  @Test func diagnosisNeedsACode() {
    let dx = #"{"kind":"diagnosis","id":"x","patient_id":"p","noted_on":"2026-01-01"}"#
    #expect(issues(dx).map(\.message) == ["missing field: needs 'icd10' or 'snomed'"])
  }

  @Test func procedureNeedsACode() {
    let p = #"{"kind":"procedure","id":"x","patient_id":"p","provider_id":"d","date":"2026-01-01","status":"planned"}"#
    #expect(issues(p).map(\.message) == ["missing field: needs 'cpt' or 'snomed'"])
  }

  @Test func assessmentScoreAndResult() {
    let base = #"{"kind":"assessment","id":"x","patient_id":"p","date":"2026-01-01","#
    #expect(issues(base + #""instrument":"nrs"}"#).map(\.field) == ["score"])
    #expect(issues(base + #""instrument":"psych_eval"}"#).isEmpty)
    #expect(issues(base + #""instrument":"psych_eval","result":"not_cleared"}"#).isEmpty)
    #expect(issues(base + #""instrument":"peg","score":4,"result":"cleared"}"#).map(\.message)
      == ["'result' is allowed only when 'instrument' is 'psych_eval'"])
  }

  @Test func feeNeedsAPayer() {
    let fee = #"{"kind":"fee","id":"x","cpt":"64483","allowed_cents":100,"effective_from":"2026-01-01"}"#
    #expect(issues(fee).map(\.message) == ["missing field: needs 'payer_id' or 'payer_type'"])
  }

  @Test func dateRangesInOrder() {
    let cov = #"{"kind":"coverage","id":"c","patient_id":"p","payer_id":"y","member_id":"m","priority":"primary","effective_from":"2026-01-02","effective_to":"#
    #expect(issues(cov + #""2026-01-01"}"#).map(\.message) == ["'effective_to' is before 'effective_from'"])
    #expect(issues(cov + #""2026-01-02"}"#).isEmpty)
  }

  /// A payer cannot decide before the request was submitted, and a notice cannot be
  /// received before its date: both are impossible, named by field.
  @Test func impossibleDateOrdersNameTheField() {
    let auth = #"{"kind":"auth","id":"a","patient_id":"p","payer_id":"y","provider_id":"d","icd10":["M54.16"],"urgency":"standard","status":"approved","items":[{"seq":1,"cpt":"64483","units":1}],"submitted_at":"2026-03-02T15:00:00Z","decided_at":"#
    #expect(issues(auth + #""2026-03-01T15:00:00Z"}"#).map(\.message) == ["'decided_at' is before 'submitted_at'"])
    // Instants compare as instants: 10:00-06:00 is 16:00Z, after 15:00Z.
    #expect(issues(auth + #""2026-03-02T10:00:00-06:00"}"#).isEmpty)
    #expect(issues(auth + #""2026-03-02T08:00:00-06:00"}"#).map(\.field) == ["decided_at"])
    let denial = #"{"kind":"denial","id":"d","patient_id":"p","payer_id":"y","notice_date":"2026-03-10","reason":"x","received_on":"#
    #expect(issues(denial + #""2026-03-09"}"#).map(\.message) == ["'received_on' is before 'notice_date'"])
    #expect(issues(denial + #""2026-03-10"}"#).isEmpty)
  }

  @Test func authItemsNonEmptyWithUniqueSeq() {
    let base = #"{"kind":"auth","id":"a","patient_id":"p","payer_id":"y","provider_id":"d","icd10":["M54.16"],"urgency":"standard","status":"draft","items":"#
    #expect(issues(base + "[]}").map(\.message) == ["'items' is empty; it needs at least one element"])
    let dup = #"[{"seq":1,"cpt":"64483","units":1},{"seq":2,"cpt":"64483","units":1},{"seq":1,"cpt":"64484","units":1}]}"#
    #expect(issues(base + dup).map(\.field) == ["items[2].seq"])
  }

  @Test func cents() {
    let base = #"{"kind":"appeal","id":"a","denial_id":"d","level":"imr","deadline":"2026-01-01","status":"filed","recovered_cents":"#
    #expect(issues(base + "0}").isEmpty)
    #expect(issues(base + "-1}").map(\.message) == ["'recovered_cents' must be an integer number of cents between 0 and 100000000000"])
    #expect(issues(base + "1.5}").count == 1)
    #expect(issues(base + #""100"}"#).count == 1)
  }

  // MARK: PHI never echoed

  @Test func messagesNeverEchoValues() {
    let phi = ["Zelda Q. Hypothetical", "(555) 867-5309", "1961-02-29", "zelda@example.invalid"]
    var all: [RecordIssue] = []
    all += issues(#"{"kind":"patient","id":"p","given_name":7,"family_name":["Zelda Q. Hypothetical"],"dob":"1961-02-29","sex":"(555) 867-5309","state":"Zelda Q. Hypothetical","status":"zelda@example.invalid","phone":5558675309,"contact_preference":"(555) 867-5309"}"#)
    all += issues(#"{"kind":"Zelda Q. Hypothetical","id":"p"}"#)
    all += issues(#"{"kind":"provider","id":"(555) 867-5309\u0001","npi":"(555) 867-5309","given_name":"x","family_name":"y","role":"Zelda Q. Hypothetical"}"#)
    #expect(all.count >= 9)
    for issue in all {
      for value in phi { #expect(!issue.message.contains(value), "\(issue.message)") }
      #expect(!issue.message.contains("5309"))
    }
  }

  @Test func messageStyle() throws {
    for (_, record) in try RecordFixtures.invalid {
      for issue in RecordValidator.validate(record) {
        let first = try #require(issue.message.first)
        #expect(!first.isUppercase, "\(issue.message)")
        #expect(!issue.message.hasSuffix("."), "\(issue.message)")
      }
    }
  }

  // MARK: Hostile input

  @Test func hostileInputs() throws {
    let huge = String(repeating: "A", count: 1_000_000)
    let r = issues(#"{"kind":"diagnosis","id":"\#(huge)","patient_id":"\#(huge)","icd10":"\#(huge)","noted_on":"\#(huge)"}"#)
    #expect(r.map(\.field) == ["icd10", "id", "noted_on", "patient_id"])
    #expect(r.allSatisfy { $0.message.count < 200 })
    // Every field of every kind given the wrong type: one issue per field, no crash.
    for spec in RecordSpecs.all {
      var o = JSONObject()
      o["kind"] = .string(spec.kind.rawValue)
      for f in spec.fields { o[f.name] = [["nested": [1, 2, 3]]] }
      let found = RecordValidator.validate(o)
      #expect(Set(found.map(\.field)).isSuperset(of: spec.fields.filter { $0.type != .any && !isArray($0.type) }.map(\.name)))
    }
    let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect(throws: JSONParseError.self) { try JSONParser.parse(#"{"kind":"patient","x":\#(deep)}"#) }
  }

  private func isArray(_ t: FieldType) -> Bool {
    if case .array = t { return true }
    return false
  }

  // MARK: References

  @Test func referencesListEveryPointer() {
    let auth = RecordFixtures.record(#"{"kind":"auth","id":"a2","patient_id":"p","payer_id":"y","provider_id":"d","case_id":"c","reauth_of":"a1","document_ids":["doc1","doc2"],"items":[],"icd10":[],"urgency":"standard","status":"draft"}"#)
    let refs = RecordValidator.references(of: auth).map { "\($0.field)->\($0.kind.rawValue):\($0.id)" }
    #expect(Set(refs) == ["patient_id->patient:p", "payer_id->payer:y", "provider_id->provider:d", "case_id->case:c",
      "reauth_of->auth:a1", "document_ids[0]->document:doc1", "document_ids[1]->document:doc2"])
    let claim = RecordFixtures.record(#"{"kind":"claim","id":"c","lines":[{"procedure_id":"pr1"}]}"#)
    #expect(RecordSpecs.references(of: claim).map(\.field) == ["lines[0].procedure_id"])
  }

  @Test func everyIdFieldPointsAtAKind() {
    func check(_ fields: [FieldSpec], _ where_: String) {
      for f in fields {
        if f.name.hasSuffix("_id") || f.name.hasSuffix("_ids") {
          if !["subject_id", "member_id", "tax_id"].contains(f.name) { #expect(f.references != nil, "\(where_).\(f.name) has no reference") }
        }
        if case .object(let nested) = f.type { check(nested, where_ + "." + f.name) }
        if case .array(.object(let nested)) = f.type { check(nested, where_ + "." + f.name) }
      }
    }
    for spec in RecordSpecs.all { check(spec.fields, spec.kind.rawValue) }
    #expect(RecordSpecs.spec(for: .rx).field("prescriber_id")?.references == .provider)
    #expect(RecordSpecs.spec(for: .appeal).field("denial_id")?.references == .denial)
  }
}
