import Foundation
import Testing
@testable import PainDesk

/// A document's path is relative to the documents root and stays inside it: validation
/// rejects what names a file elsewhere, and resolution refuses a symlink leaving the root.
@Suite struct DocumentPathTests {
  private static let document = #"{"kind":"document","id":"doc-1","patient_id":"pat-1","type":"imaging_report","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","date":"2025-12-01","path":"x"}"#

  private func issues(_ path: String) -> [RecordIssue] {
    var o = RecordFixtures.record(Self.document)
    o["path"] = .string(path)
    return RecordValidator.validate(o)
  }

  @Test(arguments: ["charts/pat-1/mri.pdf", "documents/abc", "a", ".hidden", "a/.../b", "a/..b", "./a"])
  func relativePathsInsideAreAccepted(_ path: String) {
    #expect(issues(path).isEmpty, "\(path)")
  }

  @Test(arguments: [
    ("/home/u/.ssh/id_ed25519", "absolute path"), ("../secret", "'..' component"), ("a/../../b", "'..' component"),
    ("a/..", "'..' component"), ("a//b", "empty component"), ("a/", "empty component"), ("", "empty component"),
    ("a\u{1B}b", "control character"),
  ])
  func pathsLeavingTheFolderAreRejected(_ path: String, _ why: String) {
    let found = issues(path)
    #expect(found.map(\.field) == ["path"], "\(path)")
    #expect(found.first?.message.contains(why) == true, "\(found)")
    #expect(found.first?.message.contains(path.isEmpty ? "\u{0}" : path) == false)
  }

  @Test func schemaPatternAgreesWithTheValidator() throws {
    let pattern = try Regex(JSONSchemas.documentPathPattern.replacingOccurrences(of: "\\u0000", with: "\\x{0}")
      .replacingOccurrences(of: "\\u001F", with: "\\x{1F}").replacingOccurrences(of: "\\u007F", with: "\\x{7F}"))
    for p in ["charts/pat-1/mri.pdf", "a", ".hidden", "a/..b", "./a", "/etc/passwd", "../x", "a/../b", "a//b", "a/", "", "..", "a/.."] {
      #expect(((try? pattern.wholeMatch(in: p)) != nil) == FieldChecks.isDocumentPath(p), "\(p)")
    }
  }

  @Test func resolveRefusesASymlinkOutOfTheRoot() throws {
    let fm = FileManager.default
    let base = fm.temporaryDirectory.appendingPathComponent("docpath-\(UUID().uuidString)").path
    defer { try? fm.removeItem(atPath: base) }
    let root = base + "/root"
    try fm.createDirectory(atPath: root + "/charts", withIntermediateDirectories: true)
    fm.createFile(atPath: base + "/secret", contents: Data("key".utf8))
    fm.createFile(atPath: root + "/charts/note.pdf", contents: Data("note".utf8))
    try fm.createSymbolicLink(atPath: root + "/charts/link.pdf", withDestinationPath: base + "/secret")
    try fm.createSymbolicLink(atPath: root + "/out", withDestinationPath: base)
    try fm.createSymbolicLink(atPath: root + "/charts/inside.pdf", withDestinationPath: root + "/charts/note.pdf")

    guard case .file(let real) = DocumentStore.resolve("charts/note.pdf", root: root) else {
      Issue.record("a file inside the root resolves")
      return
    }
    #expect(real.hasSuffix("/root/charts/note.pdf"))
    if case .file = DocumentStore.resolve("charts/inside.pdf", root: root) {} else { Issue.record("a symlink staying inside is fine") }
    #expect(DocumentStore.resolve("charts/link.pdf", root: root) == .outside)
    #expect(DocumentStore.resolve("out/secret", root: root) == .outside)
    #expect(DocumentStore.resolve("../secret", root: root) == .outside)
    #expect(DocumentStore.resolve(base + "/secret", root: root) == .outside)
    #expect(DocumentStore.resolve("charts/none.pdf", root: root) == .missing)
  }
}
