import Foundation
import Synchronization
import Testing

@testable import PainDesk

/// Updates that cannot be lost: the store's one update reads, applies and writes in one
/// transaction, and a record that travelled through a pipe carries the version it was read
/// at (`ledger_version`), which an import checks.
@Suite("ledger updates") struct LedgerUpdateTests {
  /// A ledger holding every stored record of the valid fixtures.
  static func fixtureLedger() throws -> Ledger {
    let ledger = try makeLedger()
    let stored = try RecordFixtures.valid.map(\.record).filter { $0.string("kind").flatMap(RecordKind.init(name:))?.isStored ?? false }
    let s = try importRecords(ledger, stored)
    #expect(s.rejects.isEmpty, "\(s.rejects.map(\.diagnostic))")
    return ledger
  }

  static func importer(_ ledger: Ledger, force: Bool = false, tool: String = "test") -> RecordImporter {
    var options = RecordImporter.Options(actor: "test", tool: tool, at: "2026-11-30T12:00:00Z")
    options.force = force
    return RecordImporter(ledger: ledger, options: options)
  }

  /// The export's lines as objects.
  static func exported(_ ledger: Ledger, kinds: [RecordKind]? = nil) throws -> [JSONObject] {
    let sink = ByteSink.memory()
    try ledger.export(kinds: kinds, to: sink)
    return try sink.text.split(separator: "\n").map { try JSONParser.parse(String($0)).objectValue! }
  }

  static func lastHash(_ ledger: Ledger, _ kind: RecordKind, _ id: String) throws -> String? {
    try ledger.read { db in
      try String.fetchOne(
        db, sql: "SELECT hash FROM events WHERE kind = ? AND record_id = ? ORDER BY seq DESC LIMIT 1", arguments: [kind.rawValue, id])
    }
  }

  /// Two writers change one auth at the same time, each a different field, the second
  /// starting while the first holds what it read: both changes are in the record. Read and
  /// write in separate transactions, the second writer would have read the auth before the
  /// first wrote, and its whole-record replacement would drop the first change.
  @Test func twoConcurrentUpdatesOfOneAuthBothStay() throws {
    let path = try Self.fixtureLedger().path
    let first = try Ledger.open(path: path)
    let second = try Ledger.open(path: path)
    let firstHasRead = DispatchSemaphore(value: 0)
    let done = DispatchGroup()
    let failures = Mutex<[String]>([])
    func change(_ ledger: Ledger, field: String, value: String, after wait: DispatchSemaphore?, holding: Bool) {
      done.enter()
      Thread.detachNewThread {
        defer { done.leave() }
        wait?.wait()
        do {
          _ = try Self.importer(ledger).update(source: "test") { stored throws(ToolkitError) in
            var auth = try stored.record(of: .auth, id: "auth-1")!
            if holding {
              firstHasRead.signal()
              // Long enough for the other writer to try to read meanwhile.
              Thread.sleep(forTimeInterval: 0.5)
            }
            auth[field] = .string(value)
            return [auth]
          }
        } catch {
          failures.withLock { $0.append("\(field): \(error)") }
        }
      }
    }
    change(first, field: "reference", value: "FIRST", after: nil, holding: true)
    change(second, field: "auth_number", value: "SECOND", after: firstHasRead, holding: false)
    done.wait()
    #expect(failures.withLock { $0 }.isEmpty, "\(failures.withLock { $0 })")
    let auth = try Ledger.open(path: path).records(of: .auth).first { $0.string("id") == "auth-1" }!
    #expect(auth.string("reference") == "FIRST")
    #expect(auth.string("auth_number") == "SECOND")
  }

  @Test func exportCarriesEachRecordsLastEventHash() throws {
    let ledger = try Self.fixtureLedger()
    // An update, so the last event of auth-1 is not its first.
    var auth = try ledger.records(of: .auth).first { $0.string("id") == "auth-1" }!
    auth["reference"] = "CHANGED"
    _ = try importRecords(ledger, [auth])
    let lines = try Self.exported(ledger)
    #expect(!lines.isEmpty)
    for line in lines {
      let kind = RecordKind(name: line.string("kind")!)!
      #expect(line.string(LedgerVersion.field) == (try Self.lastHash(ledger, kind, line.string("id")!)))
    }
  }

