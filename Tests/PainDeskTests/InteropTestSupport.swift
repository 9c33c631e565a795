import Foundation

@testable import PainDesk

/// Paths and helpers for the interop tests.
enum InteropFixtures {
  static let folder = RecordFixtures.folder.appendingPathComponent("interop")
  static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
  /// The public Synthea export, read in place (never copied into the repository); where it
  /// is absent the test is skipped, or failed under CI.
  static func synthea() throws -> String { try OptionalValidator.sharedData("sample-bulk-fhir-10-patients") }

  static let options = RecordImporter.Options(actor: "test", tool: "test", at: "2026-11-29T12:00:00Z")

  /// A temporary folder with the given files.
  static func tempFolder(_ files: [String: [UInt8]]) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("interop-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, bytes) in files { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
    return dir.path
  }

  /// Hands `bytes` to `feed` `size` bytes at a time, as a file read in chunks would.
  static func inChunks(
    _ bytes: [UInt8], of size: Int, _ feed: (UnsafeBufferPointer<UInt8>) throws(ToolkitError) -> Void
  ) throws(ToolkitError) {
    var k = 0
    while k < bytes.count {
      let piece = Array(bytes[k..<min(k + size, bytes.count)])
      try piece.withUnsafeBufferPointer { (b) throws(ToolkitError) in try feed(b) }
      k += size
    }
  }

  static func count(_ ledger: Ledger, _ kind: RecordKind) throws -> Int { try ledger.records(of: kind).count }

  static func totalRecords(_ ledger: Ledger) throws -> Int {
    try RecordKind.stored.reduce(0) { $0 + (try count(ledger, $1)) }
  }
}
