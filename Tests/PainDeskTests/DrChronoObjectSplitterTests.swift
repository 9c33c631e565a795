import Testing

@testable import PainDesk

/// The DrChrono reader splits a file into its objects as the bytes arrive: whatever the
/// size of the chunks (1 to 64 bytes meets every split of a key, an escape, a number and
/// a bracket), it gives the same objects and the same error as a whole read, and both are
/// those of parsing the file whole and taking its page, list of pages or bare array apart.
@Suite("interop: DrChrono objects read in chunks") struct DrChronoObjectSplitterTests {
  /// The objects (number and canonical JSON) or the error, the input fed `size` bytes at a time.
  static func split(_ text: String, chunk size: Int) -> Result<[String], ToolkitError> {
    let bytes = Array(text.utf8)
    var out: [String] = []
    func take(_ o: JSONObject, _ index: Int) { out.append("\(index):\(JSONWriter.canonical(.object(o)))") }
    var splitter = DrChronoObjectSplitter(file: "f.json")
    do throws(ToolkitError) {
      try InteropFixtures.inChunks(bytes, of: size) { (b) throws(ToolkitError) in try splitter.feed(b, take) }
      try splitter.finish(take)
      return .success(out)
    } catch {
      return .failure(error)
    }
  }

  /// The same, worked out from the whole file parsed at once: the shapes DrChrono's API
  /// returns (a page, a list whose items are pages or objects, a bare array).
  static func reference(_ text: String) -> Result<[String], ToolkitError> {
    let value: JSONValue
    do { value = try JSONParser.parse(text) } catch { return .failure(ToolkitError(.dataError, "f.json: invalid JSON: \(error)")) }
    func page(_ o: JSONObject) throws(ToolkitError) -> [JSONObject] {
      guard let results = o["results"]?.arrayValue else { throw ToolkitError(.dataError, "f.json: a DrChrono API page has a 'results' array") }
      return try results.enumerated().map { (k, r) throws(ToolkitError) in
        guard let x = r.objectValue else { throw ToolkitError(.dataError, "f.json: results[\(k)] is not an object") }
        return x
      }
    }
    do throws(ToolkitError) {
      var objects: [JSONObject] = []
      if let o = value.objectValue {
        objects = try page(o)
      } else if let items = value.arrayValue {
        for item in items {
          guard let o = item.objectValue else { throw ToolkitError(.dataError, "f.json: an item of the list is not an object") }
          if o["results"] != nil { objects += try page(o) } else { objects.append(o) }
        }
      } else {
        throw ToolkitError(.dataError, "f.json: not a DrChrono API page or list")
      }
      return .success(objects.enumerated().map { "\($0):\(JSONWriter.canonical(.object($1)))" })
    } catch {
      return .failure(error)
    }
  }

  static func describe(_ r: Result<[String], ToolkitError>) -> String {
    switch r {
    case .success(let objects): objects.joined(separator: "\n")
    case .failure(let e): "error \(e.status): \(e.message)"
    }
  }

  static let deep = String(repeating: "[", count: 62) + String(repeating: "]", count: 62)

