import Foundation
import Testing

/// Values no import accepts any more, written straight into a demo ledger's state rows
/// (as a ledger from before the numeric ranges, or a hand edit, would hold them): every
/// worklist still answers, with a finding where a record cannot be evaluated, and none
/// dies of a signal.
@Suite("hostile ledger values", .serialized) struct HostileLedgerTests {
  static let big = "9223372036854775807"

  static let edits = """
    UPDATE rx SET days_supply = \(big), record = json_set(record, '$.days_supply', \(big), '$.units_per_day', 1e300, '$.quantity', 1e300, '$.strength', 1e300) WHERE id IN (SELECT id FROM rx ORDER BY id LIMIT 40);
    UPDATE rx SET record = json_set(record, '$.fills', json('[{"date":"2026-11-01","quantity":1e300,"days_supply":\(big)}]')) WHERE id IN (SELECT id FROM rx ORDER BY id LIMIT 40 OFFSET 40);
    UPDATE patient SET recall_interval_days = \(big), record = json_set(record, '$.recall_interval_days', \(big)) WHERE id IN (SELECT id FROM patient ORDER BY id LIMIT 40);
    UPDATE claim SET paid_cents = \(big), record = json_set(record, '$.paid_cents', \(big)) WHERE id IN (SELECT id FROM claim ORDER BY id LIMIT 5);
    UPDATE procedure SET paid_cents = \(big), charge_cents = \(big), units = \(big), relief_days = \(big), record = json_set(record, '$.paid_cents', \(big), '$.charge_cents', \(big), '$.units', \(big), '$.relief_days', \(big)) WHERE id IN (SELECT id FROM procedure ORDER BY id LIMIT 20);
    UPDATE payer SET record = json_set(record, '$.appeal_window_days', \(big), '$.decision_days', \(big), '$.p2p_window_days', \(big), '$.expedited_hours', \(big));
    UPDATE fee SET record = json_set(record, '$.allowed_cents', \(big));
    UPDATE auth SET record = json_set(record, '$.items[0].units', \(big), '$.items[0].approved_units', \(big), '$.items[0].units_used', -\(big)) WHERE id IN (SELECT id FROM auth ORDER BY id LIMIT 30);
    UPDATE appointment SET record = json_set(record, '$.duration_min', \(big)) WHERE id IN (SELECT id FROM appointment ORDER BY id LIMIT 30);
    UPDATE assessment SET record = json_set(record, '$.score', 1e300) WHERE id IN (SELECT id FROM assessment ORDER BY id LIMIT 30);
    UPDATE records_request SET record = json_set(record, '$.fee_cents', \(big));
    UPDATE denial SET record = json_set(record, '$.amount_cents', \(big));
    UPDATE appeal SET record = json_set(record, '$.recovered_cents', \(big));
    """

  static let asOf = "--as-of \(DemoLedger.asOf)"
  static let commands = [
    "refill-check \(asOf)", "paindesk export --kind refill_request | refill-check \(asOf)", "uds-due \(asOf)",
    "recall-scan \(asOf)", "recall-scan list \(asOf)", "revenue-model report \(asOf)",
    "revenue-model report --format html \(asOf)", "pa-status \(asOf)", "pa-status --exhausted \(asOf)",
    "pa-status --expiring 30 \(asOf)", "appeal-pack \(asOf)", "coverage-check \(asOf)", "intake-check \(asOf)",
    "records-track \(asOf)",
  ]

  @Test func worklistsAnswerOnHostileRows() throws {
    let dir = try makeTempDir("hostile")
    defer { try? FileManager.default.removeItem(at: dir) }
    let ledger = dir.appendingPathComponent("l.sqlite").path
    try FileManager.default.copyItem(atPath: try DemoLedger.shared(), toPath: ledger)
    try Self.edits.write(to: dir.appendingPathComponent("edits.sql"), atomically: true, encoding: .utf8)
    let edit = try Shell.run("sqlite3 l.sqlite < edits.sql", cwd: dir)
    try #require(edit.status == 0, "sqlite3: \(edit.stderr)")
    let env = ["PAINDESK_LEDGER": ledger]
    for command in Self.commands {
      let r = try Shell.run(command, cwd: dir, environment: env)
      #expect(r.status == 0 || r.status == 1, "\(command) exited \(r.status): \(r.stderr.prefix(600))")
    }
    // The MME of a prescription off every scale is a finding, not a figure.
    let refills = try Shell.run(
      "paindesk export --kind refill_request | refill-check \(Self.asOf) --format ndjson", cwd: dir, environment: env)
    #expect(refills.stdout.contains("MME cannot be computed"))
  }
}
