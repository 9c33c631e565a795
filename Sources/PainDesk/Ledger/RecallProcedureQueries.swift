import GRDB

extension Ledger {
  /// The latest performed procedure of each recall code list (relief follow-up, RFA, SCS,
  /// pump), in one pass over the v4 procedure index instead of one grouped scan per list.
  /// Rows come in index order (patient, date, id), so a list's latest is the first row of
  /// its greatest date: a same-day tie goes to the smallest id, as before. Whether relief
  /// was recorded (`relief_pct`, or a post-procedure assessment) is asked for the latest
  /// relief procedures only.
  func readLatestProcedures(
    _ db: Database, into facts: inout [PatientRecallFacts], index: [String: Int], asOf day: String,
    codes: RecallCodeLists, only: RecallPatientFilter
  ) throws {
    let lists = [codes.relief, codes.rfa, codes.scs, codes.pump]
    let all = Array(Set(lists.joined())).sorted()
    guard !all.isEmpty else { return }
    func marks(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ",") }
    // Which lists a code is in, as bits (relief 1, RFA 2, SCS 4, pump 8), matched here
    // rather than with four `cpt IN (...)` columns: those were most of SQLite's time in
    // this pass (issue 5).
    var bits: [String: UInt8] = [:]
    for (n, list) in lists.enumerated() { for code in list { bits[code, default: 0] |= 1 << n } }
    let sql = """
      SELECT patient_id, id, date, cpt, relief_pct IS NOT NULL
      FROM procedure
      WHERE voided = 0 AND status = 'performed' AND date <= ? AND cpt IN (\(marks(all.count)))\(only.term("patient_id"))
      ORDER BY patient_id, date, id
      """
    // The rows of one patient are consecutive: the id is looked up when it changes.
    var previous: [UInt8] = []
    var current: Int?
    try RawStatement.rows(db, sql, only.arguments([day] + all)) { r in
      let patient = r.columnBytes(0)
      if !patient.elementsEqual(previous) {
        previous = Array(patient)
        current = index[String(decoding: patient, as: UTF8.self)]
      }
      guard let i = current, let date = r.date(2) else { return }
      let cpt = r.text(3) ?? ""
      let mask = bits[cpt] ?? 0
      func later(_ d: PatientRecallFacts.Dated?) -> Bool { d.map { date > $0.date } ?? true }
      func row() -> PatientRecallFacts.Dated { .init(id: r.text(1) ?? "", date: date, type: cpt) }
      if mask & 1 != 0 && later(facts[i].lastReliefProcedure) {
        facts[i].lastReliefProcedure = row()
        facts[i].reliefRecorded = r.int(4) == 1
      }
      if mask & 2 != 0 && later(facts[i].lastRFA) { facts[i].lastRFA = row() }
      if mask & 4 != 0 && later(facts[i].lastSCS) { facts[i].lastSCS = row() }
      if mask & 8 != 0 && later(facts[i].lastPumpRefill) { facts[i].lastPumpRefill = row() }
    }
    // Relief without a `relief_pct`: a post-procedure assessment of that procedure records
    // it. The post assessments are read once (none: nothing more to do), rather than one
    // look-up per patient.
    var assessed: Set<String> = []
    try RawStatement.rows(
      db, "SELECT procedure_id FROM assessment WHERE voided = 0 AND timing = 'post' AND procedure_id IS NOT NULL", []
    ) { r in assessed.insert(String(decoding: r.columnBytes(0), as: UTF8.self)) }
    guard !assessed.isEmpty else { return }
    for i in facts.indices where !facts[i].reliefRecorded {
      if let p = facts[i].lastReliefProcedure, assessed.contains(p.id) { facts[i].reliefRecorded = true }
    }
  }
}
