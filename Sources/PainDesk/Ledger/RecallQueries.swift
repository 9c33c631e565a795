import GRDB

/// What recall-scan needs to know about one active patient, read from the typed columns
/// of the state tables (v1 and the v3 additions), aggregated in SQL so a big ledger is
/// not decoded record by record. Each query reads one of the v4 partial indexes
/// (`RecallIndexes.statements`), whose WHERE it repeats word for word.
/// Dates are the first ten characters of an appointment's `start`: the local date for a
/// local start; for a start written as an instant with an offset, the date at that offset.
/// (`start < ` the day after --as-of is the same test as that date being on or before it.)
public struct PatientRecallFacts: Sendable, Equatable {
  public struct Dated: Sendable, Equatable {
    public var id: String
    public var date: LocalDate
    public var type: String
  }
  public struct OpioidRx: Sendable, Equatable {
    public var id: String
    public var writtenOn: LocalDate
    public var filledOn: LocalDate?
    public var daysSupply: Int
  }
  public struct Attempt: Sendable, Equatable {
    public var date: LocalDate
    public var result: String
  }

  public var patientId: String
  public var contactPreference: String?
  public var recallIntervalDays: Int?
  public var doNotContact = false
  /// The last completed visit (design.md §6) on or before --as-of.
  public var lastVisit: LocalDate?
  /// Scheduled appointments from --as-of on (id, date, type).
  public var scheduled: [Dated] = []
  /// No-shows and cancellations in the look-back (cancellations of future appointments
  /// too) with no later completed appointment of the same type (or, for an office or
  /// telehealth visit, no later visit of any type). The date is the appointment's, or the day it was cancelled if earlier.
  public var missed: [Dated] = []
  /// Active-status Schedule II-IV opioid prescriptions.
  public var opioidRx: [OpioidRx] = []
  /// The latest performed procedure of the relief follow-up codes, and whether relief
  /// was recorded for it (`relief_pct`, or a post-procedure assessment).
  public var lastReliefProcedure: Dated?
  public var reliefRecorded = false
  /// The latest performed repeat-evaluation (RFA), SCS and pump procedure.
  public var lastRFA: Dated?
  public var lastSCS: Dated?
  /// The latest pump refill: a pump procedure or a completed `pump_refill` appointment.
  public var lastPumpRefill: Dated?
  /// Referrals not yet scheduled or declined.
  public var openReferrals: [Dated] = []
  /// Recall outreach in the look-back year.
  public var attempts: [Attempt] = []
  /// The first dated contact on or before --as-of (the earliest appointment of any type or
  /// status, or referral received); read only for a patient with a recall interval and no
  /// visit, whose interval then counts from it.
  public var firstContact: LocalDate?

  public init(patientId: String) { self.patientId = patientId }
}

/// The code lists the recall queries filter procedures by.
public struct RecallCodeLists: Sendable {
  public var relief: [String]
  public var rfa: [String]
  public var scs: [String]
  public var pump: [String]
  public init(relief: [String], rfa: [String], scs: [String], pump: [String]) {
    self.relief = relief
    self.rfa = rfa
    self.scs = scs
    self.pump = pump
  }
}

