import Foundation
import Testing

@testable import PainDesk

/// A new empty folder for one test.
func makeFolder(_ label: String) throws -> String {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  return dir
}

func mode(_ path: String) -> mode_t {
  var st = stat()
  return lstat(path, &st) == 0 ? st.st_mode & 0o7777 : 0
}

func text(_ path: String) -> String? { FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } }

@Suite("protected files") struct ProtectedFileTests {
  @Test func writesTheWholeFileWithTheModeWhateverTheUmaskAndAnOldFile() throws {
    let dir = try makeFolder("pf")
    let target = dir + "/out.ndjson"
    try "old".write(toFile: target, atomically: false, encoding: .utf8)
    chmod(target, 0o644)
    let old = umask(0)
    defer { umask(old) }
    try ProtectedFile.write(Array("new\n".utf8), to: target, sharing: .owner)
    #expect(text(target) == "new\n")
    #expect(mode(target) == 0o600)
  }

  @Test func theTargetIsUntouchedUntilCommit() throws {
    let dir = try makeFolder("pf")
    let target = dir + "/rejects.ndjson"
    try "keep me".write(toFile: target, atomically: false, encoding: .utf8)
    do {
      let file = try ProtectedFile.create(target, sharing: .owner)
      file.sink.write("half")
      #expect(text(target) == "keep me")
    }
    // Dropped without commit: the old file stays and no temporary is left.
    #expect(text(target) == "keep me")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["rejects.ndjson"])
  }

  @Test func aLinkAtTheTargetIsReplacedNotFollowed() throws {
    let dir = try makeFolder("pf")
    let victim = dir + "/victim"
    try "secret".write(toFile: victim, atomically: false, encoding: .utf8)
    chmod(victim, 0o644)
    symlink(victim, dir + "/report.html")
    try ProtectedFile.write(Array("<html>".utf8), to: dir + "/report.html", sharing: .owner)
    #expect(text(victim) == "secret")
    #expect(mode(victim) == 0o644)
    #expect(text(dir + "/report.html") == "<html>")
    #expect(mode(dir + "/report.html") == 0o600)
  }

  @Test func refusesTheLedgerItsCompanionsAndTheInputs() throws {
    let dir = try makeFolder("pf")
    let ledger = dir + "/l.sqlite"
    try "ledger bytes".write(toFile: ledger, atomically: false, encoding: .utf8)
    try "input".write(toFile: dir + "/in.ndjson", atomically: false, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: false)
    symlink(dir + "/in.ndjson", dir + "/link.ndjson")
    let spared = SparedFiles(ledger: ledger, inputs: [dir + "/sub/../in.ndjson", "-"])
    let targets = [
      ledger, dir + "/./l.sqlite", dir + "/sub/../l.sqlite-wal", dir + "/l.sqlite-shm", dir + "/l.sqlite.access.ndjson",
      dir + "/in.ndjson", dir + "/link.ndjson",
    ]
    for target in targets {
      #expect(throws: ToolkitError.self) { try ProtectedFile.create(target, sharing: .owner, sparing: spared) }
      do { _ = try ProtectedFile.create(target, sharing: .owner, sparing: spared) } catch { #expect(error.status == .usage) }
    }
    #expect(text(ledger) == "ledger bytes")
    #expect(text(dir + "/in.ndjson") == "input")
    _ = try ProtectedFile.create(dir + "/other.ndjson", sharing: .owner, sparing: spared)
  }

  @Test func aFolderAtTheTargetIs73() throws {
    let dir = try makeFolder("pf")
    do {
      _ = try ProtectedFile.create(dir, sharing: .owner)
      Issue.record("a folder was accepted as an output file")
    } catch { #expect(error.status == .cantCreate) }
  }

  @Test func groupSharingGivesTheGroupReadAndWrite() throws {
    let dir = try makeFolder("pf")
    let gid = getegid()
    try ProtectedFile.write(Array("x".utf8), to: dir + "/g.txt", sharing: .group(gid))
    #expect(mode(dir + "/g.txt") == 0o660)
    try ProtectedFolder.ensure(dir + "/a/b", sharing: .group(gid))
    #expect(mode(dir + "/a") == 0o2770)
    #expect(mode(dir + "/a/b") == 0o2770)
  }

  @Test func anExistingFolderIsNeverChanged() throws {
    let dir = try makeFolder("pf")
    chmod(dir, 0o755)
    try ProtectedFolder.ensure(dir + "/new", sharing: .group(getegid()))
    #expect(mode(dir) == 0o755)
    #expect(mode(dir + "/new") == 0o2770)
    try ProtectedFolder.ensure(dir, sharing: .group(getegid()))
    #expect(mode(dir) == 0o755)
  }

  @Test func aFileInTheWayOfAFolderIs73() throws {
    let dir = try makeFolder("pf")
    try "x".write(toFile: dir + "/file", atomically: false, encoding: .utf8)
    do {
      try ProtectedFolder.ensure(dir + "/file/sub", sharing: .owner)
      Issue.record("made a folder below a file")
    } catch { #expect(error.status == .cantCreate) }
  }

  @Test func temporariesOfDeadProcessesAreRemovedAndLiveOnesKept() throws {
    let dir = try makeFolder("pf")
    // A pid that does not exist (above the kernel's pid_max), and our own parent (alive).
    let dead = dir + "/.backup.sqlite.paindesk-99999999-0.tmp"
    let deadJournal = dir + "/.backup.sqlite.paindesk-99999999-0.tmp-journal"
    let live = dir + "/.backup.sqlite.paindesk-\(getppid())-0.tmp"
    let unrelated = dir + "/.notes.tmp"
    for p in [dead, deadJournal, live, unrelated] { try "x".write(toFile: p, atomically: false, encoding: .utf8) }
    try ProtectedFile.write(Array("y".utf8), to: dir + "/other", sharing: .owner)
    #expect(!FileManager.default.fileExists(atPath: dead))
    #expect(!FileManager.default.fileExists(atPath: deadJournal))
    #expect(FileManager.default.fileExists(atPath: live))
    #expect(FileManager.default.fileExists(atPath: unrelated))
  }

  @Test func temporaryNamesCarryTheProcess() {
    #expect(StaleTemporaries.processID(StaleTemporaries.name(for: "b.sqlite", attempt: 3)) == getpid())
    #expect(StaleTemporaries.processID(".x.paindesk-12-0.tmp-journal") == 12)
    #expect(StaleTemporaries.processID(".x.paindesk-abc-0.tmp") == nil)
    #expect(StaleTemporaries.processID("x.paindesk-12-0.tmp") == nil)
    #expect(StaleTemporaries.processID(".x.paindesk-12-0.txt") == nil)
  }

  @Test func idsThatAreNotOnePathComponentAreRefused() throws {
    for bad in ["", ".", "..", "a/b", "a\0b"] {
      do {
        _ = try PathComponent.checked(bad, kind: "auth", id: bad)
        Issue.record("accepted '\(bad)'")
      } catch { #expect(error.status == .dataError) }
    }
    #expect(try PathComponent.checked("A0042", kind: "auth", id: "A0042") == "A0042")
    #expect(try PathComponent.checked("..a", kind: "auth", id: "..a") == "..a")
  }
}
