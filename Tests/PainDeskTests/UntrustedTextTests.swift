import Testing
@testable import PainDesk

/// Control characters and bidi overrides from input never reach a terminal raw, and ids
/// may not hold them.
@Suite struct UntrustedTextTests {
  @Test func controlsAndBidiAreEscaped() {
    #expect(UntrustedText.escaped("A1\u{1B}]0;owned\u{07}") == "A1\\u{1B}]0;owned\\u{7}")
    #expect(UntrustedText.escaped("line\nsplit\r") == "line\\u{A}split\\u{D}")
    #expect(UntrustedText.escaped("c1\u{9B}31m") == "c1\\u{9B}31m")
    #expect(UntrustedText.escaped("abc\u{202E}fdp.exe") == "abc\\u{202E}fdp.exe")
    #expect(UntrustedText.escaped("\u{2066}x\u{2069}") == "\\u{2066}x\\u{2069}")
    #expect(UntrustedText.escaped("del\u{7F}") == "del\\u{7F}")
  }

  @Test func plainTextIsUnchanged() {
    for s in ["A0002-denial-1", "José Ñ", "日本", "tab-free", ""] { #expect(UntrustedText.escaped(s) == s) }
    #expect(UntrustedText.quoted("a\tb") == "'a\\u{9}b'")
    #expect(UntrustedText.escapedLines("one\u{1B}\ntwo") == "one\\u{1B}\ntwo")
  }

  @Test(arguments: ["a\u{1B}[31m", "a\nb", "a\u{85}b", "a\u{9B}b", "a\u{202A}b", "a\u{202E}b", "a\u{2066}b", "a\u{2069}b", "a\u{7F}"])
  func idsRejectControlsAndBidi(_ id: String) {
    #expect(!FieldChecks.isRecordId(id))
    var o = RecordFixtures.record(#"{"kind":"provider","id":"x","npi":"1234567893","given_name":"A","family_name":"B","role":"pa"}"#)
    o["id"] = .string(id)
    let issues = RecordValidator.validate(o)
    #expect(issues.map(\.field) == ["id"])
    var ref = RecordFixtures.record(#"{"kind":"outreach","id":"o1","patient_id":"x","date":"2026-01-01","channel":"phone","purpose":"recall","result":"reached"}"#)
    ref["patient_id"] = .string(id)
    #expect(RecordValidator.validate(ref).map(\.field) == ["patient_id"])
  }

  @Test(arguments: ["a\u{A0}b", "A-1_é", "\u{202F}x", "\u{2065}"])
  func idsKeepOtherText(_ id: String) { #expect(FieldChecks.isRecordId(id)) }

  /// A rejected line names its id escaped, and an unknown kind (input text) as "record".
  @Test func rejectDiagnosticEscapesTheIdAndHidesAnUnknownKind() {
    let reject = Reject(file: "in.ndjson", line: 3, kind: "Zyxwvut", id: "P1\u{1B}[2J", message: "unknown kind", record: nil)
    #expect(reject.diagnostic == "in.ndjson:3: record 'P1\\u{1B}[2J': unknown kind")
    let known = Reject(file: "in.ndjson", line: 4, kind: "patient", id: "P2", message: "m", record: nil)
    #expect(known.diagnostic == "in.ndjson:4: patient 'P2': m")
  }

  @Test func documentIdsAreIdsToo() {
    var auth = RecordFixtures.record(#"{"kind":"auth","id":"a1","patient_id":"p","payer_id":"y","provider_id":"d","items":[{"seq":1,"cpt":"64483","units":1}],"icd10":["M54.16"],"urgency":"standard","status":"draft"}"#)
    auth["document_ids"] = .array([.string("doc\u{1B}")])
    #expect(RecordValidator.validate(auth).map(\.field) == ["document_ids[0]"])
  }
}
