import Foundation
import GRDB
import Testing

@testable import PainDesk

/// Records that name a record later in the input wait (in a temporary table, not memory)
/// and are stored once it is; the order of the input changes nothing stored.
@Suite("import waiting records") struct ImportWaitingTests {
  static let base = [
    RecordFixtures.record(#"{"kind":"provider","id":"prov-1","npi":"1234567893","given_name":"A","family_name":"B","role":"physician"}"#),
    RecordFixtures.record(#"{"kind":"payer","id":"payer-1","name":"Plan","type":"commercial"}"#),
    RecordFixtures.record(
      #"{"kind":"patient","id":"pat-1","given_name":"C","family_name":"D","dob":"1960-01-01","sex":"male","state":"TX","status":"active","provider_id":"prov-1"}"#
    ),
  ]

  /// Auth `k`, a re-authorization of auth `k - 1` (the first names `previous`, if any).
  static func auth(_ k: Int, previous: String? = nil) -> JSONObject {
    var o = RecordFixtures.record(
      #"{"kind":"auth","id":"A\#(k)","patient_id":"pat-1","payer_id":"payer-1","provider_id":"prov-1","items":[{"seq":1,"cpt":"64483","units":1}],"icd10":["M54.16"],"urgency":"standard","status":"draft"}"#
    )
    if let r = k > 0 ? "A\(k - 1)" : previous { o["reauth_of"] = .string(r) }
    return o
  }

  static func state(_ ledger: Ledger) throws -> [String] {
    try ledger.read { db in try String.fetchAll(db, sql: "SELECT id || ' ' || record FROM auth ORDER BY id") }
  }

  @Test func aReauthChainIsStoredWholeInEitherOrder() throws {
    let n = 300
    let auths = (0..<n).map { Self.auth($0) }
    let oldestFirst = try makeLedger()
    var s = try importRecords(oldestFirst, Self.base + auths)
    #expect(s.rejects.isEmpty && s.totals.added == n + 3)
    // Newest first, before what they all name: every record waits.
    let newestFirst = try makeLedger()
    s = try importRecords(newestFirst, auths.reversed() + Self.base)
    #expect(s.rejects.isEmpty && s.totals.added == n + 3, "\(s.rejects.prefix(3).map(\.diagnostic))")
    #expect(try Self.state(newestFirst) == Self.state(oldestFirst))
    #expect(try newestFirst.verify().isSound)
  }

  @Test func recordsNamingWhatIsNowhereAreRejectedInInputOrderWithTheirRecords() throws {
    let ledger = try makeLedger()
    // A1 names A0, which is nowhere; A2 names A1, so it cannot be stored either.
    let s = try importRecords(ledger, [Self.auth(2), Self.auth(1)] + Self.base + [Self.auth(5, previous: "A4")], skipBad: true)
    #expect(s.totals.added == 3)
    #expect(s.rejects.map(\.line) == [1, 2, 6])
    #expect(s.rejects.map(\.message) == [
      "'reauth_of' names auth 'A1', which is not in the ledger or this batch",
      "'reauth_of' names auth 'A0', which is not in the ledger or this batch",
      "'reauth_of' names auth 'A4', which is not in the ledger or this batch",
    ])
    #expect(s.rejects.allSatisfy { $0.record?["kind"] == "auth" })
  }

  /// The waiting records are rows of a temporary table, not values in memory: holding many
  /// keeps none of them in the importer.
  @Test func waitingRecordsAreHeldInATemporaryTable() throws {
    let ledger = try makeLedger()
    try ledger.writeBatch(dryRun: true) { db in
      let waiting = WaitingRecords(db: db)
      for k in 0..<1000 {
        guard case .record(let r) = CheckedLine.check(Self.auth(k + 1), file: "in", line: k + 1) else {
          Issue.record("auth \(k) is not valid")
          return
        }
        try waiting.hold(r)
      }
      #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(WaitingRecords.table)") == 1000)
      #expect(waiting.count == 1000)
      #expect(try waiting.unparked(after: 0).count == 256)
      let first = try waiting.unparked(after: 0).first
      #expect(first?.record.id == "A1" && first?.record.line == 1 && first?.record.references.map(\.id) == ["pat-1", "payer-1", "prov-1", "A0"])
      var drained = 0
      try waiting.drain { _ in drained += 1 }
      #expect(drained == 1000 && waiting.count == 0)
    }
  }
}
