import Foundation
import Testing

@testable import PainDesk

/// Reads NDJSON text through a pipe, as stdin would deliver it.
func readAll(_ bytes: [UInt8], maxLineBytes: Int = LineReader.defaultMaxLineBytes) throws -> [NDJSONReader.Item] {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("ndjson-\(UUID().uuidString)").path
  FileManager.default.createFile(atPath: path, contents: Data(bytes))
  defer { unlink(path) }
  let source = InputSource.file(path)
  var reader = NDJSONReader(source: source, fd: try source.open(), maxLineBytes: maxLineBytes)
  var items: [NDJSONReader.Item] = []
  while let item = try reader.next() { items.append(item) }
  return items
}

extension NDJSONReader.Item {
  var line: Int {
    switch self {
    case .record(let l, _): return l
    case .bad(let e): return e.line
    }
  }
  var error: String? {
    if case .bad(let e) = self { return e.message }
    return nil
  }
}

@Suite("NDJSON reader") struct NDJSONReaderTests {
  @Test func crlfBlankLinesAndNoFinalNewline() throws {
    let items = try readAll(Array("{\"a\":1}\r\n\n   \n{\"a\":2}\n{\"a\":3}".utf8))
    #expect(items.map(\.line) == [1, 4, 5])
    #expect(items.allSatisfy { $0.error == nil })
  }

  @Test func bomOnlyAtTheStart() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let items = try readAll(bom + Array("{\"a\":1}\n".utf8) + bom + Array("{\"a\":2}\n".utf8))
    #expect(items[0].error == nil)
    #expect(items[1].error != nil)
  }

  @Test func badLinesAreReportedAndReadingGoesOn() throws {
    let items = try readAll(Array("{\"a\":1}\n[1,2]\n42\n{\"a\":\n{\"b\":2}\n".utf8))
    #expect(items.map(\.line) == [1, 2, 3, 4, 5])
    #expect(items[1].error?.contains("jq -c '.[]'") == true)
    #expect(items[2].error?.contains("not a JSON object") == true)
    #expect(items[3].error?.contains("pretty-printed") == true)
    #expect(items[4].error == nil)
  }

  @Test func oversizedLineIsRejectedAndSkipped() throws {
    let big = "{\"a\":\"" + String(repeating: "x", count: 5000) + "\"}\n"
    let items = try readAll(Array(("{\"a\":1}\n" + big + "{\"a\":3}\n").utf8), maxLineBytes: 1000)
    #expect(items.map(\.line) == [1, 2, 3])
    #expect(items[1].error?.contains("line longer than") == true)
    #expect(items[2].error == nil)
  }

  @Test func oversizedLastLineWithoutNewline() throws {
    let items = try readAll(Array(("{\"a\":1}\n{\"a\":\"" + String(repeating: "y", count: 3000) + "\"}").utf8), maxLineBytes: 1000)
    #expect(items.count == 2)
    #expect(items[1].error?.contains("line longer than") == true)
  }

  @Test func linesAcrossTheBufferBoundary() throws {
    // 300 KiB of records crosses the 256 KiB window.
    var text = ""
    for k in 0..<6000 { text += "{\"n\":\(k),\"pad\":\"\(String(repeating: "p", count: 40))\"}\n" }
    let items = try readAll(Array(text.utf8))
    #expect(items.count == 6000)
    if case .record(_, let o) = items[5999] { #expect(o["n"] == .int(5999)) } else { Issue.record("not a record") }
  }

  @Test func invalidUTF8IsABadLine() throws {
    let items = try readAll(Array("{\"a\":\"".utf8) + [0xFF] + Array("\"}\n".utf8))
    #expect(items[0].error?.contains("invalid UTF-8") == true)
  }

  @Test func missingFileIs66() {
    #expect(throws: ToolkitError.self) { try InputSource.file("/nonexistent/x.ndjson").open() }
    do { _ = try InputSource.file("/nonexistent/x.ndjson").open() } catch { #expect(error.status == .noInput) }
  }
}
