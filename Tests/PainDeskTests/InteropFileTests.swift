import Foundation
import Testing

@testable import PainDesk

/// `InteropFile.read` refuses a file over its limit before keeping it (`checkSize`).
@Suite("interop file limits") struct InteropFileTests {
  static let gz = InteropFixtures.path("fhir-pain/Procedure.000.ndjson.gz")

  @Test func aGzipFileThatInflatesPastTheLimitIsRefusedByItsInflatedSize() throws {
    let inflated = try InteropFile.read(Self.gz)
    #expect(throws: Never.self) { try InteropFile.checkSize(Self.gz, maxBytes: inflated.count) }
    #expect {
      try InteropFile.checkSize(Self.gz, maxBytes: inflated.count - 1)
    } throws: { e in
      (e as? ToolkitError)?.message == "\(Self.gz): inflates to more than \(inflated.count - 1) bytes"
    }
    #expect(throws: ToolkitError.self) { try InteropFile.read(Self.gz, maxBytes: inflated.count - 1) }
  }

  @Test func aPlainFileOverTheLimitIsRefusedByItsSize() throws {
    let dir = try InteropFixtures.tempFolder(["a.csv": Array("id\n1\n".utf8)])
    let path = dir + "/a.csv"
    #expect(try InteropFile.read(path, maxBytes: 5).count == 5)
    #expect {
      try InteropFile.checkSize(path, maxBytes: 4)
    } throws: { e in
      (e as? ToolkitError)?.message == "\(path): larger than 4 bytes"
    }
  }

  @Test func aTruncatedGzipFileIsAnError() throws {
    let gz = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.gz)))
    let dir = try InteropFixtures.tempFolder(["t.gz": Array(gz.prefix(gz.count / 2))])
    #expect {
      try InteropFile.checkSize(dir + "/t.gz", maxBytes: 1 << 30)
    } throws: { e in
      (e as? ToolkitError)?.message == "\(dir)/t.gz: truncated gzip data"
    }
  }
}
