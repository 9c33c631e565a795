import Testing

@testable import PainDesk

@Suite("JSON parser") struct JSONParserTests {
  @Test func keysSortByUTF8BytesAndStringsEscapeOnlyWhatTheyMust() {
    // "z" (7A) before "é" (C3 A9) before "😀" (F0 ...); a prefix before its extensions.
    let o = try! JSONParser.parse(#"{"😀":1,"é":2,"z":3,"ab":4,"a":5,"abc":6,"":7}"#)
    #expect(JSONWriter.canonical(o) == #"{"":7,"a":5,"ab":4,"abc":6,"z":3,"é":2,"😀":1}"#)
    #expect(JSONObject.keyPrecedes("ab", "abc") && !JSONObject.keyPrecedes("abc", "ab") && !JSONObject.keyPrecedes("a", "a"))
    // The bulk path copies plain text; the slow path escapes quotes, backslashes, controls.
    let s = JSONValue.string("plain é / text")
    #expect(JSONWriter.canonical(s) == #""plain é / text""#)
    #expect(JSONWriter.canonical(.string("a\"b\\c\u{1}\n")) == #""a\"b\\c\u0001\n""#)
  }

  @Test func parsesEveryKindOfValue() throws {
    let v = try JSONParser.parse(#"{"b":true,"a":[1,-2.5,"x\u00e9\n",null,{}],"c":1e3}"#)
    #expect(v["a"] == .array([.int(1), .double(-2.5), .string("xé\n"), .null, .object(JSONObject())]))
    #expect(v["b"] == .bool(true))
    #expect(v["c"] == .int(1000))
  }

  @Test func keysComeOutSorted() throws {
    let v = try JSONParser.parse(#"{"zeta":1,"alpha":2,"mid":3}"#)
    #expect(v.objectValue?.keys == ["alpha", "mid", "zeta"])
    #expect(JSONWriter.canonical(v) == #"{"alpha":2,"mid":3,"zeta":1}"#)
  }

  @Test func integralNumbersAreOneValue() throws {
    #expect(try JSONParser.parse("7") == JSONParser.parse("7.0"))
    #expect(try JSONParser.parse("7") == JSONParser.parse("7e0"))
    #expect(try JSONParser.parse("0.1") == .double(0.1))
    #expect(try JSONParser.parse("9223372036854775807") == .int(Int64.max))
  }

  @Test func surrogatePairsDecode() throws {
    #expect(try JSONParser.parse(#""\ud83d\ude00""#) == .string("😀"))
  }

  @Test(arguments: [
    (#"{"a":1,"a":2}"#, "duplicate key 'a'"),
    (#"{"b":1,"a":2,"b":3}"#, "duplicate key 'b'"),
    (#"{"a":1"#, "unexpected end of input"),
    (#"{"a":"x"#, "unterminated string"),
    (#"{"a":tru}"#, "invalid literal"),
    (#"{"a":01}"#, "expected ',' or '}'"),
    (#"{"a":1.}"#, "no digits after '.'"),
    (#"{"a":"\q"}"#, "invalid escape"),
    (#"{"a":"\ud800"}"#, "lone UTF-16 surrogate"),
    (#"{"a":"\u0000"}"#, "\\u0000 is not allowed"),
    ("{\"a\":\"\u{01}\"}", "control character"),
    (#"{"a":1} x"#, "unexpected text after"),
    (#"{"a":1e999}"#, "number out of range"),
    ("", "unexpected end of input"),
  ])
  func rejectsMalformedInput(_ text: String, _ reason: String) {
    #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    do {
      _ = try JSONParser.parse(text)
    } catch {
      #expect(error.reason.contains(reason), "\(error.reason)")
    }
  }

  @Test func rejectsInvalidUTF8() {
    let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
    #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes) }
  }

  @Test func rejectsDeepNesting() {
    let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
    #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
    let ok = String(repeating: "[", count: 60) + String(repeating: "]", count: 60)
    #expect((try? JSONParser.parse(ok)) != nil)
  }

  @Test func canonicalTextRoundTrips() throws {
    let text = #"{"a":"slash / quote \" back \\ tab \t","b":[1,2.5,-0.001,true,null],"c":{"d":"é😀"}}"#
    let v = try JSONParser.parse(text)
    let canonical = JSONWriter.canonical(v)
    #expect(!canonical.contains("\\/"))
    #expect(try JSONParser.parse(canonical) == v)
    #expect(JSONWriter.canonical(try JSONParser.parse(canonical)) == canonical)
  }

  @Test func controlCharactersAreEscaped() {
    #expect(JSONWriter.canonical(.string("a\u{01}b")) == #""a\u0001b""#)
  }
}

@Suite("HTML text") struct HTMLTextTests {
  @Test func escapesMarkup() {
    #expect(HTMLText.escape(#"<b>"Tom" & Jerry</b>"#) == "&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;")
    #expect(HTMLText.escape("plain é") == "plain é")
  }
}
