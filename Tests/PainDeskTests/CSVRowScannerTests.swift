import Testing

@testable import PainDesk

/// The incremental CSV reader gives the same rows and the same errors whatever the size of
/// the chunks the bytes arrive in: every split of a quoted field, an escaped quote, a CRLF
/// and the BOM is met by one of the chunk sizes 1 to 64.
@Suite("interop: CSV read in chunks") struct CSVRowScannerTests {
  /// The rows (header first) or the error message, with the input fed `size` bytes at a time.
  static func scan(_ text: String, chunk size: Int) -> Result<[String], ToolkitError> {
    let bytes = Array(text.utf8)
    var out: [String] = []
    let keep: CSVRowScanner.Row = { n, fields in out.append("\(n):\(fields.joined(separator: "|"))") }
    var scanner = CSVRowScanner(file: "f.csv")
    do throws(ToolkitError) {
      try InteropFixtures.inChunks(bytes, of: size) { (b) throws(ToolkitError) in try scanner.feed(b, keep) }
      try scanner.finish(keep)
      return .success(out)
    } catch {
      return .failure(error)
    }
  }

  static func whole(_ text: String) -> Result<[String], ToolkitError> { scan(text, chunk: max(1, text.utf8.count)) }

  static let inputs = [
    "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\r\n\n3,,last",
    "\u{FEFF}name,note\r\n\"Q\",\"\"\"\"\r\n\r\n\r\nR,\"a\r\nb\"\r\n",
    "\u{FEFF}",
    "\u{FEFF}x\n",
    "\u{EF}x,y\n1,2",
    "a\r\r\nb\r",
    "h\n\"\"\n\"\"\"\"\n",
    "a,b\n1,\"open\n",
    "a,b\n1,x\"y\n",
    "a,b\n1,\"x\"y\n",
    "a,b\n1,\"x\" \n",
    "a,b\n1,2,3\n",
    "",
    "\n\r\n",
  ]

  @Test(arguments: inputs) func everyChunkSizeReadsAsTheWholeBuffer(_ text: String) {
    let expected = Self.whole(text)
    for size in 1...64 {
      let got = Self.scan(text, chunk: size)
      switch (got, expected) {
      case (.success(let g), .success(let e)): #expect(g == e, "chunk \(size)")
      case (.failure(let g), .failure(let e)): #expect(g.message == e.message && g.status == e.status, "chunk \(size): \(g.message)")
      default: Issue.record("chunk \(size): \(got) but whole: \(expected)")
      }
    }
  }

  @Test func rowsAreNumberedAndQuotedBreaksKept() throws {
    #expect(try Self.scan(Self.inputs[0], chunk: 1).get() == ["1:a|b|c", "2:1|x, y|say \"hi\"", "3:2|two\nlines|", "4:3||last"])
    #expect(try Self.scan(Self.inputs[1], chunk: 2).get() == ["1:name|note", "2:Q|\"", "3:R|a\r\nb"])
    // A lone CR ends a record; CR LF is one break; a row of one empty field is blank.
    #expect(try Self.scan("a\r\r\nb\r", chunk: 1).get() == ["1:a", "2:b"])
    #expect(try Self.scan("h\n\"\"\n\"\"\"\"\n", chunk: 1).get() == ["1:h", "2:\""])
    // Bytes that only start like a BOM are data.
    #expect(try Self.scan("\u{EF}x,y\n1,2", chunk: 1).get() == ["1:\u{EF}x|y", "2:1|2"])
  }

  @Test(arguments: [
    ("a,b\n1,\"open\n", "f.csv: row 2, column 2: a quoted field is not closed (the file is truncated)"),
    ("a,b\n1,x\"y\n", "f.csv: row 2, column 2: a quote inside an unquoted field"),
    ("a,b\n1,\"x\"y\n", "f.csv: row 2, column 2: text after a closing quote"),
    ("a,b\n\n1,2,3\n", "f.csv: row 2: 3 fields; the header has 2"),
    ("", "f.csv: empty (no header row)"),
    ("\u{FEFF}\n\n", "f.csv: empty (no header row)"),
  ])
  func errorsNameRowAndColumnAtAnySplit(_ text: String, _ message: String) {
    for size in [1, 2, 3, 5, 64] {
      guard case .failure(let e) = Self.scan(text, chunk: size) else {
        Issue.record("chunk \(size): read without an error")
        continue
      }
      #expect(e.status == .dataError)
      #expect(e.message == message, "chunk \(size)")
    }
  }

  /// A field over the limit fails when it passes the limit, not at the end of the input:
  /// one row is the most a streamed file holds.
  @Test func aLongFieldFailsAtTheLimit() {
    var scanner = CSVRowScanner(file: "f.csv")
    let keep: CSVRowScanner.Row = { _, _ in }
    let head = Array("a\n\"".utf8)
    let block = [UInt8](repeating: 0x78, count: 1 << 16)
    var fed = 0
    do throws(ToolkitError) {
      try head.withUnsafeBufferPointer { (b) throws(ToolkitError) in try scanner.feed(b, keep) }
      while fed <= CSVParser.maxFieldBytes + block.count {
        try block.withUnsafeBufferPointer { (b) throws(ToolkitError) in try scanner.feed(b, keep) }
        fed += block.count
      }
      Issue.record("a field of \(fed) bytes was taken")
    } catch {
      #expect(error.message == "f.csv: row 2, column 1: a field longer than \(CSVParser.maxFieldBytes) bytes")
      #expect(fed <= CSVParser.maxFieldBytes)
    }
  }
}