  @Test func exportThenImportIsIdempotent() throws {
    let ledger = try Self.fixtureLedger()
    let head = try ledger.head()
    let summary = try Self.importer(ledger).run(records: try Self.exported(ledger), source: "export")
    #expect(summary.rejects.isEmpty)
    #expect(summary.totals.added == 0 && summary.totals.updated == 0)
    #expect(try ledger.head()?.hash == head?.hash)
    // The version is never stored.
    let stored = try ledger.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM events WHERE record LIKE '%ledger_version%'")
    }
    #expect(stored == 0)
  }

  @Test func aChangedExportedRecordImportsAsAnUpdate() throws {
    let ledger = try Self.fixtureLedger()
    var auth = try Self.exported(ledger, kinds: [.auth]).first { $0.string("id") == "auth-1" }!
    auth["reference"] = "PIPED"
    let summary = try Self.importer(ledger).run(records: [auth], source: "pipe")
    #expect(summary.totals.updated == 1)
    let stored = try ledger.records(of: .auth).first { $0.string("id") == "auth-1" }!
    #expect(stored.string("reference") == "PIPED")
    #expect(!stored.has(LedgerVersion.field))
  }

  /// Read at one version, changed by someone else, then imported: refused with 75 naming
  /// kind and id, nothing written; with `force` it is stored.
  @Test func aStaleVersionIsRefusedUnlessForced() throws {
    let ledger = try Self.fixtureLedger()
    var mine = try Self.exported(ledger, kinds: [.auth]).first { $0.string("id") == "auth-1" }!
    var theirs = mine
    theirs["auth_number"] = "THEIRS"
    _ = try Self.importer(ledger).run(records: [theirs], source: "other")
    let head = try ledger.head()
    mine["reference"] = "MINE"
    let provider = try Self.exported(ledger, kinds: [.provider]).first!
    var renamed = provider
    renamed["family_name"] = "Other"
    #expect {
      _ = try Self.importer(ledger).run(records: [renamed, mine], source: "pipe")
    } throws: { error in
      guard let e = error as? ToolkitError else { return false }
      return e.status == .tempFail && e.message.contains("auth 'auth-1'")
        && e.message.contains("changed since read: export again and reapply")
    }
    #expect(try ledger.head()?.hash == head?.hash)

    let forced = try Self.importer(ledger, force: true).run(records: [mine], source: "pipe")
    #expect(forced.totals.updated == 1)
    let stored = try ledger.records(of: .auth).first { $0.string("id") == "auth-1" }!
    #expect(stored.string("reference") == "MINE")
    #expect(stored.string("auth_number") == "A-0001")
  }

  /// A stale record that asks for no change writes nothing, so it overwrites nothing.
  @Test func aStaleVersionOfTheCurrentContentIsNoConflict() throws {
    let ledger = try Self.fixtureLedger()
    let read = try Self.exported(ledger, kinds: [.auth]).first { $0.string("id") == "auth-1" }!
    var changed = read
    changed["reference"] = "ONE"
    _ = try Self.importer(ledger).run(records: [changed], source: "one")
    changed[LedgerVersion.field] = read[LedgerVersion.field]
    let summary = try Self.importer(ledger).run(records: [changed], source: "again")
    #expect(summary.totals.unchanged == 1)
  }

  /// A version from another ledger is one this ledger never had: no conflict, whether
  /// the record is absent (added) or present and different (updated).
  @Test func aCopyIntoAnotherLedgerIsNoConflict() throws {
    let source = try Self.fixtureLedger()
    let lines = try Self.exported(source)
    let target = try makeLedger()
    let added = try Self.importer(target).run(records: lines, source: "copy")
    #expect(added.rejects.isEmpty)
    #expect(added.totals.added == lines.count)
    var auth = try target.records(of: .auth).first { $0.string("id") == "auth-1" }!
    auth["reference"] = "TARGET"
    _ = try Self.importer(target).run(records: [auth], source: "target")
    let again = try Self.importer(target).run(records: lines, source: "copy")
    #expect(again.totals.updated == 1)
  }

  /// The version spliced into the stored text is where canonical JSON puts it: the same
  /// bytes as setting the member and writing the record canonically.
  @Test func stampedRecordsAreCanonical() throws {
    var records = try RecordFixtures.valid.map(\.record)
    records += [
      JSONObject(),
      RecordFixtures.record(#"{"a":"}\",{","z":[{"k":"]"}]}"#),
      RecordFixtures.record(#"{"ledger_version":"old","x":1}"#),
      RecordFixtures.record(#"{"le\u0064ger":1,"m":{"ledger_version":2}}"#),
      RecordFixtures.record(#"{"ledger_versio":1,"ledger_version_2":2}"#),
    ]
    let version = String(repeating: "0f", count: 32)
    for r in records {
      var expected = r
      expected[LedgerVersion.field] = .string(version)
      let stamped = LedgerVersion.stamped(JSONWriter.canonicalBytes(.object(r)), version: version)
      #expect(String(decoding: stamped, as: UTF8.self) == JSONWriter.canonical(.object(expected)))
    }
  }

  @Test func aRecordNotInTheLedgerIsNamedByKindAndId() throws {
    let ledger = try Self.fixtureLedger()
    #expect {
      _ = try Self.importer(ledger).change(.appeal, [StoredRecordChange(id: "nope", place: "in.ndjson:3", change: ())], source: "x") {
        _, o in o
      }
    } throws: { error in
      (error as? ToolkitError)?.message == "in.ndjson:3: appeal 'nope' is not in the ledger: check the id"
        && (error as? ToolkitError)?.status == .dataError
    }
  }
}