extension Ledger {
  /// The recall facts of every active patient (or of `patients` alone), in no particular
  /// order, but for `scheduled` and `attempts` (see `readRecallSchedules`). `missedSince`
  /// bounds the look-back for no-shows and cancellations.
  public func recallFacts(
    asOf: LocalDate, missedSince: LocalDate, codes: RecallCodeLists, patients: Set<String>? = nil
  ) throws(ToolkitError) -> [PatientRecallFacts] {
    let day = asOf.description
    let nextDay = asOf.adding(days: 1).description
    let visitTypes = "'new_patient','follow_up','procedure','telehealth'"
    let officeTypes = "'new_patient','follow_up','telehealth'"
    let openStatuses = "'scheduled', 'cancelled', 'no_show'"
    // `--patient`: each query's WHERE ends with this term and its last argument is the ids,
    // so SQLite seeks those patients instead of reading the whole ledger.
    let only = RecallPatientFilter(patients)
    let wanted = patients?.count
    return try readMapped { db in
      // Facts in an array, found through an index by id: each row updates its patient's
      // facts in place (an optional dictionary value would be copied out and back).
      var facts: [PatientRecallFacts] = []
      var index: [String: Int] = [:]
      // Sized up front: growing an array of 100,000 facts copies them over and over. The
      // largest rowid bounds the active patients in one seek (counting them read every
      // patient row once more); `--patient` needs no more than its ids.
      let count = try wanted ?? Int.fetchOne(db, sql: "SELECT max(rowid) FROM patient") ?? 0
      facts.reserveCapacity(count)
      index.reserveCapacity(count)
      // The last visit is a correlated max(): one seek per patient in the completed index
      // (SQLite walks back from --as-of to the first visit type), far less than grouping
      // every completed appointment.
      let patients = try RawStatement(
        db,
        sql: """
          SELECT id, contact_preference, recall_interval_days, do_not_contact,
            (SELECT substr(max(a.start), 1, 10) FROM appointment a
             WHERE a.patient_id = patient.id AND a.voided = 0 AND a.status = 'completed'
               AND a.type IN (\(visitTypes)) AND a.start < ?)
          FROM patient WHERE voided = 0 AND status = 'active'\(only.term("id"))
          """)
      for (k, a) in only.arguments([nextDay]).enumerated() { patients.bind(Int32(k + 1), a) }
      try patients.forEachRow { r in
        let id = r.text(0) ?? ""
        var f = PatientRecallFacts(patientId: id)
        f.contactPreference = r.text(1)
        f.recallIntervalDays = r.int(2)
        f.doNotContact = r.int(3) == 1
        f.lastVisit = r.date(4)
        index[id] = facts.count
        facts.append(f)
      }
      func each(_ sql: String, _ args: [String] = [], _ body: (inout PatientRecallFacts, RawStatement) -> Void) throws {
        try RawStatement.rows(db, sql, args) { r in
          guard let i = index[r.text(0) ?? ""] else { return }
          body(&facts[i], r)
        }
      }
      func date(_ r: RawStatement, _ k: Int) -> LocalDate? { r.date(k) }
      func dated(_ r: RawStatement, id k: Int, date d: Int, type t: Int) -> PatientRecallFacts.Dated? {
        guard let when = r.date(d) else { return nil }
        return .init(id: r.text(k) ?? "", date: when, type: r.text(t) ?? "")
      }
      try each(
        """
        SELECT m.patient_id, m.id, substr(m.start, 1, 10), m.type,
          substr(m.cancelled_at, 1, 10)
        FROM appointment m
        WHERE m.voided = 0 AND m.status IN (\(openStatuses)) AND m.start >= ?
          AND (m.status = 'cancelled' OR (m.status = 'no_show' AND m.start < ?))
          AND NOT EXISTS (
            SELECT 1 FROM appointment a WHERE a.patient_id = m.patient_id AND a.voided = 0
              AND a.status = 'completed' AND a.start > m.start
              AND (a.type = m.type OR (m.type IN (\(officeTypes)) AND a.type IN (\(visitTypes)))))\(only.term("m.patient_id"))
        ORDER BY m.start, m.id
        """, only.arguments([missedSince.description, nextDay])
      ) { f, r in
        guard var d = dated(r, id: 1, date: 2, type: 3) else { return }
        if let cancelled = date(r, 4), cancelled < d.date { d.date = cancelled }
        f.missed.append(d)
      }
      try each(
        """
        SELECT patient_id, id, written_on, filled_on, days_supply, drug, rxnorm
        FROM rx WHERE voided = 0 AND status = 'active' AND schedule IN ('cii', 'ciii', 'civ')\(only.term("patient_id"))
        ORDER BY written_on, id
        """, only.arguments([])
      ) { f, r in
        guard let written = date(r, 2), OpioidIngredients.contains(drug: r.text(5) ?? "", rxnorm: r.text(6)) else { return }
        f.opioidRx.append(.init(id: r.text(1) ?? "", writtenOn: written, filledOn: date(r, 3), daysSupply: r.int(4) ?? 0))
      }
      try readLatestProcedures(db, into: &facts, index: index, asOf: day, codes: codes, only: only)
      // Named: without statistics SQLite takes the (wider) completed index and reads all of
      // it (0.06 s at 100,000 patients) rather than the v5 index of pump refills alone.
      try each(
        """
        SELECT patient_id, id, substr(max(start), 1, 10), type FROM appointment
        INDEXED BY appointment_recall_pump_refill
        WHERE voided = 0 AND status = 'completed' AND type = 'pump_refill' AND start < ?\(only.term("patient_id"))
        GROUP BY patient_id
        """, only.arguments([nextDay])
      ) { f, r in
        guard let d = dated(r, id: 1, date: 2, type: 3) else { return }
        if f.lastPumpRefill.map({ $0.date < d.date }) ?? true { f.lastPumpRefill = d }
      }
      try each(
        """
        SELECT patient_id, id, received_on, status FROM referral
        WHERE voided = 0 AND status NOT IN ('scheduled', 'declined') AND received_on <= ?\(only.term("patient_id"))
        ORDER BY received_on, id
        """, only.arguments([day])
      ) { f, r in if let d = dated(r, id: 1, date: 2, type: 3) { f.openReferrals.append(d) } }
      let neverSeen = facts.filter { ($0.recallIntervalDays ?? 0) > 0 && $0.lastVisit == nil }.map(\.patientId)
      if !neverSeen.isEmpty {
        let ids = JSONWriter.canonical(.array(neverSeen.map { .string($0) }))
        try each(
          """
          SELECT patient_id, min(d) FROM (
            SELECT patient_id, substr(start, 1, 10) AS d FROM appointment
            WHERE voided = 0 AND patient_id IN (SELECT value FROM json_each(?1))
            UNION ALL
            SELECT patient_id, received_on FROM referral WHERE voided = 0 AND patient_id IN (SELECT value FROM json_each(?1)))
          WHERE d <= ?2 GROUP BY patient_id
          """, [ids, day]
        ) { f, r in f.firstContact = date(r, 1) }
      }
      return facts
    }
  }

