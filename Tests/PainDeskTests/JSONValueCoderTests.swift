import Testing
@testable import PainDesk

@Suite struct JSONValueCoderTests {
  private func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
    try JSONValueDecoder().decode(type, from: value)
  }

  struct Sample: Codable, Equatable {
    enum Color: String, Codable { case red, green }
    struct Inner: Codable, Equatable {
      var name: String
      var tags: [String]
    }
    var int: Int
    var int8: Int8
    var uint: UInt32
    var double: Double
    var float: Float
    var bool: Bool
    var string: String
    var color: Color
    var optional: String?
    var missing: Int?
    var inner: Inner
    var list: [Inner]
    var nested: [[Int]]
    var map: [String: Int]
    var any: JSONValue
  }

  private let sample = Sample(
    int: -42, int8: 7, uint: 4_000_000_000, double: 2.5, float: 0.5, bool: true, string: "héllo \"q\"",
    color: .green, optional: "x", missing: nil, inner: .init(name: "n", tags: ["a", "b"]),
    list: [.init(name: "m", tags: [])], nested: [[1, 2], [], [3]], map: ["b": 2, "a": 1],
    any: ["k": [1, "two", nil, true, 3.5]])

  @Test func roundTrip() throws {
    let value = try JSONValueEncoder().encode(sample)
    #expect(value.objectValue?.has("missing") == false)
    #expect(value["color"] == "green")
    #expect(value["uint"] == .int(4_000_000_000))
    #expect(value["map"] == ["a": 1, "b": 2])
    #expect(value["any"] == ["k": [1, "two", nil, true, 3.5]])
    let back = try JSONValueDecoder().decode(Sample.self, from: value)
    #expect(back == sample)
  }

  @Test func agreesWithTheCanonicalWriter() throws {
    let value = try JSONValueEncoder().encode(sample)
    let text = JSONWriter.canonical(value)
    #expect(try JSONParser.parse(text) == value)
    #expect(text.hasPrefix(#"{"any":{"k":[1,"two",null,true,3.5]},"bool":true,"#))
  }

  @Test func decodesIntegralDoublesAndRejectsFractions() throws {
    struct N: Codable { var n: Int }
    #expect(try decode(N.self, from: ["n": 7]).n == 7)
    #expect(throws: DecodingError.self) { try decode(N.self, from: ["n": 7.5]) }
    #expect(throws: DecodingError.self) { try decode(N.self, from: ["n": "7"]) }
    struct Small: Codable { var n: Int8 }
    #expect(throws: DecodingError.self) { try decode(Small.self, from: ["n": 300]) }
  }

  @Test func errorsCarryThePath() throws {
    struct Outer: Codable { var items: [Sample.Inner] }
    do {
      _ = try decode(Outer.self, from: ["items": [["name": "a", "tags": []], ["name": 5, "tags": []]]])
      Issue.record("expected an error")
    } catch DecodingError.typeMismatch(_, let context) {
      #expect(context.codingPath.map(\.stringValue) == ["items", "[1]", "name"])
    }
    do {
      _ = try decode(Outer.self, from: ["items": [["tags": []]]])
      Issue.record("expected an error")
    } catch DecodingError.keyNotFound(let key, _) {
      #expect(key.stringValue == "name")
    }
  }

  @Test func nullDecodesAsNilAndNonFiniteFailsToEncode() throws {
    struct O: Codable { var a: String? }
    #expect(try decode(O.self, from: ["a": nil]).a == nil)
    struct D: Codable { var d: Double }
    #expect(throws: EncodingError.self) { try JSONValueEncoder().encode(D(d: .infinity)) }
  }

  @Test func typedRecordsEncodeWithSnakeCase() throws {
    let row = ReportRow(id: "r1", metric: "denials", value: 0.35, unit: .ratio)
    let o = try JSONValueEncoder().encodeObject(row)
    #expect(o.keys == ["id", "kind", "metric", "unit", "value"])
    #expect(o["kind"] == "report_row")
    let ready = Readiness(id: "x", authId: "a1", ready: true, paRequired: false, blocking: 0, warnings: 1)
    #expect(try JSONValueEncoder().encodeObject(ready)["pa_required"] == false)
    #expect(RecordValidator.validate(try JSONValueEncoder().encodeObject(ready)).isEmpty)
  }

  @Test func jsonValueIsCodableThroughOtherCoders() throws {
    let v: JSONValue = ["a": [1, 2.5, "s", nil, false], "b": ["c": "d"]]
    let wrapped = try JSONValueEncoder().encode(["v": v])
    #expect(wrapped["v"] == v)
  }
}
