import GRDB

/// The first payer decision on an auth, read from its event history: the auth as it was
/// recorded in the first event whose status was a decision (the fields the report reads).
public struct AuthFirstDecision: Sendable {
  public let auth: Auth
  public let seq: Int64
  /// When the ledger learned of it (fallback when the record has no `decided_at`).
  public let recordedAt: String
}

/// Rows of the revenue queries. Each stands for `count` records that agree on every field
/// the report reads, so the report adds them up once per group instead of once per record.
public enum RevenueFacts {
  /// Performed procedures. `procedureId` is set (and the row is one procedure) when the
  /// report must look for a claim line naming it: no auth payer, or paid cents of its own.
  public struct Procedure: Sendable, Equatable {
    public var date: String
    public var cpt: String?
    public var providerId: String
    /// The procedure's place of service, else its location's.
    public var placeOfService: String?
    public var units: Int?
    /// The payer of its auth, when the auth and the payer exist (not void).
    public var authPayerId: String?
    public var procedureId: String?
    /// Its patient's primary coverage payer on the date (when there is no auth payer).
    public var coveragePayerId: String?
    public var paidCents: Int?
    public var count: Int
  }

  /// Claims by service date and payer.
  public struct Claim: Sendable, Equatable {
    public var serviceDate: String
    public var payerId: String
    public var paidCents: Int
    public var count: Int
  }

  /// Auths (not void) with a `submitted_at`.
  public struct Submitted: Sendable, Equatable {
    public var submittedAt: String
    public var payerId: String
    public var everPended: Bool
    public var count: Int
  }

  /// First decisions (auth not void), by what the counts and rates read.
  public struct Decision: Sendable, Equatable {
    public var decidedAt: String?
    public var recordedAt: String
    public var status: String
    public var payerId: String
    public var firstCPT: String?
    public var channel: String?
    public var count: Int
  }

  public struct Denial: Sendable, Equatable {
    public var noticeDate: String
    public var amountCents: Int
    public var count: Int
  }

  public struct Appeal: Sendable, Equatable {
    public var filedOn: String?
    public var status: String
    public var level: String
    /// Only for status `missed`.
    public var deadline: String?
    public var decidedOn: String?
    public var recoveredCents: Int
    public var count: Int
  }

  public struct Appointment: Sendable, Equatable {
    public var start: String
    public var status: String
    public var type: String
    public var count: Int
  }

  /// Denials (not void) with no appeal other than one in preparation.
  public struct UnappealedDenial: Sendable {
    public var noticeDate: String
    public var payerId: String
    public var amountCents: Int?
    /// The denial's `received_on` (the appeal window may count from receipt).
    public var receivedOn: String?
    /// The earliest deadline of an appeal in preparation.
    public var preparingDeadline: String?
    /// The denied auth (payer, lines, place of service) when there is no amount.
    public var auth: Auth?
    public var count: Int
  }

  /// Auths (not void) submitted, pended, approved, partial or modified; only the fields
  /// revenue at risk reads for the status are set.
  public struct OpenAuth: Sendable {
    public var auth: Auth
    /// A scheduled appointment from the as-of date on uses it.
    public var booked: Bool
    /// Units of procedures performed under it, by code (for approved ones).
    public var performed: [String: Int] = [:]
    public var count: Int
  }
}

/// The reads behind revenue-model: aggregates over the typed state columns and the
/// history summaries (`auth_history`, `event_counts`), never a record decoded per row.
extension Ledger {
  /// Statuses that are a payer decision (records.md auth).
  public static let decisionStatuses = AuthStatus.names(AuthStatus.decisions)

  /// `column` from `from` to `to` inclusive, by text prefix (as `all(_:dateColumn:...)`).
  static func within(_ column: String) -> String { "\(column) >= ? AND \(column) < ?" }
  static func bounds(_ from: String, _ to: String) -> [(any DatabaseValueConvertible)?] { [from, to + "\u{7F}"] }