  /// Fills `scheduled` (appointments from --as-of on) and `attempts` (recall outreach in the
  /// year up to --as-of) of the given patients: the facts a reason needs only once it is
  /// due. Each query reads its partial covering index from --as-of (or the year before) on
  /// and keeps the rows of those patients: a look-up per row in a dictionary costs less
  /// than matching every entry against the ids in SQL.
  public func readRecallSchedules(into facts: inout [PatientRecallFacts], asOf: LocalDate) throws(ToolkitError) {
    guard !facts.isEmpty else { return }
    var index: [String: Int] = [:]
    for (i, f) in facts.enumerated() { index[f.patientId] = i }
    let day = asOf.description
    // The facts are updated in place (a copy would retain every string of 20,000 patients).
    try readMapped { db in
      func each(_ sql: String, _ args: [String], _ body: (inout PatientRecallFacts, RawStatement) -> Void) throws {
        try RawStatement.rows(db, sql, args) { r in
          guard let i = index[r.text(0) ?? ""] else { return }
          body(&facts[i], r)
        }
      }
      try each(
        """
        SELECT patient_id, id, substr(start, 1, 10), type FROM appointment
        WHERE voided = 0 AND status IN ('scheduled', 'cancelled', 'no_show') AND status = 'scheduled' AND start >= ?
        ORDER BY start, id
        """, [day]
      ) { f, r in
        guard let d = r.date(2) else { return }
        f.scheduled.append(.init(id: r.text(1) ?? "", date: d, type: r.text(3) ?? ""))
      }
      try each(
        """
        SELECT patient_id, date, result FROM outreach
        WHERE voided = 0 AND purpose = 'recall' AND date > ? AND date <= ?
        ORDER BY date, id
        """, [asOf.adding(years: -1).description, day]
      ) { f, r in
        guard let d = r.date(1) else { return }
        f.attempts.append(.init(date: d, result: r.text(2) ?? ""))
      }
    }
  }
}

/// Typed columns of a recall query's current row, read without GRDB's boxed rows: dates
/// parsed from the bytes, strings copied once (a scan reads a few hundred thousand rows).
extension RawStatement {
  /// Prepares `sql`, binds `args` as text to ?1, ?2..., and hands every row to `body`.
  static func rows(_ db: Database, _ sql: String, _ args: [String], _ body: (RawStatement) throws -> Void) throws {
    let stmt = try RawStatement(db, sql: sql)
    for (k, a) in args.enumerated() { stmt.bind(Int32(k + 1), a) }
    try stmt.forEachRow(body)
  }

  func text(_ k: Int) -> String? { isNull(Int32(k)) ? nil : String(decoding: columnBytes(Int32(k)), as: UTF8.self) }
  func int(_ k: Int) -> Int? { isNull(Int32(k)) ? nil : Int(columnInt(Int32(k))) }
  func date(_ k: Int) -> LocalDate? { LocalDate.parse(columnBytes(Int32(k))) }
}
