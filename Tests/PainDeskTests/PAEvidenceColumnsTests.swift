import Foundation
import GRDB
import Testing

@testable import PainDesk

/// The typed-column evidence reads (migration `v3-pa-evidence-columns`) and the SQL
/// prefilter of `pa-status --overdue` give exactly what decoding every record gives.
@Suite("PA evidence columns") struct PAEvidenceColumnsTests {
  static let demo: Ledger = {
    let ledger = try! makeLedger()
    _ = try! importRecords(ledger, DemoClinic.generate(seed: 1, asOf: "2026-11-29"))
    return ledger
  }()

  static func patientIds(_ ledger: Ledger) throws -> [String] {
    try ledger.all(Patient.self).map(\.id)
  }

  @Test func columnReadsEqualTheRecordDecode() throws {
    let ledger = Self.demo
    let ids = try Self.patientIds(ledger)
    let fromColumns = try ledger.evidenceRecords(patientIds: ids)
    func grouped<T: TypedRecord>(_ t: T.Type, _ pid: (T) -> String) throws -> [String: [T]] {
      Dictionary(grouping: try ledger.all(t, patientIds: ids), by: pid)
    }
    let dx = try grouped(Diagnosis.self, \.patientId)
    let care = try grouped(ConservativeCare.self, \.patientId)
    let imaging = try grouped(Imaging.self, \.patientId)
    let assessments = try grouped(Assessment.self, \.patientId)
    let procedures = try grouped(Procedure.self, \.patientId)
    let documents = try grouped(Document.self, \.patientId)
    #expect(!procedures.isEmpty && !assessments.isEmpty && !dx.isEmpty)
    #expect(procedures.values.contains { $0.contains { $0.levels != nil } }, "the demo has procedure levels")
    for id in ids {
      let e = fromColumns[id] ?? PatientEvidence()
      #expect(e.diagnoses == dx[id] ?? [], "\(id)")
      #expect(e.care == care[id] ?? [], "\(id)")
      #expect(e.imaging == imaging[id] ?? [], "\(id)")
      #expect(e.assessments == assessments[id] ?? [], "\(id)")
      #expect(e.procedures == procedures[id] ?? [], "\(id)")
      #expect(e.documents == documents[id] ?? [], "\(id)")
    }
  }

  @Test func backfillWritesWhatTheImporterWrites() throws {
    let ledger = try makeLedger()
    _ = try importRecords(ledger, DemoClinic.generate(seed: 1, asOf: "2026-11-29"))
    let added = StateTables.v3PAEvidence
    func snapshot() throws -> [String] {
      try ledger.read { db in
        var rows: [String] = []
        for (kind, columns) in added.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
          let names = columns.map { LedgerMigrations.quoted($0.name) }.joined(separator: ", ")
          for row in try Row.fetchAll(db, sql: "SELECT id, \(names) FROM \(LedgerMigrations.quoted(kind.rawValue)) ORDER BY id") {
            var parts: [String] = []
            for (i, c) in columns.enumerated() {
              let v: DatabaseValue = row[i + 1]
              // JSON text compares by value (SQLite and the canonical writer may space it differently).
              if c.json, let s = String.fromDatabaseValue(v) {
                parts.append(JSONWriter.canonical(try JSONParser.parse(s)))
              } else {
                parts.append("\(v)")
              }
            }
            rows.append("\(kind.rawValue) \(row[0] as String) " + parts.joined(separator: " | "))
          }
        }
        return rows
      }
    }
    let written = try snapshot()
    #expect(written.contains { $0.hasPrefix("procedure ") && $0.contains("[") })
    try ledger.writeBatch { db in
      for (kind, columns) in added {
        let sets = columns.map { "\(LedgerMigrations.quoted($0.name)) = NULL" }.joined(separator: ", ")
        try db.execute(sql: "UPDATE \(LedgerMigrations.quoted(kind.rawValue)) SET \(sets)")
      }
      for sql in StateTables.addColumnStatements(added) where sql.hasPrefix("UPDATE") { try db.execute(sql: sql) }
    }
    #expect(try snapshot() == written)
  }

  @Test(arguments: ["2026-01-20", "2026-06-30", "2026-11-29", "2026-12-24"])
  func overduePrefilterKeepsEveryOverdueAuth(date: String) throws {
    let ledger = Self.demo
    for zone in ["UTC", "America/Chicago", "Pacific/Kiritimati"] {
      let rules = EffectiveRules(config: ClinicConfig(timeZone: TimeZone(identifier: zone)!))
      let asOf = AsOf(date: LocalDate(date)!, calendar: rules.calendar)
      var filter = PAWorklistFilter()
      filter.overdue = true
      let rows = try PAWorklist.rows(ledger: ledger, filter: filter, rules: rules, asOf: asOf)
      // Without the prefilter: every undecided auth, annotated, kept when overdue.
      let payers = Dictionary(uniqueKeysWithValues: try ledger.all(Payer.self).map { ($0.id, $0) })
      let locations = Dictionary(uniqueKeysWithValues: try ledger.all(Location.self).map { ($0.id, $0) })
      let patients = Dictionary(uniqueKeysWithValues: try ledger.all(Patient.self).map { ($0.id, $0) })
      let expected = try ledger.auths(statuses: ["pended", "submitted"]).map {
        PatchedRecord(
          stored: $0.record,
          added: PAWorklist.worklistFields($0, payers: payers, locations: locations, patients: patients, rules: rules, asOf: asOf))
      }.filter { $0.added["overdue"] == .bool(true) }
      #expect(try rows.map { try $0.object() } == expected.map { try $0.object() }, "\(date) \(zone)")
    }
  }
}