  /// Inputs the splitter and the whole parse agree on, message for message.
  static let inputs: [String] = [
    #"{"next":null,"results":[{"id":1},{"id":2,"a":[1,{"b":"}]\"{"}]}],"count":2}"#,
    #"[{"id":1},{"id":2,"x":-1.5e3,"y":true,"z":false,"n":null}]"#,
    #" [ {"results" : [ {"id":1} ] , "next":"x"} , {"next":null,"results":[{"id":2},{"id":3}]}, {"id":4} ] "#,
    #"[{"id":1,"note":"results"},{"results":[]},{"id":"a\"}b\\","x":"\u00e9\ud83d\ude00"}]"#,
    "\t[]\r\n", #"{"results":[]}"#, "[{}]", #"{"results":[{}]}"#,
    "[{\"id\":1,\"a\":\(deep)}]", "{\"results\":[{\"a\":\(deep)}]}",
    // Shapes that are not DrChrono's.
    #"{"count":1}"#, #"{"results":[1]}"#, #"{"results":[{"id":1},"x"]}"#, #"{"results":{}}"#, #"{"results":null}"#,
    "[1]", #"[{"id":1}, 2]"#, #"[{"id":1}, [{"id":2}]]"#, "42", #""x""#, "null", #"[{"results":5}]"#, #"[{"id":1,"results":"p"}]"#,
    // Malformed JSON.
    "", "   ", #"{"results":["#, #"{"results":[{"id":1}]"#, #"[{"id":1}"#, #"[{"id":1},"#, #"{"results":[], "next": "#,
    #"{"results":[]} x"#, #"{"results":[],}"#, #"[{"id":1},]"#, #"[{"id":1,}]"#, #"{"a" 1}"#, #"{"a":1 "b":2}"#,
    #"[{"id":1} {"id":2}]"#, #"{"results":[{"id":1,"id":2}]}"#, #"[{"id":1,"id":2}]"#, #"{"results":[],"results":[]}"#,
    #"{"results":[{"a":"\u12"}]}"#, "{\"next\":\"a\nb\",\"results\":[]}",
    "[{\"a\":\"\u{1}\"}]", "\u{feff}[]", #"{"results":[{"a":1}}"#, #"[{"a":[1}]"#, "[{\"id\":1e999}]", #"{1:2}"#, "[x]", "{]",
    #"{"results":[{"id":1}]]"#, #"[{"res\u0075lts":[{"id":9}]}]"#, "[{\"a\":\"\\", "[{\"a\":\"\\u00",
    "[{\"a\":\(String(repeating: "[", count: 63))}]", "{\"results\":[{\"a\":\(String(repeating: "{\"b\":", count: 63))1}]}",
  ]

  @Test(arguments: inputs)
  func aWholeReadIsTheWholeParse(_ text: String) {
    #expect(Self.describe(Self.split(text, chunk: max(1, text.utf8.count))) == Self.describe(Self.reference(text)))
  }

  @Test(arguments: inputs)
  func everyChunkSizeGivesTheWholeRead(_ text: String) {
    let whole = Self.describe(Self.split(text, chunk: max(1, text.utf8.count)))
    for size in 1...64 {
      let read = Self.describe(Self.split(text, chunk: size))
      #expect(read == whole, "chunks of \(size)")
      if read != whole { return }
    }
  }

  /// A number or literal ends where the next byte is not part of it: the parser of the
  /// whole file and the splitter name the same column, in their own words.
  @Test(arguments: [
    (#"[{"id":1x}]"#, 9), (#"{"count":1x,"results":[]}"#, 11), (#"[{"a":truex}]"#, 11), (#"[{"id":tru}]"#, 8), (#"[{"id":-}]"#, 9),
    (#"[{"id":01}]"#, 9),
  ])
  func textAfterANumberIsInvalidAtItsColumn(_ text: String, _ column: Int) {
    for size in [1, 3, 64] { #expect(Self.describe(Self.split(text, chunk: size)).hasPrefix("error dataError: f.json: invalid JSON: column \(column): ")) }
    #expect(Self.describe(Self.reference(text)).hasPrefix("error dataError: f.json: invalid JSON: column \(column): "))
  }

  @Test func objectsAreNumberedAcrossThePagesOfAFile() throws {
    let text = #"[{"results":[{"id":1},{"id":2}]},{"id":3},{"results":[{"id":4}]}]"#
    #expect(try Self.split(text, chunk: 5).get() == [#"0:{"id":1}"#, #"1:{"id":2}"#, #"2:{"id":3}"#, #"3:{"id":4}"#])
  }

  /// Memory holds one object: a longer one, or a page's other fields past the same bound,
  /// is an error naming it.
  @Test func anObjectOverTheLimitIsAnError() {
    let big = String(repeating: "x", count: DrChronoObjectSplitter.maxObjectBytes)
    let tooLong = "longer than \(DrChronoObjectSplitter.maxObjectBytes) bytes"
    for text in [#"{"results":[{"id":1},{"a":"\#(big)"}]}"#, #"[{"id":1},{"a":"\#(big)"}]"#] {
      #expect(Self.describe(Self.split(text, chunk: 1 << 16)) == "error dataError: f.json: object 2: \(tooLong)")
    }
    let page = #"{"next":"\#(big)","results":[]}"#
    #expect(Self.describe(Self.split(page, chunk: 1 << 16)) == "error dataError: f.json: a DrChrono API page's fields besides 'results' are \(tooLong)")
    let under = String(repeating: "x", count: DrChronoObjectSplitter.maxObjectBytes - 20)
    #expect((try? Self.split(#"[{"a":"\#(under)"}]"#, chunk: 1 << 16).get())?.count == 1)
  }
}
