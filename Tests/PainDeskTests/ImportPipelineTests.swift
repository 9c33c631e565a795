import Foundation
import Testing

@testable import PainDesk

/// The importer's reading thread: order, the early stop, and what reaches the ledger.
@Suite("import pipeline") struct ImportPipelineTests {
  private func file(_ lines: [String]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("pipe-\(UUID().uuidString).ndjson").path
    try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  private func importer(_ ledger: Ledger, skipBad: Bool = false) -> RecordImporter {
    RecordImporter(ledger: ledger, options: .init(actor: "test", tool: "test", at: "2026-11-29T12:00:00Z", skipBad: skipBad))
  }

  private func patientLine(_ i: Int) -> String {
    #"{"kind":"patient","id":"P\#(i)","given_name":"C","family_name":"D","dob":"1960-01-01","sex":"male","state":"TX","status":"active","provider_id":"DR1"}"#
  }

  @Test func manyChunksArriveInOrderAndAllAreStored() throws {
    let ledger = try makeLedger()
    // More lines than the chunks the reader may hold, so it waits on the writer; the
    // provider comes last, so every patient waits for it and is stored at the end.
    let count = ImportPipeline.chunkSize * (ImportPipeline.maxChunks + 3)
    let path = try file((0..<count).map(patientLine) + [JSONWriter.canonical(.object(provider))])
    let s = try importer(ledger).run(sources: [.file(path)])
    #expect(s.totals.added == count + 1)
    #expect(s.records == count + 1)
    #expect(try ledger.head()?.seq == Int64(count + 1))
    #expect(try ledger.verify().isSound)
  }

  @Test func aFloodOfBadLinesStopsAtTheLimitWritesNothingAndDoesNotHang() throws {
    let ledger = try makeLedger()
    // Far more bad lines than the reader may queue: it is blocked when the writer stops
    // after 20 reports, and `finish` must release it.
    let bad = (0..<(ImportPipeline.chunkSize * (ImportPipeline.maxChunks + 10))).map { _ in "{not json" }
    let path = try file([JSONWriter.canonical(.object(provider))] + bad)
    let s = try importer(ledger).run(sources: [.file(path)])
    #expect(s.rejects.count == 20)
    #expect(s.rejects.first?.line == 2)
    #expect(s.rejects.allSatisfy { $0.record == nil })
    #expect(try ledger.head() == nil)
  }

  @Test func skipBadKeepsTheGoodLinesAroundTheBadOnes() throws {
    let ledger = try makeLedger()
    let path = try file([JSONWriter.canonical(.object(provider)), "[1,2]", patientLine(1), #"{"kind":"patient","id":"P2"}"#, patientLine(3)])
    let s = try importer(ledger, skipBad: true).run(sources: [.file(path)])
    #expect(s.rejects.map(\.line) == [2, 4])
    #expect(s.totals.added == 3)
    // The unreadable line is not a record; the invalid one is.
    #expect(s.records == 4)
  }

  @Test func aMissingSecondFileFailsTheWholeBatch() throws {
    let ledger = try makeLedger()
    let path = try file([JSONWriter.canonical(.object(provider))])
    do {
      _ = try importer(ledger).run(sources: [.file(path), .file(path + ".missing")])
      Issue.record("imported with a missing file")
    } catch {
      #expect(error.status == .noInput)
    }
    #expect(try ledger.head() == nil)
  }
}
