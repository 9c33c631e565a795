import Foundation
import Testing

@testable import PainDesk

/// The streamed reading of interop files (plain and gzip) and the streamed FHIR import.
@Suite("interop: streamed lines and gzip") struct InteropStreamTests {
  /// gzip by the system tool (run and waited for, one at a time).
  static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let dir = try InteropFixtures.tempFolder(["in": bytes])
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["gzip", "-n", "-9", "\(dir)/in"]
    try p.run()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    return try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(dir)/in.gz")))
  }

  /// Every (number, text) line of a file, or the error.
  static func lines(_ bytes: [UInt8], maxLineBytes: Int = 1 << 20) -> Result<[String], ToolkitError> {
    do {
      let dir = try InteropFixtures.tempFolder(["f.ndjson": bytes])
      var out: [String] = []
      try InteropLines.forEach("\(dir)/f.ndjson", maxLineBytes: maxLineBytes) { n, b in out.append("\(n):\(String(decoding: b, as: UTF8.self))") }
      return .success(out)
    } catch let e as ToolkitError {
      return .failure(e)
    } catch {
      return .failure(ToolkitError(.software, "\(error)"))
    }
  }

  static let text = Array("a\r\n\n  \nb\nc".utf8)

  @Test func plainLinesAreNumberedAndBlankOnesPassedOver() throws {
    #expect(try Self.lines(Self.text).get() == ["1:a", "4:b", "5:c"])
    #expect(try Self.lines([]).get() == [])
  }

  @Test func gzipLinesMatchThePlainOnes() throws {
    #expect(try Self.lines(try Self.gzip(Self.text)).get() == ["1:a", "4:b", "5:c"])
    // Several members, as `cat a.gz b.gz` makes: one stream of lines.
    let two = try Self.gzip(Array("a\nb\n".utf8)) + Self.gzip(Array("c\n".utf8))
    #expect(try Self.lines(two).get() == ["1:a", "2:b", "3:c"])
    // An empty member.
    #expect(try Self.lines(try Self.gzip([])).get() == [])
  }

  /// More than one inflate window and one line window: lines split across chunks.
  @Test func largeGzipStreams() throws {
    var plain: [UInt8] = []
    for k in 0..<50_000 { plain += Array("{\"resourceType\":\"Patient\",\"id\":\"p\(k)\"}\n".utf8) }
    let read = try Self.lines(try Self.gzip(plain)).get()
    #expect(read.count == 50_000)
    #expect(read.last == "50000:{\"resourceType\":\"Patient\",\"id\":\"p49999\"}")
  }

  @Test func truncatedCorruptAndBogusGzipAreErrors() throws {
    var plain: [UInt8] = []
    for k in 0..<2000 { plain += Array("line \(k) \(k * 7919 % 1000)\n".utf8) }
    let gz = try Self.gzip(plain)
    for cut in [2, 3, 10, gz.count / 3, gz.count / 2, gz.count - 8, gz.count - 1] {
      guard case .failure(let e) = Self.lines(Array(gz.prefix(cut))) else {
        Issue.record("cut at \(cut) read without an error")
        continue
      }
      #expect(e.status == .dataError)
      #expect(e.message.contains("gzip data"), "\(e.message)")
    }
    var corrupt = gz
    for k in 20..<60 { corrupt[k] ^= 0x5a }
    guard case .failure(let e) = Self.lines(corrupt) else {
      Issue.record("corrupt gzip read")
      return
    }
    #expect(e.status == .dataError && e.message.contains("gzip data"))
    // The magic bytes and then nonsense, and gzip followed by trailing garbage.
    guard case .failure = Self.lines([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]) else {
      Issue.record("bogus gzip read")
      return
    }
    guard case .failure = Self.lines(gz + Array("garbage".utf8)) else {
      Issue.record("trailing garbage read")
      return
    }
  }

  /// A "zip bomb": a tiny file that inflates to one enormous line stops at the line limit,
  /// quickly and in bounded memory.
  @Test func zipBombStopsAtTheLineLimit() throws {
    let gz = try Self.gzip([UInt8](repeating: 0x41, count: 20 << 20))
    #expect(gz.count < 64 << 10)
    guard case .failure(let e) = Self.lines(gz, maxLineBytes: 1 << 20) else {
      Issue.record("bomb read")
      return
    }
    #expect(e.status == .dataError)
    #expect(e.message.contains("f.ndjson:1: line longer than"), "\(e.message)")
  }

  @Test func longPlainLineNamesItsNumber() {
    let bytes = Array("ok\n".utf8) + [UInt8](repeating: 0x41, count: 5000) + [0x0a]
    guard case .failure(let e) = Self.lines(bytes, maxLineBytes: 1000) else {
      Issue.record("long line read")
      return
    }
    #expect(e.message.contains("f.ndjson:2: line longer than 1000 bytes"), "\(e.message)")
  }

  @Test func aBodyErrorStopsTheReading() throws {
    let dir = try InteropFixtures.tempFolder(["f": Array("a\nb\nc\n".utf8)])
    var seen = 0
    #expect(throws: ToolkitError.self) {
      try InteropLines.forEach("\(dir)/f", maxLineBytes: 100) { n, _ throws(ToolkitError) in
        seen += 1
        if n == 2 { throw ToolkitError(.dataError, "stop") }
      }
    }
    #expect(seen == 2)
    #expect(throws: ToolkitError.self) { try InteropLines.forEach("\(dir)/missing", maxLineBytes: 100) { _, _ in } }
  }

  /// The FHIR import reads gzip files with references across files in any order, and a
  /// truncated gzip file anywhere fails the batch before anything is written.
  @Test func fhirImportStreamsGzipAndIsAllOrNothing() throws {
    let src = InteropFixtures.path("fhir-pain")
    var files: [String: [UInt8]] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: src) where name.hasSuffix(".000.ndjson") {
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(src)/\(name)")))
      // Patients last in name order, gzip'd; the rest plain.
      if name.hasPrefix("Patient") { files["Z-Patient.000.ndjson.gz"] = try Self.gzip(bytes) } else { files[name] = bytes }
    }
    files["Procedure.000.ndjson.gz"] = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(src)/Procedure.000.ndjson.gz")))
    let good = try InteropFixtures.tempFolder(files)
    let ledger = try makeLedger()
    let o = InteropFixtures.options
    let r = try FHIRBulkImport.run(paths: [good], ledger: ledger, options: o, documentsFolder: DocumentStore.folder(besideLedger: ledger.path))
    #expect(r.summary.rejects.isEmpty)
    #expect(try InteropFixtures.count(ledger, .patient) == 1)
    #expect(try InteropFixtures.count(ledger, .procedure) == 2)
    #expect(try InteropFixtures.count(ledger, .uds) == 1)
    let again = try FHIRBulkImport.run(paths: [good], ledger: ledger, options: o, documentsFolder: DocumentStore.folder(besideLedger: ledger.path))
    #expect(again.summary.changed == 0)

    var broken = files
    let gz = broken["Z-Patient.000.ndjson.gz"]!
    broken["Z-Patient.000.ndjson.gz"] = Array(gz.prefix(gz.count - 10))
    let bad = try InteropFixtures.tempFolder(broken)
    let empty = try makeLedger()
    #expect(throws: ToolkitError.self) {
      try FHIRBulkImport.run(paths: [bad], ledger: empty, options: o, documentsFolder: DocumentStore.folder(besideLedger: empty.path))
    }
    #expect(try InteropFixtures.totalRecords(empty) == 0)
  }

  /// The streamed batch: everything or nothing, and the producer told when to stop.
  @Test func producingImporterIsAllOrNothing() throws {
    let ledger = try makeLedger()
    let importer = RecordImporter(ledger: ledger, options: InteropFixtures.options)
    let provider = object(#"{"kind":"provider","id":"pr-1","npi":"1002345670","given_name":"D","family_name":"S","role":"physician"}"#)
    #expect(throws: ToolkitError.self) {
      try importer.run { emit throws(ToolkitError) in
        _ = try emit(provider, "f", 1)
        throw ToolkitError(.dataError, "f:2: broken")
      }
    }
    #expect(try InteropFixtures.totalRecords(ledger) == 0)
    // A bad record stops the batch after the first 20 reported; emit says so.
    var accepted = 0
    let s = try importer.run { emit throws(ToolkitError) in
      for k in 1...100 {
        if try !emit(object(#"{"kind":"provider","id":"x"}"#), "f", k) { break }
        accepted += 1
      }
    }
    #expect(s.rejects.count == 20 && accepted == 19)
    #expect(try InteropFixtures.totalRecords(ledger) == 0)
    let ok = try importer.run { emit throws(ToolkitError) in _ = try emit(provider, "f", 1) }
    #expect(ok.counts[.provider]?.added == 1)
  }
}