  static func rows(_ db: Database, _ sql: String, _ args: [(any DatabaseValueConvertible)?] = [], _ body: (Row) throws -> Void)
    throws
  {
    let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(args))
    while let r = try cursor.next() { try body(r) }
  }

  static func dataError(_ kind: String, _ id: String) -> ToolkitError {
    ToolkitError(.dataError, "stored \(kind) '\(id)' does not match its kind; run 'paindesk verify'")
  }

  /// Performed procedures dated `from`...`to`, grouped. The plain ones come counted from
  /// `procedure_revenue` (ProcedureRevenue); the others are read one by one, each with its
  /// auth's payer, else its coverage's, as the groups of both would come from one pass over
  /// every procedure (the same rows, in the same order).
  public func procedureFacts(from: String, to: String) throws(ToolkitError) -> [RevenueFacts.Procedure] {
    let columns = "p.date, p.cpt, p.provider_id, p.units, p.paid_cents, p.place_of_service, p.location_id, p.auth_id, p.patient_id, p.id"
    let plain = ProcedureRevenue.plain("p")
    return try read { db in
      var out: [RevenueFacts.Procedure] = []
      try Ledger.rows(
        db,
        """
        -- The payers and locations (a handful) as small tables SQLite indexes in memory.
        WITH y AS MATERIALIZED (SELECT id FROM payer WHERE voided = 0),
          l AS MATERIALIZED (SELECT id, place_of_service FROM location WHERE voided = 0),
          -- The procedures not counted, one row each: with paid cents or no auth (the
          -- partial index, whose WHERE this repeats); of a void auth; counted under a payer
          -- that is void or missing (seeks only the days that have such a group: none
          -- unless a payer was voided). The indexes are named: without statistics SQLite
          -- reads every procedure of the range in the wider date index rather than the
          -- few entries of these.
          odd AS (
            SELECT \(columns) FROM procedure p INDEXED BY procedure_revenue_odd
            WHERE \(ProcedureRevenue.oddWhere("p."))
              AND \(Ledger.within("p.date"))
            UNION ALL
            SELECT \(columns) FROM auth a INDEXED BY auth_voided CROSS JOIN procedure p ON p.auth_id = a.id
            WHERE a.voided = 1 AND \(plain) AND \(Ledger.within("p.date"))
            UNION ALL
            SELECT \(columns) FROM procedure p JOIN auth a ON a.id = p.auth_id AND a.voided = 0
            WHERE p.date IN (
                SELECT r.date FROM procedure_revenue r
                WHERE \(Ledger.within("r.date")) AND (r.payer_id IS NULL OR r.payer_id NOT IN (SELECT id FROM y)))
              AND \(plain) AND (a.payer_id IS NULL OR a.payer_id NOT IN (SELECT id FROM y)))
        SELECT date, cpt, provider_id, pos, units, auth_payer, proc_id, cov_payer, sum(paid_cents), sum(n)
        FROM (
          SELECT r.date, r.cpt, r.provider_id, coalesce(r.place_of_service, l.place_of_service) AS pos, r.units,
            r.payer_id AS auth_payer, NULL AS proc_id, NULL AS cov_payer, NULL AS paid_cents, r.n
          FROM procedure_revenue r LEFT JOIN l ON l.id = r.location_id
          WHERE \(Ledger.within("r.date")) AND r.payer_id IN (SELECT id FROM y)
          UNION ALL
          SELECT p.date, p.cpt, p.provider_id, coalesce(p.place_of_service, l.place_of_service), p.units,
            y.id, CASE WHEN y.id IS NULL OR p.paid_cents IS NOT NULL THEN p.id END,
            CASE WHEN y.id IS NULL THEN
              (SELECT c.payer_id FROM coverage c
               WHERE c.patient_id = p.patient_id AND c.voided = 0 AND c.effective_from <= p.date
                 AND (c.effective_to IS NULL OR p.date <= c.effective_to)
               ORDER BY coalesce((SELECT o.key FROM json_each(?) o WHERE o.value = c.priority), 99), c.id LIMIT 1)
            END,
            p.paid_cents, 1
          FROM odd p
          LEFT JOIN auth a ON a.id = p.auth_id AND a.voided = 0
          LEFT JOIN y ON y.id = a.payer_id
          LEFT JOIN l ON l.id = p.location_id)
        GROUP BY date, cpt, provider_id, pos, units, auth_payer, proc_id, cov_payer
        """,
        // One pair per `within` above, then the billing order of the coverages.
        Array(repeating: Ledger.bounds(from, to), count: 4).flatMap { $0 }
          + [Ledger.jsonList(CoverageOrder.priorities.map(\.rawValue))]
      ) { r in
        out.append(
          .init(
            date: r[0], cpt: r[1], providerId: r[2], placeOfService: r[3], units: r[4], authPayerId: r[5],
            procedureId: r[6], coveragePayerId: r[7], paidCents: r[8], count: r[9]))
      }
      return out
    }
  }

  /// Procedure id -> payer of the claims with service date `from`...`to` whose lines name
  /// it (a later claim id wins), for the procedures in `ids` only.
  public func claimPayers(from: String, to: String, procedures ids: Set<String>) throws(ToolkitError) -> [String: String] {
    guard !ids.isEmpty else { return [:] }
    return try read { db in
      var out: [String: String] = [:]
      try Ledger.rows(
        db,
        """
        SELECT c.payer_id, json_extract(l.value, '$.procedure_id') FROM claim c, json_each(c.lines) l
        WHERE c.voided = 0 AND \(Ledger.within("c.service_date")) ORDER BY c.id, l.key
        """, Ledger.bounds(from, to)
      ) { r in
        if let p: String = r[1], ids.contains(p) { out[p] = r[0] }
      }
      return out
    }
  }

  public func claimFacts(from: String, to: String) throws(ToolkitError) -> [RevenueFacts.Claim] {
    try read { db in
      var out: [RevenueFacts.Claim] = []
      try Ledger.rows(
        db,
        // The groups as counted (RevenueCounts), in the order of a GROUP BY: their key's (no sort).
        """
        SELECT service_date, payer_id, paid_cents, n FROM claim_revenue WHERE \(Ledger.within("service_date"))
        ORDER BY service_date, payer_id
        """,
        Ledger.bounds(from, to)
      ) { r in out.append(.init(serviceDate: r[0], payerId: r[1], paidCents: r[2], count: r[3])) }
      return out
    }
  }

  public func submittedFacts() throws(ToolkitError) -> [RevenueFacts.Submitted] {
    try read { db in
      var out: [RevenueFacts.Submitted] = []
      // Grouped in the order of auth_by_submitted_revenue (no sort); ever pended is a probe
      // into the few pended ids. A group splits into its pended and other auths.
      try Ledger.rows(
        db,
        """
        SELECT a.submitted_at, a.payer_id,
          sum(a.id IN (SELECT auth_id FROM auth_history WHERE ever_pended = 1)), count(*)
        FROM auth a WHERE a.submitted_at IS NOT NULL AND a.voided = 0 GROUP BY 1, 2
        """
      ) { r in
        let pended: Int = r[2], all: Int = r[3]
        for (ever, n) in [(true, pended), (false, all - pended)] where n > 0 {
          out.append(.init(submittedAt: r[0], payerId: r[1], everPended: ever, count: n))
        }
      }
      return out
    }
  }

  /// First decisions of auths not void, grouped. Every auth in `auth_history` has a state
  /// row (verify checks it), so "not void" is a probe into the few void ids, not a lookup
  /// per auth; with `auth_history_by_decision_revenue` the groups stream without a sort.
  public func decisionFacts() throws(ToolkitError) -> [RevenueFacts.Decision] {
    try read { db in
      var out: [RevenueFacts.Decision] = []
      try Ledger.rows(
        db,
        """
        SELECT h.decided_at, h.at, h.status, h.payer_id, h.first_cpt, h.channel, count(*)
        FROM auth_history h
        WHERE h.first_seq IS NOT NULL AND h.auth_id NOT IN (SELECT id FROM auth WHERE voided = 1)
        GROUP BY 1, 2, 3, 4, 5, 6
        """
      ) { r in
        out.append(
          .init(
            decidedAt: r[0], recordedAt: r[1], status: r[2] ?? "", payerId: r[3] ?? "", firstCPT: r[4], channel: r[5],
            count: r[6]))
      }
      return out
    }
  }

  /// For each auth (not void), its first event whose status was a decision, with the
  /// fields the report reads (ids, status, urgency, channel, times, location, service date
  /// and its lines' codes). With `near`, only those whose `decided_at` falls within two
  /// days of one of the ranges (the local date of an instant is at most that far from
  /// its text), or is absent or not a date. By auth id (an array: a dictionary of tens of
  /// thousands of these wide values spent its time growing).
  public func authFirstDecisions(near ranges: [(from: LocalDate, to: LocalDate)]? = nil) throws(ToolkitError)
    -> [AuthFirstDecision]
  {
    var filter = ""
    var args: [String] = []
    if let ranges {
      let near = ranges.map { _ in "substr(h.decided_at, 1, 10) BETWEEN ? AND ?" }
      filter = """
        AND (h.decided_at IS NULL OR h.decided_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
          \(near.map { "OR " + $0 }.joined(separator: " ")))
        """
      for r in ranges { args += [r.from.adding(days: -2).description, r.to.adding(days: 2).description] }
    }
    return try read { db in
      var out: [AuthFirstDecision] = []
      // Through the C API, as recall-scan's large reads: tens of thousands of rows.
      try RawStatement.rows(
        db,
        """
        SELECT h.auth_id, h.first_seq, h.at, a.patient_id, h.payer_id, a.provider_id, h.status, h.urgency, h.channel,
          h.submitted_at, h.decided_at, h.location_id, h.service_date, h.cpts
        FROM auth_history h JOIN auth a ON a.id = h.auth_id AND a.voided = 0
        WHERE h.first_seq IS NOT NULL \(filter)
        ORDER BY h.auth_id
        """, args
      ) { r in
        let id = r.text(0) ?? ""
        guard let status = AuthStatus(rawValue: r.text(6) ?? ""), let urgency = Urgency(rawValue: r.text(7) ?? "") else {
          throw Ledger.dataError("auth event for", id)
        }
        let cpts = (r.text(13) ?? "").split(separator: " ").map(String.init)
        let auth = Auth(
          id: id, patientId: r.text(3) ?? "", payerId: r.text(4) ?? "", providerId: r.text(5) ?? "",
          items: cpts.enumerated().map { AuthItem(seq: $0.offset + 1, cpt: $0.element, units: 1) }, icd10: [],
          urgency: urgency, serviceDate: r.text(12), locationId: r.text(11), status: status,
          channel: r.text(8).flatMap(SubmissionChannel.init(rawValue:)), submittedAt: r.text(9), decidedAt: r.text(10))
        out.append(AuthFirstDecision(auth: auth, seq: Int64(r.int(1) ?? 0), recordedAt: r.text(2) ?? ""))
      }
      return out
    }
  }

  public func denialFacts() throws(ToolkitError) -> [RevenueFacts.Denial] {
    try read { db in
      var out: [RevenueFacts.Denial] = []
      try Ledger.rows(
        db, "SELECT notice_date, coalesce(sum(amount_cents), 0), count(*) FROM denial WHERE voided = 0 GROUP BY notice_date"
      ) { r in out.append(.init(noticeDate: r[0], amountCents: r[1], count: r[2])) }
      return out
    }
  }

  public func appealFacts() throws(ToolkitError) -> [RevenueFacts.Appeal] {
    try read { db in
      var out: [RevenueFacts.Appeal] = []
      try Ledger.rows(
        db,
        """
        SELECT filed_on, status, level, CASE WHEN status = 'missed' THEN deadline END, decided_on,
          coalesce(sum(recovered_cents), 0), count(*)
        FROM appeal WHERE voided = 0 GROUP BY 1, 2, 3, 4, 5
        """
      ) { r in
        out.append(
          .init(
            filedOn: r[0], status: r[1], level: r[2], deadline: r[3], decidedOn: r[4], recoveredCents: r[5],
            count: r[6]))
      }
      return out
    }
  }

  public func appointmentFacts(from: String, to: String) throws(ToolkitError) -> [RevenueFacts.Appointment] {
    try read { db in
      var out: [RevenueFacts.Appointment] = []
      try Ledger.rows(
        db,
        // The groups as counted (RevenueCounts), in the order of a GROUP BY: their key's (no sort).
        "SELECT start, status, type, n FROM appointment_revenue WHERE \(Ledger.within("start")) ORDER BY start, status, type",
        Ledger.bounds(from, to)
      ) { r in out.append(.init(start: r[0], status: r[1], type: r[2], count: r[3])) }
      return out
    }
  }

  /// Current appointments with the given ids starting `from`...`to`, typed (by id).
  public func appointments(ids: Set<String>, from: String, to: String) throws(ToolkitError) -> [Appointment] {
    let hi = to + "\u{7F}"
    return try Ledger.decodeAll(try records(of: .appointment, where: "id", in: ids.sorted()), as: Appointment.self)
      .filter { $0.start >= from && $0.start < hi }.sorted { $0.id < $1.id }
  }

  /// A list as the JSON array text a `json_each(?)` parameter reads.
  static func jsonList(_ values: [String]) -> String {
    JSONWriter.canonical(.array(values.map { .string($0) }))
  }

  /// Decodes a JSON object of units by code (`json_group_object`), empty when NULL.
  static func unitsByCode(_ text: String?, id: String) throws -> [String: Int] {
    guard let text else { return [:] }
    guard case .object(let o)? = try? JSONParser.parse(text) else { throw Ledger.dataError("procedure of auth", id) }
    var out: [String: Int] = [:]
    for (key, value) in o { out[key] = value.intValue.map { Int(clamping: $0) } ?? 0 }
    return out
  }

  /// Decodes an `items` column (canonical JSON of the auth's lines).
  static func authItems(_ text: String?, id: String) throws -> [AuthItem] {
    guard let text else { return [] }
    do { return try JSONValueDecoder().decode([AuthItem].self, from: try JSONParser.parse(text)) } catch {
      throw Ledger.dataError("auth", id)
    }
  }

  /// Denials not appealed (only appeals in preparation), grouped, for revenue at risk.
  public func unappealedDenials() throws(ToolkitError) -> [RevenueFacts.UnappealedDenial] {
    let preparing = AppealStatus.preparing.rawValue
    return try read { db in
      var out: [RevenueFacts.UnappealedDenial] = []
      try Ledger.rows(
        db,
        """
        SELECT d.notice_date, d.payer_id, d.amount_cents,
          (SELECT min(x.deadline) FROM appeal x WHERE x.denial_id = d.id AND x.voided = 0 AND x.status = ?),
          CASE WHEN d.amount_cents IS NULL THEN a.id END, CASE WHEN d.amount_cents IS NULL THEN a.payer_id END,
          CASE WHEN d.amount_cents IS NULL THEN a.items END, CASE WHEN d.amount_cents IS NULL THEN a.place_of_service END,
          count(*), json_extract(d.record, '$.received_on')
        FROM denial d LEFT JOIN auth a ON a.id = d.auth_id AND a.voided = 0
        WHERE d.voided = 0
          AND NOT EXISTS (SELECT 1 FROM appeal x WHERE x.denial_id = d.id AND x.voided = 0 AND x.status != ?)
        GROUP BY 1, 2, 3, 4, 6, 7, 8, d.amount_cents IS NULL AND a.id IS NOT NULL, 10
        """, [preparing, preparing]
      ) { r in
        var auth: Auth?
        if let id: String = r[4] {
          auth = Auth(
            id: id, patientId: "", payerId: r[5] ?? "", providerId: "", items: try Ledger.authItems(r[6], id: id),
            icd10: [], urgency: .standard, placeOfService: r[7], status: .denied)
        }
        out.append(
          .init(
            noticeDate: r[0], payerId: r[1], amountCents: r[2], receivedOn: r[9], preparingDeadline: r[3], auth: auth,
            count: r[8]))
      }
      return out
    }
  }

  /// Auths that revenue at risk looks at as of `asOf`, grouped by the fields it reads for
  /// their status (pending: timing; approved: lines left, validity, whether booked: one
  /// set of the auths booked from the date on, not a lookup per approved auth). Grouped
  /// twice: first by the plain columns, in the order of `auth_by_status_revenue` (no sort
  /// of every auth), then those groups by what the status reads; a group splits into its
  /// booked and other auths.
  /// `pending`: the statuses awaiting a decision; `usable`: those whose approved lines can
  /// be used; `performedStatus`: the procedure status that uses an auth's units.
  public func openAuths(asOf: LocalDate, pending: [String], usable: [String], performedStatus: String) throws(ToolkitError)
    -> [RevenueFacts.OpenAuth]
  {
    try read { db in
      var out: [RevenueFacts.OpenAuth] = []
      try Ledger.rows(
        db,
        """
        SELECT status, payer_id, items, place_of_service,
          CASE WHEN pending THEN submitted_at END, CASE WHEN pending THEN urgency END,
          CASE WHEN pending THEN location_id END, CASE WHEN pending THEN service_date END,
          CASE WHEN pending THEN NULL ELSE valid_to END,
          sum(CASE WHEN pending THEN 0 ELSE booked END), sum(n), min(first_id), CASE WHEN pending THEN NULL ELSE performed END
        FROM (
          SELECT status, payer_id, items, place_of_service, submitted_at, urgency, location_id, service_date, valid_to,
            status IN (SELECT value FROM json_each(?)) AS pending,
            (SELECT json_group_object(cpt, u) FROM (
              SELECT p.cpt, sum(coalesce(p.units, 1)) AS u FROM procedure p
              WHERE p.auth_id = auth.id AND p.voided = 0 AND p.status = ? AND p.cpt IS NOT NULL GROUP BY p.cpt)) AS performed,
            sum(id IN (
              SELECT s.auth_id FROM appointment s WHERE s.auth_id IS NOT NULL AND s.voided = 0
                AND s.status = 'scheduled' AND \(Ledger.within("s.start")))) AS booked,
            count(*) AS n, min(id) AS first_id
          FROM auth WHERE voided = 0 AND status IN (SELECT value FROM json_each(?))
          GROUP BY status, payer_id, items, place_of_service, submitted_at, urgency, location_id, service_date, valid_to,
            performed)
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 13
        """, [Ledger.jsonList(pending)] + [performedStatus] + Ledger.bounds(asOf.description, "9999-12-31")
          + [Ledger.jsonList(pending + usable)]
      ) { r in
        let id: String = r[11]
        guard let status = AuthStatus(rawValue: r[0]) else { throw Ledger.dataError("auth", id) }
        let urgency = (r[5] as String?).flatMap(Urgency.init(rawValue:)) ?? .standard
        let auth = Auth(
          id: id, patientId: "", payerId: r[1] ?? "", providerId: "", items: try Ledger.authItems(r[2], id: id),
          icd10: [], urgency: urgency, serviceDate: r[7], locationId: r[6], placeOfService: r[3], status: status,
          submittedAt: r[4], validTo: r[8])
        let booked: Int = r[9], all: Int = r[10]
        let performed = try Ledger.unitsByCode(r[12], id: id)
        for (isBooked, n) in [(false, all - booked), (true, booked)] where n > 0 {
          out.append(.init(auth: auth, booked: isBooked, performed: performed, count: n))
        }
      }
      return out
    }
  }

  /// Ids of auths that were ever recorded as pended.
  public func authsEverPended() throws(ToolkitError) -> Set<String> {
    try read { db in Set(try String.fetchAll(db, sql: "SELECT auth_id FROM auth_history WHERE ever_pended = 1")) }
  }

  /// Appointment ids booked from the waitlist: the waitlist entries voided as
  /// "booked as appointment ID" (Booking).
  public func appointmentsBookedFromWaitlist() throws(ToolkitError) -> Set<String> {
    try read { db in
      let reasons = try String.fetchAll(
        db,
        sql: """
          SELECT json_extract(record, '$.void_reason') FROM events
          WHERE kind = 'waitlist' AND action = 'void' AND json_extract(record, '$.void_reason') LIKE 'booked as appointment %'
          """)
      return Set(reasons.map { String($0.dropFirst("booked as appointment ".count)) })
    }
  }

  /// Events per tool and UTC day of `at` (YYYY-MM-DD), from `fromDay` on.
  public func eventCountsByToolAndDay(fromDay: String) throws(ToolkitError) -> [String: [String: Int]] {
    try read { db in
      var out: [String: [String: Int]] = [:]
      try Ledger.rows(db, "SELECT tool, day, n FROM event_counts WHERE day >= ?", [fromDay]) { r in
        out[r[0] as String, default: [:]][r[1] as String] = r[2] as Int
      }
      return out
    }
  }

  /// Current records of a kind whose date column (`date`, `service_date`, `start`...)
  /// falls from `from` to `to` inclusive (by text prefix), typed.
  public func all<T: TypedRecord>(_ type: T.Type, dateColumn: String, from: String, to: String) throws(ToolkitError) -> [T] {
    let column = LedgerMigrations.quoted(dateColumn)
    let objects = try read { db in
      try Ledger.recordObjects(
        db,
        sql: """
          SELECT record FROM \(LedgerMigrations.quoted(T.recordKind.rawValue))
          WHERE voided = 0 AND \(column) >= ? AND \(column) < ?
          ORDER BY id
          """, arguments: [from, to + "\u{7F}"])
    }
    return try Ledger.decodeAll(objects, as: T.self)
  }
}
